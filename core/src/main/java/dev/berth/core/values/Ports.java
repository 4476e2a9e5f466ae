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
 * }</pre>
 */
public final class Ports {

    private static final String RANGE = "expected a number from 1 to 65535";
    private static final String NAME = "expected a number from 1 to 65535 or a name of at most 15 lowercase letters, "
            + "digits and single hyphens, with at least one letter";

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
     * @param name a port name
     * @return why it is no IANA service name, or null when it is one
     */
    static String nameProblem(String name) {
        if (name.isEmpty() || name.length() > 15) {
            return "length";
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c == '-') {
                if (i == 0 || i == name.length() - 1 || name.charAt(i - 1) == '-') {
                    return "hyphen";
                }
            } else if (c < '0' || c > '9') {
                return "character";
            }
        }
        return letter ? null : "letter";
    }
}
