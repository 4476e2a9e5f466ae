package dev.berth.cli;

import dev.berth.core.Compatibility;

/**
 * The {@code berth} program: runs {@link Berth} on the real terminal and exits with its code.
 *
 * <pre>{@code
 * java -jar berth.jar lint k8s/
 * }</pre>
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line, such as {@code lint --fail-on high k8s/}
     */
    public static void main(String[] args) {
        // before any class that needs fabric8 or Jackson: an unsupported class path is one line, not an error trace
        if (Compatibility.problem().isPresent()) {
            System.err.println(Compatibility.problem().get());
            System.exit(ExitCode.BAD_INPUT);
        }
        System.exit(Berth.run(Terminal.system(), args));
    }
}
