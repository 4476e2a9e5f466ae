package dev.berth.core.values;

/**
 * Checks the base64 text of {@code Secret.data} and {@code ConfigMap.binaryData} as the API server decodes it (Go's
 * {@code base64.StdEncoding}): the standard alphabet {@code A-Z a-z 0-9 + /}, padded with {@code =} to a multiple of
 * four characters; line breaks are skipped. A problem never shows the value, nor any character of it.
 *
 * <pre>{@code
 * Base64Data.decodedLength("cGFzc3dvcmQ=").value(); // Optional[8]
 * Base64Data.decodedLength("cGFzc3dvcmQ").problem();
 *     // Optional["is not valid base64: its length without line breaks, 11, is not a multiple of 4 (pad ...)"]
 * Base64Data.decodedLength("pass word!").problem();
 *     // Optional["is not valid base64: character 5 is outside the base64 alphabet (A-Z, a-z, 0-9, +, /)"]
 * }</pre>
 */
public final class Base64Data {

    private Base64Data() {
    }

    /**
     * @param text the value as written, or null
     * @return the number of bytes it decodes to, or a problem that starts with "is not valid base64" and never
     *     contains the value
     */
    public static Parsed<Integer> decodedLength(String text) {
        if (text == null) {
            return Parsed.of(0);
        }
        int count = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0) {
                return Parsed.problem("is not valid base64: character " + (i + 1) + " comes after the = padding, "
                        + "which may only end the value");
            } else if (!isAlphabet(c)) {
                return Parsed.problem("is not valid base64: character " + (i + 1) + " is outside the base64 alphabet "
                        + "(A-Z, a-z, 0-9, +, /)" + (Placeholders.looksLikePlaceholder(text, false)
                        ? "; " + Placeholders.HINT : ""));
            }
            count++;
        }
        if (count % 4 != 0) {
            return Parsed.problem("is not valid base64: its length without line breaks, " + count
                    + ", is not a multiple of 4 (pad the end with =)");
        }
        if (padding > 2) {
            return Parsed.problem("is not valid base64: it ends with " + padding + " = signs, at most 2 are allowed");
        }
        return Parsed.of(count / 4 * 3 - padding);
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
