package dev.berth.validation.fluent;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import java.util.Objects;

/**
 * A condition of one's own for fluent rules, as ArchUnit's {@code ArchCondition}: a description that reads on after
 * "should", and a check that records each violation with the field at fault and a message.
 *
 * <pre>{@code
 * WorkloadCondition namesItsTeam = WorkloadCondition.of("name its team", (workload, events) -> {
 *     if (!workload.podLabels().containsKey("team")) {
 *         events.violation("spec.template.metadata.labels", "has no pod label team");
 *     }
 * });
 * Rules.workloads().should().satisfy(namesItsTeam).as("team-label").check(manifest);
 * // Rule 'workloads should name its team' was violated (1 time):
 * //   Deployment shop/web: has no pod label team
 * }</pre>
 */
public final class WorkloadCondition {

    private final String description;
    private final Check check;

    private WorkloadCondition(String description, Check check) {
        this.description = description;
        this.check = check;
    }

    /** Judges one workload. */
    @FunctionalInterface
    public interface Check {
        /**
         * @param workload a selected workload
         * @param events where its violations go, and the manifest for lookups
         */
        void check(Workload workload, Events events);
    }

    /** Where a condition records what a workload does wrong. */
    public interface Events {
        /** @return the whole manifest, for lookups (references, other objects) */
        Manifest manifest();

        /**
         * Records a violation: one finding on the workload's object.
         *
         * @param fieldPath the field at fault, such as {@code spec.replicas}; empty for the object as a whole
         * @param message what is wrong, naming the values; never a Secret's value
         */
        void violation(String fieldPath, String message);
    }

    /**
     * @param description how it reads after "should", such as {@code name its team}
     * @param check the check
     * @return the condition
     * @throws IllegalArgumentException when the description is blank: it is what the rule's description says
     */
    public static WorkloadCondition of(String description, Check check) {
        Objects.requireNonNull(check, "check");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a condition needs a description that reads on after \"should\", such "
                    + "as \"name its team\"; was " + (description == null ? "null" : "blank"));
        }
        return new WorkloadCondition(description.strip(), check);
    }

    /**
     * A condition that a predicate holds: each workload that fails it is one finding on the object as a whole,
     * {@code does not satisfy "<description>"}.
     *
     * <pre>{@code
     * WorkloadCondition.from(DescribedPredicate.describe("be labelled by team",
     *         w -> w.podLabels().containsKey("team")));
     * // finding: Deployment shop/web: does not satisfy "be labelled by team"
     * }</pre>
     *
     * @param predicate the predicate, its description reading after "should"
     * @return the condition
     */
    public static WorkloadCondition from(DescribedPredicate<? super Workload> predicate) {
        return of(predicate.description(), (workload, events) -> {
            if (!predicate.test(workload)) {
                events.violation("", "does not satisfy \"" + predicate.description() + "\"");
            }
        });
    }

    /** @return how it reads, such as {@code name its team} */
    public String description() {
        return description;
    }

    Conditions.Condition asCondition() {
        return new Conditions.Condition() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void check(Workload workload, Manifest manifest, Conditions.Sink sink) {
                check.check(workload, new Events() {
                    @Override
                    public Manifest manifest() {
                        return manifest;
                    }

                    @Override
                    public void violation(String fieldPath, String message) {
                        sink.violation(fieldPath, message);
                    }
                });
            }
        };
    }

    @Override
    public String toString() {
        return description;
    }
}
