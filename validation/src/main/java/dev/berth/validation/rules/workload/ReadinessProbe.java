package dev.berth.validation.rules.workload;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;

/**
 * A container behind a Service needs a readiness probe: without one the pod joins the Service's endpoints as soon as
 * its processes start, before the application listens, and stays there when it can no longer answer. Only pods a
 * Service selects are judged (a worker that serves no traffic has nothing to be ready for), init containers and Jobs
 * are exempt, and a helper container that declares no port is exempt when another container of the pod has a probe.
 */
public final class ReadinessProbe extends Rule {

    /** Creates the rule. */
    public ReadinessProbe() {
        super(RuleInfo.id("readiness-probe")
                .summary("A container behind a Service has no readiness probe")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.LONG_RUNNING)
                .remediation("Add a readinessProbe that checks the application answers, such as an httpGet on a "
                        + "health endpoint of the serving port.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            List<Service> services = context.references().servicesSelecting(w);
            if (services.isEmpty()) {
                continue;
            }
            List<Container> containers = w.containers();
            boolean podHasProbe = containers.stream().anyMatch(c -> c.getReadinessProbe() != null);
            for (int i = 0; i < containers.size(); i++) {
                Container c = containers.get(i);
                boolean serving = c.getPorts() != null && !c.getPorts().isEmpty();
                if (c.getReadinessProbe() == null && (serving || !podHasProbe)) {
                    context.report(w.owner(), w.podSpecPath() + ".containers[" + i + "].readinessProbe",
                            "container " + c.getName() + " has no readinessProbe, so Service " + services.get(0)
                                    .getMetadata().getName() + " sends it traffic before it is ready and while "
                                    + "it cannot answer");
                }
            }
        }
    }
}
