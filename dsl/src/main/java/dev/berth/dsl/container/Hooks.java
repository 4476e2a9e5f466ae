package dev.berth.dsl.container;

import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.LifecycleHandlerBuilder;
import java.util.Objects;

/**
 * Container lifecycle hooks.
 *
 * <pre>{@code
 * service.hook(Hooks.sleepBeforeStop(5)); // let endpoints drain before SIGTERM
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/">Container Lifecycle
 * Hooks</a>.
 */
public final class Hooks {

    /** When a hook runs. */
    public enum Phase {
        /** Right after the container is created. */
        POST_START,
        /** Before the container is sent SIGTERM. */
        PRE_STOP
    }

    /**
     * A hook: when it runs and what it does.
     *
     * @param phase when it runs
     * @param handler what it does
     */
    public record Hook(Phase phase, LifecycleHandler handler) {
        /**
         * Checks both are given.
         *
         * @param phase when it runs
         * @param handler what it does
         */
        public Hook {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(handler, "handler");
        }
    }

    private Hooks() {
    }

    /**
     * Waits before the container is stopped, so load balancers stop sending traffic first (needs no shell).
     *
     * <pre>{@code
     * Hooks.sleepBeforeStop(5);
     * }</pre>
     *
     * @param seconds 1 or more
     * @return the hook
     * @throws IllegalArgumentException when seconds is below 1
     */
    public static Hook sleepBeforeStop(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be >= 1, was " + seconds);
        }
        return new Hook(Phase.PRE_STOP, new LifecycleHandlerBuilder().withNewSleep((long) seconds).build());
    }

    /**
     * Runs a command before the container is stopped.
     *
     * <pre>{@code
     * Hooks.execBeforeStop("nginx", "-s", "quit");
     * }</pre>
     *
     * @param command the command
     * @return the hook
     */
    public static Hook execBeforeStop(String... command) {
        return new Hook(Phase.PRE_STOP, new LifecycleHandlerBuilder().withNewExec().withCommand(command).endExec().build());
    }

    /**
     * Runs a command right after the container is created.
     *
     * <pre>{@code
     * Hooks.execAfterStart("/bin/warm-cache");
     * }</pre>
     *
     * @param command the command
     * @return the hook
     */
    public static Hook execAfterStart(String... command) {
        return new Hook(Phase.POST_START, new LifecycleHandlerBuilder().withNewExec().withCommand(command).endExec().build());
    }
}
