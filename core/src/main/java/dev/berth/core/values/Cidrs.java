package dev.berth.core.values;

/**
 * CIDR blocks as a NetworkPolicy's {@code ipBlock.cidr} takes them: an IPv4 address and a prefix length of 0 to 32
 * ({@code 10.20.0.0/16}), or an IPv6 address and a prefix length of 0 to 128 ({@code 2001:db8::/32}). Checked by hand,
 * character by character, so no input costs more than its length and no DNS lookup is ever made.
 *
 * <pre>{@code
 * Cidrs.isCidr("10.20.0.0/16"); // true
 * Cidrs.isCidr("10.20.0.0/33"); // false
 * }</pre>
 */
public final class Cidrs {

    private Cidrs() {
    }

    /**
     * Whether the text is a CIDR block.
     *
     * <pre>{@code
     * Cidrs.isCidr("2001:db8::/32"); // true
     * }</pre>
     *
     * @param text the text, or null
     * @return true for an IPv4 or IPv6 address, a slash and a prefix length in range
     */
    public static boolean isCidr(String text) {
        if (text == null) {
            return false;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return false;
        }
        String address = text.substring(0, slash);
        boolean v6 = address.indexOf(':') >= 0;
        int prefix = number(text.substring(slash + 1), 3);
        if (prefix < 0 || prefix > (v6 ? 128 : 32)) {
            return false;
        }
        return v6 ? isIpv6(address) : isIpv4(address);
    }

    private static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            int n = number(part, 3);
            if (n < 0 || n > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String address) {
        int compressed = address.indexOf("::");
        if (compressed >= 0 && address.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String[] groups = (compressed >= 0 ? address.replace("::", ":x:") : address).split(":", -1);
        int count = 0;
        for (String group : groups) {
            if (group.equals("x") || group.isEmpty() && compressed >= 0) {
                continue;
            }
            if (group.isEmpty() || group.length() > 4) {
                return false;
            }
            for (char c : group.toCharArray()) {
                if (Character.digit(c, 16) < 0) {
                    return false;
                }
            }
            count++;
        }
        return compressed >= 0 ? count < 8 : count == 8;
    }

    /** @return the decimal number of at most {@code digits} digits, or -1 */
    private static int number(String text, int digits) {
        if (text.isEmpty() || text.length() > digits) {
            return -1;
        }
        int n = 0;
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
