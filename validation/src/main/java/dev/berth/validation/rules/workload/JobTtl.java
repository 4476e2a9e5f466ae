package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * A standalone Job sets no {@code ttlSecondsAfterFinished}, so the finished Job and its pods stay in the cluster until
 * someone deletes them, and applying the manifest again does nothing because the Job already exists. Jobs a CronJob
 * creates are cleaned up by its history limits and do not appear in manifests.
 */
public final class JobTtl extends Rule {

    /** Creates the rule. */
    public JobTtl() {
        super(RuleInfo.id("job-ttl")
                .summary("A Job is never cleaned up after it finishes")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds("Job")
                .remediation("Set spec.ttlSecondsAfterFinished (for example 86400) so the finished Job and its pods "
                        + "are deleted.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Job job : context.all(Job.class)) {
            if (job.getSpec() != null && job.getSpec().getTtlSecondsAfterFinished() == null && !owned(job)) {
                context.report(job, "spec.ttlSecondsAfterFinished", "spec.ttlSecondsAfterFinished is unset, so "
                        + "the finished Job and its pods stay until someone deletes them");
            }
        }
    }

    private static boolean owned(HasMetadata object) {
        return object.getMetadata() != null && object.getMetadata().getOwnerReferences() != null
                && !object.getMetadata().getOwnerReferences().isEmpty();
    }
}
