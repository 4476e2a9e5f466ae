package dev.berth.cli;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line on standard error, for a person waiting at a terminal: it appears only after a second, is
 * rewritten in place, and is erased when the work is done. Off when output is not a terminal, so CI logs stay quiet.
 *
 * <pre>{@code
 * try (Progress p = Progress.start(terminal, "read", files.size(), done)) { ... }
 * }</pre>
 */
final class Progress implements AutoCloseable {

    private static final long FIRST_AFTER_MILLIS = 1000;
    private static final long EVERY_MILLIS = 250;

    private final Thread thread;
    private final java.io.PrintStream err;
    private volatile boolean printed;

    private Progress(Thread thread, java.io.PrintStream err) {
        this.thread = thread;
        this.err = err;
    }

    static Progress start(Terminal terminal, String verb, int total, AtomicInteger done) {
        if (!terminal.interactive()) {
            return new Progress(null, terminal.err());
        }
        Progress[] self = new Progress[1];
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(FIRST_AFTER_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                    terminal.err().print("\rberth: " + verb + " " + done.get() + "/" + total + " files");
                    terminal.err().flush();
                    self[0].printed = true;
                    Thread.sleep(EVERY_MILLIS);
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }, "berth-progress");
        thread.setDaemon(true);
        self[0] = new Progress(thread, terminal.err());
        thread.start();
        return self[0];
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (printed) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
