package dev.berth.validation;

import dev.berth.core.ObjectRef;

/**
 * One thing a rule found wrong with one object: a record, not a string. Text, JSON, SARIF and JUnit reports are
 * renderings of it.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *     System.out.println(f.ruleId() + " " + f.object() + " " + f.fieldPath() + " " + f.location());
 * }
 * }</pre>
 *
 * @param ruleId the rule's id
 * @param severity the severity the rule set gave it
 * @param object the object, as {@code Kind namespace/name}
 * @param fieldPath the field, such as {@code spec.serviceName}; empty for the object as a whole
 * @param message what is wrong, naming the values; never a Secret's value
 * @param remediation how to fix it
 * @param location file, line and column, when the object came from a file
 */
public record Finding(String ruleId, Severity severity, ObjectRef object, String fieldPath, String message,
        String remediation, Location location) {

    /** @return {@code Kind namespace/name: message} */
    public String headline() {
        return object + ": " + message;
    }
}
