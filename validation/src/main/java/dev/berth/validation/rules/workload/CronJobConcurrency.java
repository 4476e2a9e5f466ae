package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A CronJob leaves {@code spec.concurrencyPolicy} unset, which means {@code Allow}: when a run lasts longer than the
 * interval, the next one starts beside it, and two backups or migrations work on the same data at once. A CronJob
 * that writes {@code Allow} has made that choice and is no finding.
 */
public final class CronJobConcurrency extends Rule {

    /** Creates the rule. */
    public CronJobConcurrency() {
        super(RuleInfo.id("cronjob-concurrency")
                .summary("A CronJob lets its runs overlap by default")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds("CronJob")
                .remediation("Set spec.concurrencyPolicy to Forbid (skip a run while one is active) or Replace, or "
                        + "write Allow if overlapping runs are safe.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (CronJobs.Schedule schedule : CronJobs.all(context)) {
            if (schedule.concurrencyPolicy() == null) {
                context.report(schedule.cronJob(), "spec.concurrencyPolicy", "spec.concurrencyPolicy is unset "
                        + "(Allow), so a run that outlasts the schedule interval overlaps the next one");
            }
        }
    }
}
