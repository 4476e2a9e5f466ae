package dev.berth.cli;

/**
 * The exit codes of every {@code berth} command, as scripts and CI read them.
 *
 * <pre>{@code
 * berth lint k8s/ ; echo $?    # 0, 1, 2 or 3
 * }</pre>
 */
public final class ExitCode {

    /** Clean: no finding at or above {@code --fail-on}, every input read. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (or, for {@code fmt --check}, files not in Berth's form). */
    public static final int FINDINGS = 1;
    /** Bad input or usage: a file that cannot be read, an unknown option or rule. */
    public static final int BAD_INPUT = 2;
    /**
     * Berth itself failed: a rule threw on an object (the report still holds every other finding, and a
     * {@code rule-failed} finding names the rule and the object) or the command met an internal error. A bug in Berth,
     * never in the input: please report it. Wins over {@link #BAD_INPUT}, since even the readable files were not
     * judged completely.
     */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
