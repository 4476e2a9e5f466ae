package dev.berth.cli;

import picocli.CommandLine.Help;

/**
 * ANSI colour for the text report: the severity tags of each rule's header line, and nothing else, so the text stays
 * the same words with or without colour. The codes are picocli's markup ({@code @|bold,red [HIGH]|@}), rendered by
 * the command line's {@link Help.Ansi}; only the fixed tags go through the markup, never text from the input.
 *
 * <pre>{@code
 * String shown = Colour.report(text, spec.commandLine().getColorScheme().ansi());
 * }</pre>
 */
final class Colour {

    private Colour() {
    }

    /**
     * @param text the text report
     * @param ansi whether to colour: {@link Help.Ansi#OFF} returns the text unchanged
     * @return the report with its severity tags coloured
     */
    static String report(String text, Help.Ansi ansi) {
        if (!ansi.enabled()) {
            return text;
        }
        String high = ansi.string("@|bold,red [HIGH]|@");
        String medium = ansi.string("@|yellow [MEDIUM]|@");
        String low = ansi.string("@|cyan [LOW]|@");
        String info = ansi.string("@|faint [INFO]|@");
        StringBuilder out = new StringBuilder(text.length() + 256);
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Rule '")) {
                line = line.replace("[HIGH]", high).replace("[MEDIUM]", medium).replace("[LOW]", low)
                        .replace("[INFO]", info);
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
