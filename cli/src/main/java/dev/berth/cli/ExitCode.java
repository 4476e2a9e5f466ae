package dev.berth.cli;

/**
 * The exit codes of every {@code berth} command, as scripts and CI read them.
 *
 * <pre>{@code
 * berth lint k8s/ ; echo $?    # 0, 1 or 2
 * }</pre>
 */
public final class ExitCode {

    /** Clean: no finding at or above {@code --fail-on}, every input read. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (or, for {@code fmt --check}, files not in Berth's form). */
    public static final int FINDINGS = 1;
    /** Bad input or usage: a file that cannot be read, an unknown option or rule. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
