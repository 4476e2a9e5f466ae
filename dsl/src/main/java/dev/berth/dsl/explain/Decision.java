package dev.berth.dsl.explain;

import dev.berth.core.ObjectRef;
import java.util.Objects;

/**
 * One value in one generated object, and what chose it.
 *
 * <pre>{@code
 * Decision d = app.explain().about(ObjectRef.of("StatefulSet", "shop", "db")).get(0);
 * d.field();  // "kind"
 * d.origin(); // PROFILE
 * }</pre>
 *
 * @param object the object
 * @param field the field path, such as {@code spec.replicas}, or {@code kind} for the choice of kind
 * @param value the value, as text
 * @param origin what chose it
 * @param reason why, in words: the profile, the preset field, or the user's call
 */
public record Decision(ObjectRef object, String field, String value, Origin origin, String reason) {

    /**
     * Checks nothing is null.
     *
     * @param object the object
     * @param field the field path
     * @param value the value
     * @param origin what chose it
     * @param reason why
     */
    public Decision {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return one line: {@code StatefulSet shop/db spec.replicas = 1 [PRESET: production.statefulReplicas]} */
    @Override
    public String toString() {
        return object + " " + field + " = " + value + " [" + origin + ": " + reason + "]";
    }
}
