package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A long-running container has no liveness probe, so a process that hangs without exiting is never restarted. Jobs,
 * CronJobs and init containers run to completion and are exempt. This rule is in the strict set: a careless liveness
 * probe (one that checks a dependency, or times out under load) restarts healthy pods and can cascade, so adding one
 * is a decision, not a default.
 */
public final class LivenessProbe extends Rule {

    /** Creates the rule. */
    public LivenessProbe() {
        super(RuleInfo.id("liveness-probe")
                .summary("A long-running container has no liveness probe")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.LONG_RUNNING)
                .remediation("Add a livenessProbe that fails only when the process is stuck (not when a "
                        + "dependency is down), with a timeout and threshold generous enough for peak load.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            if (!at.init() && at.container().getLivenessProbe() == null) {
                context.report(at.workload().owner(), at.path() + ".livenessProbe", "container " + Containers.name(at)
                        + " has no livenessProbe; if its process hangs without exiting, nothing restarts it");
            }
        }
    }
}
