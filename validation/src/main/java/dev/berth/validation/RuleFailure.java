package dev.berth.validation;

import dev.berth.core.ObjectRef;
import java.util.Set;

/**
 * A rule that threw while judging an object: a defect in the rule, never the end of the run. The {@link Validator}
 * reports it as one finding of the rule {@value #ID} on the object the rule failed on, and judges every other object
 * with that rule and every object with every other rule (Error Prone's isolation of checks, per object as Checkov
 * does it).
 *
 * <pre>{@code
 * Report report = Validator.recommended().evaluate(manifest);
 * if (!report.findingsOf(RuleFailure.ID).isEmpty()) {
 *     // a rule has a bug: the message names it and the exception; please report it
 * }
 * }</pre>
 *
 * <p>The message names the rule, its pack when it comes from a rule pack ({@link Rule#pack()}), and the exception's
 * type, with the JDK's own message only for the types whose
 * message never quotes input (a null dereference, an index out of range, a bad cast, arithmetic), and otherwise the
 * place in the code it came from, so no value of the input, and so no secret, reaches the report.
 */
public final class RuleFailure {

    /** The id of the finding a failing rule leaves. */
    public static final String ID = "rule-failed";

    /** The finding's metadata: high, so that no run that could not judge everything passes {@code --fail-on high}. */
    public static final RuleInfo INFO = RuleInfo.id(ID)
            .summary("A rule failed on this object, so the object was not judged by it")
            .severity(Severity.HIGH).category(Category.SCHEMA)
            .remediation("This is a bug in the rule, not in your manifest: report it with the object (values "
                    + "redacted) and the message; the rule's other objects and every other rule were still judged.")
            .build();

    /** JDK exceptions whose messages describe code (paths of getters, indexes, types), never input values. */
    private static final Set<Class<?>> QUIET_MESSAGES = Set.of(NullPointerException.class,
            IndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException.class,
            StringIndexOutOfBoundsException.class, ClassCastException.class, ArithmeticException.class,
            StackOverflowError.class);

    private RuleFailure() {
    }

    /**
     * @param rule the rule that failed
     * @param object the object it failed on
     * @param location where the object is
     * @param failure what it threw
     * @return the finding that stands for the failure
     */
    static Finding finding(Rule rule, ObjectRef object, Location location, Throwable failure) {
        return new Finding(ID, INFO.severity(), object, "", message(rule, failure), INFO.remediation(), location);
    }

    /**
     * @param rule the rule that failed
     * @param failure what it threw
     * @return {@code rule run-as-non-root failed: NullPointerException: Cannot invoke ...}, one line; for a rule of a
     *         rule pack, {@code rule acme.team-label of pack acme-rules.jar failed: ...}
     */
    static String message(Rule rule, Throwable failure) {
        String type = failure.getClass().getSimpleName();
        String detail;
        if (QUIET_MESSAGES.contains(failure.getClass()) && failure.getMessage() != null) {
            detail = failure.getMessage();
        } else {
            StackTraceElement[] trace = failure.getStackTrace();
            detail = trace.length == 0 ? "no stack trace" : "at " + simpleName(trace[0].getClassName()) + "."
                    + trace[0].getMethodName() + "(" + trace[0].getFileName() + ":" + trace[0].getLineNumber() + ")";
        }
        String oneLine = String.join(" ", detail.strip().split("\n")).replace('\t', ' ').replace('\r', ' ');
        if (oneLine.length() > 300) {
            oneLine = oneLine.substring(0, 300) + "...";
        }
        String pack = rule.pack().isEmpty() || rule.pack().equals(RulePacks.BUILT_IN) ? ""
                : " of pack " + rule.pack();
        return "rule " + rule.id() + pack + " failed: " + type + ": " + oneLine;
    }

    /**
     * @param failure something a rule threw
     * @return true for what a rule's defect throws (runtime exceptions, a stack overflow, a missing class), false for
     *         what must end the run (running out of memory, an interrupted thread, other VM errors)
     */
    static boolean isolable(Throwable failure) {
        return failure instanceof RuntimeException || failure instanceof StackOverflowError
                || failure instanceof LinkageError || failure instanceof AssertionError;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
