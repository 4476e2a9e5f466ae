package dev.berth.validation;

import dev.berth.core.Manifest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The lookup tables of one validation run ({@link RuleContext#once}), each built at most once, thread-safely, and what
 * the run's rules judge ({@link Unjudged}).
 */
final class Tables {

    private final Map<String, Object> tables = new ConcurrentHashMap<>();
    private final Unjudged unjudged;

    Tables(Unjudged unjudged) {
        this.unjudged = unjudged;
    }

    /** @return which objects the run's rules judge */
    Unjudged unjudged() {
        return unjudged;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Manifest manifest, Function<Manifest, T> table) {
        return (T) tables.computeIfAbsent(key, k -> table.apply(manifest));
    }
}
