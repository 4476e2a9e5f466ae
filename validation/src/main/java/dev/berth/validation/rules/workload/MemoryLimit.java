package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container sets no memory limit. Memory cannot be throttled: a leak grows until the node is out of memory, and the
 * kernel then kills processes of other pods as well. A limit confines the damage to the container that leaks. Init
 * containers that run to completion are exempt; sidecars are not.
 */
public final class MemoryLimit extends Rule {

    /** Creates the rule. */
    public MemoryLimit() {
        super(RuleInfo.id("memory-limit")
                .summary("A container sets no memory limit")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set resources.limits.memory, usually equal to the memory request so the pod is never "
                        + "overcommitted.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            if (Containers.resource(at.container(), "limits", "memory") == null) {
                context.report(at.workload().owner(), at.path() + ".resources.limits.memory",
                        "container " + Containers.name(at) + " sets no memory limit; a leak grows until the node runs "
                                + "out of memory and the kernel kills processes of other pods too");
            }
        }
    }
}
