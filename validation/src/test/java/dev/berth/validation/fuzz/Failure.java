package dev.berth.validation.fuzz;

import dev.berth.validation.Finding;

/**
 * One thing that went wrong in a {@link FullPass}: an exception that escaped a stage, or a {@code rule-failed}
 * finding.
 *
 * @param stage where: {@code read}, {@code validate}, {@code validate --complete}, {@code write yaml},
 *        {@code write json} or {@code read back}
 * @param site what failed, for grouping: the exception's class and the first Berth frame
 *        ({@code NullPointerException at StorageIndex.<init>}), or {@code rule-failed <rule>} and the finding's message
 * @param detail one line to recognise it by: the exception's message, or the finding's headline
 * @param error the exception, or null for a finding
 */
record Failure(String stage, String site, String detail, Throwable error) {

    static Failure thrown(String stage, Throwable error) {
        return new Failure(stage, error.getClass().getSimpleName() + " at " + topFrame(error),
                String.valueOf(error.getMessage()), error);
    }

    static Failure ruleFailed(String stage, Finding finding) {
        return new Failure(stage, FullPass.RULE_FAILED + " " + finding.message(), finding.headline(), null);
    }

    /** The first frame in Berth's code, as {@code Class.method}, nested classes named after the last dot. */
    private static String topFrame(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.berth.")) {
                String type = frame.getClassName();
                return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
        }
        StackTraceElement[] trace = error.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName();
    }
}
