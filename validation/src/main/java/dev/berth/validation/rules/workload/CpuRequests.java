package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container sets no CPU request (nor a CPU limit, which the API server would copy into the request). The scheduler
 * then places the pod as if it needed no CPU, packing nodes past what they can serve, and under contention the
 * container gets the smallest share. Init containers that run to completion are exempt; sidecars are not.
 */
public final class CpuRequests extends Rule {

    /** Creates the rule. */
    public CpuRequests() {
        super(RuleInfo.id("cpu-requests")
                .summary("A container sets no CPU request")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set resources.requests.cpu to what the container uses at normal load, such as 100m.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            if (Containers.resource(at.container(), "requests", "cpu") == null
                    && Containers.resource(at.container(), "limits", "cpu") == null) {
                context.report(at.workload().owner(), at.path() + ".resources.requests.cpu",
                        "container " + Containers.name(at) + " sets no CPU request; the scheduler places it as if it "
                                + "needed no CPU, and under contention it gets the smallest share");
            }
        }
    }
}
