package dev.berth.validation.rules.workload;

import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** Reads the schedule settings of CronJobs, {@code batch/v1} and the removed {@code batch/v1beta1} alike. */
final class CronJobs {

    /**
     * The schedule settings of one CronJob.
     *
     * @param cronJob the object
     * @param startingDeadlineSeconds its deadline, or null
     * @param concurrencyPolicy its policy, or null
     */
    record Schedule(HasMetadata cronJob, Long startingDeadlineSeconds, String concurrencyPolicy) {
    }

    private CronJobs() {
    }

    static List<Schedule> all(RuleContext context) {
        List<Schedule> all = new ArrayList<>();
        for (var c : context.all(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class)) {
            if (c.getSpec() != null) {
                all.add(new Schedule(c, c.getSpec().getStartingDeadlineSeconds(), c.getSpec().getConcurrencyPolicy()));
            }
        }
        for (var c : context.all(io.fabric8.kubernetes.api.model.batch.v1beta1.CronJob.class)) {
            if (c.getSpec() != null) {
                all.add(new Schedule(c, c.getSpec().getStartingDeadlineSeconds(), c.getSpec().getConcurrencyPolicy()));
            }
        }
        return all;
    }
}
