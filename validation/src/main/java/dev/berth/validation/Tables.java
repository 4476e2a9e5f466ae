package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.workload.PodLabels;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The lookup tables of one validation run ({@link RuleContext#once}), each built at most once, thread-safely, and what
 * the run's rules judge ({@link Unjudged}). A table whose builder throws is not built again: every later request fails
 * at once with a {@link Failed} naming the table, so one broken table costs one failure per rule, not a rebuild of the
 * whole set per object.
 */
final class Tables {

    private final Map<String, Object> tables = new ConcurrentHashMap<>();
    private final Unjudged unjudged;
    private final Manifest read;
    private final PodLabels wholeSet;

    /**
     * @param unjudged which objects the run's rules judge
     * @param read the objects as read, before shapes kept any from the rules
     * @param wholeSet the pod labels of the whole set when the run judges a part of it, else null (they are then
     *        taken from {@code read})
     */
    Tables(Unjudged unjudged, Manifest read, PodLabels wholeSet) {
        this.unjudged = unjudged;
        this.read = read;
        this.wholeSet = wholeSet;
    }

    /** @return the objects as read */
    Manifest read() {
        return read;
    }

    /** @return the pod labels of the whole set when the run judges a part of it, else null */
    PodLabels wholeSet() {
        return wholeSet;
    }

    /**
     * @return the pod labels of every workload of the set as read (a part's are the whole set's), built at most once:
     *         the same whether the set is judged whole or in parts
     */
    PodLabels podLabels() {
        return wholeSet != null ? wholeSet : get("pod-labels", read, PodLabels::of);
    }

    /** @return which objects the run's rules judge */
    Unjudged unjudged() {
        return unjudged;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Manifest manifest, Function<Manifest, T> table) {
        Object value = tables.computeIfAbsent(key, k -> {
            try {
                return table.apply(manifest);
            } catch (RuntimeException | StackOverflowError e) {
                return new Failed(k, e);
            }
        });
        if (value instanceof Failed failed) {
            throw failed;
        }
        return (T) value;
    }

    /** A table whose builder threw: thrown again to every rule that asks for it. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String table, Throwable cause) {
            super("the table " + table + " failed", cause, false, false);
        }
    }
}
