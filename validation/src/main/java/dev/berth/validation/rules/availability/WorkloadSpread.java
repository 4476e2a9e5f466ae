package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Optional;

/**
 * A Deployment does not spread its pods over nodes: with several replicas on one node, one node failure takes the
 * service down. Reported when {@code replicas} is unset (an autoscaler or the default decides) or 2 or more; a
 * Deployment that writes {@code replicas: 1} has nothing to spread. Strict only: many clusters spread by a default
 * scheduler policy. A pod anti-affinity term that looks at other namespaces only does not count (see
 * {@code statefulset-spread}).
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
            if (w.podSpec().isEmpty() || (w.replicas().isPresent() && w.replicas().getAsInt() < 2)
                    || StatefulSetSpread.spreads(w, context.manifest())) {
                continue;
            }
            Optional<StatefulSetSpread.Elsewhere> elsewhere = StatefulSetSpread.elsewhere(w, context.manifest());
            if (elsewhere.isPresent()) {
                context.report(w.owner(), elsewhere.get().path(), "the pods may all run on one node: "
                        + elsewhere.get().text());
            } else {
                context.report(w.owner(), w.podSpecPath() + ".topologySpreadConstraints", "the pods may all run on "
                        + "one node: no topologySpreadConstraints or podAntiAffinity on " + StatefulSetSpread.HOSTNAME);
            }
        }
    }
}
