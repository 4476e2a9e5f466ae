package dev.berth.validation.rules.schema;

import java.util.Optional;

/**
 * The name syntaxes the Kubernetes API server enforces (apimachinery's {@code validation} package): DNS-1123 subdomains
 * and labels, path segment names, and qualified names for label and annotation keys. Each check returns what is wrong
 * in words a person can act on, or empty when the text is valid.
 */
final class KubernetesNames {

    /** Longest DNS-1123 subdomain. */
    static final int SUBDOMAIN_MAX = 253;
    /** Longest DNS-1123 label, label name part and label value. */
    static final int LABEL_MAX = 63;

    private KubernetesNames() {
    }

    /**
     * @param name a name
     * @return what makes it no DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters,
     *         starting and ending with a letter or digit)
     */
    static Optional<String> subdomainProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.length() > SUBDOMAIN_MAX) {
            return Optional.of("it has " + name.length() + " characters, more than " + SUBDOMAIN_MAX);
        }
        for (String part : name.split("\\.", -1)) {
            Optional<String> problem = labelProblem(part, true);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a name
     * @return what makes it no DNS-1123 label (lower-case letters, digits and '-', at most 63 characters, starting and
     *         ending with a letter or digit)
     */
    static Optional<String> labelProblem(String name) {
        if (name.length() > LABEL_MAX) {
            return Optional.of("it has " + name.length() + " characters, more than " + LABEL_MAX);
        }
        return labelProblem(name, false);
    }

    /**
     * @param name a name
     * @return what makes it no DNS-1035 label: a DNS-1123 label that starts with a letter
     */
    static Optional<String> dns1035Problem(String name) {
        Optional<String> problem = labelProblem(name);
        if (problem.isEmpty() && !(name.charAt(0) >= 'a' && name.charAt(0) <= 'z')) {
            return Optional.of("it must start with a lower-case letter");
        }
        return problem;
    }

    private static Optional<String> labelProblem(String part, boolean dotsAllowed) {
        if (part.isEmpty()) {
            return Optional.of(dotsAllowed ? "it has an empty part between dots" : "it is empty");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(isLowerAlphanumeric(c) || c == '-')) {
                return Optional.of(describe(c) + " is not allowed (only lower-case letters, digits, '-'"
                        + (dotsAllowed ? " and '.')" : ")"));
            }
        }
        if (!isLowerAlphanumeric(part.charAt(0)) || !isLowerAlphanumeric(part.charAt(part.length() - 1))) {
            return Optional.of("it must start and end with a lower-case letter or digit");
        }
        return Optional.empty();
    }

    /**
     * @param name a name of an RBAC object, which may contain ':' (such as {@code system:controller:foo})
     * @return what makes it no path segment name
     */
    static Optional<String> pathSegmentProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("it may not be '" + name + "'");
        }
        for (String forbidden : new String[] {"/", "%"}) {
            if (name.contains(forbidden)) {
                return Optional.of("'" + forbidden + "' is not allowed");
            }
        }
        return Optional.empty();
    }

    /**
     * @param key a label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63
     *            letters, digits, '-', '_' and '.', starting and ending with a letter or digit
     * @return what makes it no qualified name
     */
    static Optional<String> keyProblem(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            Optional<String> problem = subdomainProblem(prefix);
            if (problem.isPresent()) {
                return Optional.of("its prefix " + quote(prefix) + " is no DNS subdomain: " + problem.get());
            }
        }
        if (name.isEmpty()) {
            return Optional.of("its name part is empty");
        }
        if (name.length() > LABEL_MAX) {
            return Optional.of("its name part has " + name.length() + " characters, more than " + LABEL_MAX);
        }
        return valueSyntaxProblem(name).map(p -> "its name part " + quote(name) + ": " + p);
    }

    /**
     * @param value a label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending with a
     *              letter or digit
     * @return what makes it no valid label value
     */
    static Optional<String> labelValueProblem(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > LABEL_MAX) {
            return Optional.of("it has " + value.length() + " characters, more than " + LABEL_MAX);
        }
        return valueSyntaxProblem(value);
    }

    private static Optional<String> valueSyntaxProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isAlphanumeric(c) || c == '-' || c == '_' || c == '.')) {
                return Optional.of(describe(c) + " is not allowed (only letters, digits, '-', '_' and '.')");
            }
        }
        if (!isAlphanumeric(text.charAt(0)) || !isAlphanumeric(text.charAt(text.length() - 1))) {
            return Optional.of("it must start and end with a letter or digit");
        }
        return Optional.empty();
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isAlphanumeric(char c) {
        return isLowerAlphanumeric(c) || (c >= 'A' && c <= 'Z');
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c >= 'A' && c <= 'Z') {
            return "the upper-case letter '" + c + "'";
        }
        return Character.isISOControl(c) ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
