package dev.berth.cli;

import picocli.CommandLine.Help;

/**
 * When {@code berth} colours its output ({@code --color=WHEN}): help, and the severity tags of the text report. The
 * choice becomes picocli's {@link Help.Ansi}, set on the command line's {@link Help.ColorScheme}, so help and report
 * follow the same switch.
 *
 * <pre>{@code
 * berth lint --color=always k8s/ | less -R
 * }</pre>
 */
enum ColorMode {
    /** Colour on a terminal, unless {@code NO_COLOR} is set or {@code TERM} is {@code dumb}: the default. */
    auto,
    /** Colour always, even into a pipe or a file and whatever {@code NO_COLOR} says: the user asked. */
    always,
    /** Never colour. */
    never;

    /**
     * @param terminal where the output goes, and the environment
     * @return {@link Help.Ansi#ON} or {@link Help.Ansi#OFF}
     */
    Help.Ansi ansi(Terminal terminal) {
        boolean on = switch (this) {
            case auto -> terminal.colour();
            case always -> true;
            case never -> false;
        };
        return on ? Help.Ansi.ON : Help.Ansi.OFF;
    }
}
