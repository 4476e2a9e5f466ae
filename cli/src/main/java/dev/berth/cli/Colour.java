package dev.berth.cli;

/**
 * ANSI colour for the text report on a terminal: the severity tags of each rule's header line, and nothing else, so
 * the text stays the same words with or without colour.
 *
 * <pre>{@code
 * String shown = terminal.colour() ? Colour.report(text) : text;
 * }</pre>
 */
final class Colour {

    private static final String RESET = "\033[0m";

    private Colour() {
    }

    static String report(String text) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Rule '")) {
                line = tag(line, "[HIGH]", "\033[1;31m");
                line = tag(line, "[MEDIUM]", "\033[33m");
                line = tag(line, "[LOW]", "\033[36m");
                line = tag(line, "[INFO]", "\033[2m");
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String tag(String line, String tag, String colour) {
        return line.replace(tag, colour + tag + RESET);
    }
}
