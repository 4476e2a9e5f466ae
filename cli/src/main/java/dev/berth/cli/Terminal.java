package dev.berth.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the program talks to: standard streams, whether they are a terminal, and the environment. Tests pass captured
 * streams; {@link #system()} is the real process.
 *
 * <pre>{@code
 * Terminal captured = new Terminal(stdin, stdout, stderr, false, Map.of("NO_COLOR", "1"));
 * }</pre>
 *
 * @param in standard input, read by {@code berth lint -}
 * @param out standard output: reports and formatted manifests
 * @param err standard error: problems with the input, progress
 * @param interactive true when a person watches: output goes to a terminal
 * @param env the environment variables
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, Map<String, String> env) {

    /**
     * Checks the parts are there.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param interactive whether output goes to a terminal
     * @param env the environment
     */
    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
    }

    /** @return the process's streams; interactive when the JVM has a console (stdin and stdout are a terminal) */
    public static Terminal system() {
        return new Terminal(System.in, System.out, System.err, System.console() != null, System.getenv());
    }

    /**
     * Colour is for people: only on a terminal, never when {@code NO_COLOR} is set (https://no-color.org) or the
     * terminal is {@code dumb}.
     *
     * @return true when output may be coloured
     */
    public boolean colour() {
        String noColour = env.get("NO_COLOR");
        return interactive && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
