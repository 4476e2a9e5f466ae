package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * A Deployment does not spread its pods over nodes: with several replicas on one node, one node failure takes the
 * service down. Reported when {@code replicas} is unset (an autoscaler or the default decides) or 2 or more; a
 * Deployment that writes {@code replicas: 1} has nothing to spread. Strict only: many clusters spread by a default
 * scheduler policy.
 */
public final class WorkloadSpread extends Rule {

    /** Creates the rule. */
    public WorkloadSpread() {
        super(RuleInfo.id("workload-spread")
                .summary("A Deployment does not spread its pods over nodes")
                .severity(Severity.LOW).category(Category.AVAILABILITY).kinds("Deployment")
                .remediation("Add a topologySpreadConstraint (or a podAntiAffinity term) with topologyKey "
                        + "kubernetes.io/hostname that selects the Deployment's own pod labels.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSpec spec = w.podSpec().orElse(null);
            if (spec == null || (w.replicas().isPresent() && w.replicas().getAsInt() < 2)
                    || StatefulSetSpread.spreads(spec)) {
                continue;
            }
            context.report(w.owner(), w.podSpecPath() + ".topologySpreadConstraints", "the pods may all run on one "
                    + "node: no topologySpreadConstraints or podAntiAffinity on " + StatefulSetSpread.HOSTNAME);
        }
    }
}
