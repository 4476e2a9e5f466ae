package dev.berth.validation.rules.schema;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.util.List;
import java.util.Set;

/**
 * A pod template's {@code restartPolicy} is one its kind does not allow, so the API server rejects the object
 * (Kubernetes 1.31): the pods of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController must
 * restart {@code Always} ({@code pkg/apis/apps/validation}, {@code ValidatePodTemplateSpecForRC}); those of a Job or a
 * CronJob's job template {@code OnFailure} or {@code Never}, and an absent policy defaults to {@code Always}, which a
 * Job refuses ({@code pkg/apis/batch/validation validateJobSpec}); a Job with a {@code podFailurePolicy} needs
 * {@code Never}. A bare Pod may have any of the three; a value outside them is rejected everywhere.
 *
 * <pre>{@code
 * new UnsupportedRestartPolicy().info().id(); // "unsupported-restart-policy"
 * }</pre>
 */
public final class UnsupportedRestartPolicy extends Rule {

    private static final List<String> ALL = List.of("Always", "OnFailure", "Never");
    private static final Set<String> ALWAYS_ONLY = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "ReplicationController");
    private static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");

    /** Creates the rule. */
    public UnsupportedRestartPolicy() {
        super(RuleInfo.id("unsupported-restart-policy")
                .summary("A pod template's restartPolicy is one its kind does not allow")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .kinds("Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
                        "ReplicationController", "Job", "CronJob")
                .remediation("Remove restartPolicy from a Deployment, ReplicaSet, StatefulSet, DaemonSet or "
                        + "ReplicationController (it defaults to Always); set OnFailure or Never on a Job or CronJob "
                        + "(Never when it has a podFailurePolicy).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            String policy = w.podSpec().map(s -> s.getRestartPolicy()).orElse(null);
            String at = w.podSpecPath() + ".restartPolicy";
            boolean absent = policy == null || policy.isEmpty();
            if (!absent && !ALL.contains(policy)) {
                context.report(w.owner(), at, at + " is " + KubernetesNames.quote(policy)
                        + "; the API server accepts only Always, OnFailure or Never");
            } else if (ALWAYS_ONLY.contains(w.kind()) && !absent && !policy.equals("Always")) {
                context.report(w.owner(), at, at + " is " + policy + "; the API server accepts only Always for "
                        + "the pods of a " + w.kind());
            } else if (RUN_TO_COMPLETION.contains(w.kind()) && w.podSpec().isPresent()) {
                if (absent || policy.equals("Always")) {
                    context.report(w.owner(), at, at + (absent ? " is not set, so it defaults to Always" : " is Always")
                            + ", which the API server rejects for a " + w.kind() + "; set OnFailure or Never");
                } else if (policy.equals("OnFailure") && hasPodFailurePolicy(w)) {
                    context.report(w.owner(), at, at + " is OnFailure, but the Job has a podFailurePolicy, which "
                            + "the API server accepts only with Never");
                }
            }
        }
    }

    private static boolean hasPodFailurePolicy(Workload w) {
        JobSpec spec = w.owner() instanceof Job job ? job.getSpec()
                : w.owner() instanceof io.fabric8.kubernetes.api.model.batch.v1.CronJob cron
                        && cron.getSpec() != null && cron.getSpec().getJobTemplate() != null
                        ? cron.getSpec().getJobTemplate().getSpec() : null;
        return spec != null && spec.getPodFailurePolicy() != null;
    }
}
