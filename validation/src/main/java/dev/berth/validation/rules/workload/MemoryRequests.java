package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container sets no memory request (nor a memory limit, which the API server would copy into the request). The
 * scheduler then places the pod as if it needed no memory, and when the node runs short the kubelet evicts it among
 * the first. Init containers that run to completion are exempt; sidecars are not.
 */
public final class MemoryRequests extends Rule {

    /** Creates the rule. */
    public MemoryRequests() {
        super(RuleInfo.id("memory-requests")
                .summary("A container sets no memory request")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set resources.requests.memory to what the container uses at normal load, such as 256Mi.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            if (Containers.resource(at.container(), "requests", "memory") == null
                    && Containers.resource(at.container(), "limits", "memory") == null) {
                context.report(at.workload().owner(), at.path() + ".resources.requests.memory",
                        "container " + Containers.name(at) + " sets no memory request; the scheduler places it as if "
                                + "it needed no memory, and it is among the first evicted when the node runs short");
            }
        }
    }
}
