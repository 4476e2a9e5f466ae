package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container sets no CPU limit. This rule is in the strict set only: CPU limits cause throttling (CFS quota) even
 * when the node has idle cores, which adds latency to multi-threaded and bursty workloads; a CPU request alone
 * already guarantees the container its share. Set a limit where a hard ceiling is wanted. Init containers that run
 * to completion are exempt.
 */
public final class CpuLimit extends Rule {

    /** Creates the rule. */
    public CpuLimit() {
        super(RuleInfo.id("cpu-limit")
                .summary("A container sets no CPU limit")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set resources.limits.cpu only where a hard ceiling is wanted (noisy neighbours, "
                        + "billing); otherwise keep a CPU request and no limit.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            if (Containers.resource(at.container(), "limits", "cpu") == null) {
                context.report(at.workload().owner(), at.path() + ".resources.limits.cpu",
                        "container " + Containers.name(at) + " sets no CPU limit; it can use every idle core of the "
                                + "node");
            }
        }
    }
}
