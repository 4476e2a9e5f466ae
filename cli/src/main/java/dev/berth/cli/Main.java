package dev.berth.cli;

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
        System.exit(Berth.run(Terminal.system(), args));
    }
}
