package dev.berth.validation.fluent;

/**
 * The entry point of Berth's fluent rules-as-tests, in the manner of ArchUnit: select workloads, state what they
 * should do and why, and check a manifest in a unit test. The result is an ordinary {@link dev.berth.validation.Rule},
 * so it also joins rule sets.
 *
 * <pre>{@code
 * FluentRule frontend = Rules.workloads().that().haveLabel("tier", "frontend")
 *         .should().haveReplicasAtLeast(2)
 *         .because("the frontend must survive a node loss");
 * frontend.check(manifest);   // throws AssertionError whose headline is the rule's description
 * }</pre>
 *
 * <p>A rule that selects no workload fails its check, so that a typo in a selector cannot make a test pass for ever;
 * call {@link FluentRule#allowEmptyShould(boolean)} when an empty selection is expected.
 */
public final class Rules {

    private Rules() {
    }

    /** @return every workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod) */
    public static WorkloadSelection workloads() {
        return WorkloadSelection.ALL;
    }
}
