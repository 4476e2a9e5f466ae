package dev.berth.dsl.explain;

import dev.berth.core.ObjectRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Per object and key field, what chose the generated value: the profile, the preset or the user. Returned by
 * {@code Application.explain()}.
 *
 * <pre>{@code
 * System.out.println(app.explain());
 * // StatefulSet shop/db kind = StatefulSet [PROFILE: STATEFUL/READ_WRITE/AUTHORITATIVE needs stable identity]
 * // StatefulSet shop/db spec.replicas = 1 [PRESET: production.statefulReplicas]
 * }</pre>
 *
 * @param decisions the decisions, in the order they were taken
 */
public record Explanation(List<Decision> decisions) {

    /**
     * Copies the list.
     *
     * @param decisions the decisions
     */
    public Explanation {
        decisions = List.copyOf(decisions);
    }

    /**
     * The decisions about one object.
     *
     * <pre>{@code
     * app.explain().about(ObjectRef.of("Deployment", "shop", "web"));
     * }</pre>
     *
     * @param object the object
     * @return its decisions, in order
     */
    public List<Decision> about(ObjectRef object) {
        return decisions.stream().filter(d -> d.object().equals(object)).collect(Collectors.toList());
    }

    /**
     * The decision about one field of one object, if one was recorded.
     *
     * <pre>{@code
     * app.explain().about(ObjectRef.of("Deployment", "shop", "web"), "spec.replicas").orElseThrow().origin();
     * }</pre>
     *
     * @param object the object
     * @param field the field path
     * @return the last decision about that field
     */
    public java.util.Optional<Decision> about(ObjectRef object, String field) {
        Decision found = null;
        for (Decision d : decisions) {
            if (d.object().equals(object) && d.field().equals(field)) {
                found = d;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** @return one decision per line */
    @Override
    public String toString() {
        return decisions.stream().map(Decision::toString).collect(Collectors.joining("\n"));
    }
}
