package dev.berth.samples;

import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.function.Consumer;

/**
 * Reasoned suppressions the samples need, written on the object as the validator reads them
 * ({@code ignore.berth.dev/<rule-id>: "reason"}), so the reason travels with the manifest and a reviewer sees it.
 *
 * <pre>{@code
 * Berth.datastore("db", DatastorePresets.postgresql())
 *         .customize(Suppressions.singleReplica("one primary by design: ..."));
 * }</pre>
 */
public final class Suppressions {

    /** The rule that wants two replicas behind every Service. */
    public static final String REPLICAS_BEHIND_SERVICE = "replicas-behind-service";

    private Suppressions() {
    }

    /**
     * Accepts a single replica behind a Service: right for a single-primary database, where a second pod of the
     * same image would be a second, empty database and not a standby.
     *
     * @param reason why one replica is right here, for the reviewer; must not be blank
     * @return a customizer of the StatefulSet that writes the suppression annotation
     * @throws IllegalArgumentException when the reason is blank
     */
    public static Consumer<StatefulSetBuilder> singleReplica(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression needs a reason, was " + (reason == null ? "null"
                    : "\"" + reason + "\""));
        }
        return set -> set.editOrNewMetadata()
                .addToAnnotations(RuleContext.SUPPRESSION_PREFIX + REPLICAS_BEHIND_SERVICE, reason)
                .endMetadata();
    }
}
