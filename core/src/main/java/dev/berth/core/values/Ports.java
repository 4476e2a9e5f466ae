package dev.berth.core.values;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * Reads ports as the API server validates them: a number from 1 to 65535, or (where a name may stand for it) an
 * IANA service name: at most 15 lowercase letters, digits and single hyphens, with at least one letter and no hyphen
 * at either end ({@code validation.IsValidPortNum}, {@code IsValidPortName}).
 *
 * <pre>{@code
 * Ports.number(8080).isValid();                           // true
 * Ports.numberOrName(new IntOrString("http")).isValid();  // true
 * Ports.numberOrName(new IntOrString("8080")).problem();  // a quoted number is a name, and names need a letter
 * Ports.name("metrics-endpoint").problem();               // 16 characters, one more than a port name may have
 * }</pre>
 *
 * <p>A container port's {@code name} and a named {@code targetPort} or probe port are IANA service names. A Service
 * port's {@code name} is not: the API server checks it as a DNS-1123 label ({@code validateServicePort}), up to 63
 * characters, so it is judged with the other names, not here.
 */
public final class Ports {

    private static final String RANGE = "expected a number from 1 to 65535";
    private static final String NAME = "expected a number from 1 to 65535 or a name of at most 15 lowercase letters, "
            + "digits and single hyphens, with at least one letter";
    private static final String IANA_NAME = "expected an IANA service name: at most 15 lowercase letters, digits and "
            + "single hyphens, with at least one letter and no hyphen at either end";
    private static final int NAME_MAX = 15;

    private Ports() {
    }

    /**
     * @param number a port number, or null
     * @return the number, or a problem when it is absent or outside 1-65535
     */
    public static Parsed<Integer> number(Integer number) {
        if (number == null) {
            return Parsed.problem("no port is written");
        }
        return number >= 1 && number <= 65535 ? Parsed.of(number)
                : Parsed.problem(number + " is not a port (" + RANGE + ")");
    }

    /**
     * @param port a port number or name, or null
     * @return the port, or a problem
     */
    public static Parsed<IntOrString> numberOrName(IntOrString port) {
        if (port == null || (port.getIntVal() == null && port.getStrVal() == null)) {
            return Parsed.problem("no port is written");
        }
        if (port.getIntVal() != null) {
            return number(port.getIntVal()).map(n -> port);
        }
        String name = port.getStrVal();
        String problem = nameProblem(name);
        if (problem == null) {
            return Parsed.of(port);
        }
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Parsed.problem("\"" + Placeholders.shown(name) + "\" is a quoted number, which the API server "
                    + "reads as a port name, and a name needs a letter (write the number without quotes)");
        }
        return Parsed.problem(Placeholders.notA(Placeholders.shown(name), "a port", name, true, NAME));
    }

    /**
     * Reads a port's name, such as a container port's {@code name}, as the API server does
     * ({@code validation.IsValidPortName}, Kubernetes 1.31).
     *
     * <pre>{@code
     * Ports.name("http").isValid();          // true
     * Ports.name("HTTP").problem();          // "HTTP is not a port name: the upper-case letter 'H' is not allowed ..."
     * }</pre>
     *
     * @param name a port name, or null
     * @return the name, or a problem naming what breaks the IANA service name syntax
     */
    public static Parsed<String> name(String name) {
        if (name == null || name.isEmpty()) {
            return Parsed.problem("no port name is written");
        }
        String problem = nameProblem(name);
        if (problem == null) {
            return Parsed.of(name);
        }
        String shown = Placeholders.shown(name);
        return Parsed.problem(Placeholders.looksLikePlaceholder(name, false)
                ? Placeholders.notA(shown, "a port name", name, false, IANA_NAME)
                : shown + " is not a port name: " + problem + " (" + IANA_NAME + ")");
    }

    /**
     * @param name a port name
     * @return what makes it no IANA service name, in words, or null when it is one
     */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > NAME_MAX) {
            return "it has " + name.length() + " characters, more than " + NAME_MAX;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c == '-') {
                if (i == 0 || i == name.length() - 1) {
                    return "it starts or ends with '-'";
                }
                if (name.charAt(i - 1) == '-') {
                    return "it has two '-' in a row";
                }
            } else if (c < '0' || c > '9') {
                return (c >= 'A' && c <= 'Z' ? "the upper-case letter '" + c + "'"
                        : c == ' ' ? "a space" : Character.isISOControl(c) ? String.format("the control character U+%04X", (int) c)
                        : "'" + c + "'") + " is not allowed";
            }
        }
        return letter ? null : "it has no letter";
    }
}
