package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A CronJob sets no {@code spec.startingDeadlineSeconds}. Without it, a run missed while the controller was down is
 * started whenever it comes back, however late; and a CronJob that has missed more than 100 schedules stops being
 * scheduled at all, with only an event to say so.
 */
public final class CronJobDeadline extends Rule {

    /** Creates the rule. */
    public CronJobDeadline() {
        super(RuleInfo.id("cronjob-deadline")
                .summary("A CronJob sets no starting deadline")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds("CronJob")
                .remediation("Set spec.startingDeadlineSeconds to how late a run may still start, such as 300.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (CronJobs.Schedule schedule : CronJobs.all(context)) {
            if (schedule.startingDeadlineSeconds() == null) {
                context.report(schedule.cronJob(), "spec.startingDeadlineSeconds", "spec.startingDeadlineSeconds "
                        + "is unset, so a missed run starts however late, and after 100 missed schedules the "
                        + "CronJob stops");
            }
        }
    }
}
