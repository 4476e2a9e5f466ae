package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * A StatefulSet with two replicas or more does not spread its pods over nodes: nothing stops the scheduler from
 * placing every member of a replicated store on one node, which one failure then takes down with its quorum. Either
 * a pod anti-affinity term (required or preferred) or a topology spread constraint on {@code kubernetes.io/hostname}
 * counts. Whether the term selects the set's own pods is {@code anti-affinity-selects-nothing}'s business.
 */
public final class StatefulSetSpread extends Rule {

    static final String HOSTNAME = "kubernetes.io/hostname";

    /** Creates the rule. */
    public StatefulSetSpread() {
        super(RuleInfo.id("statefulset-spread")
                .summary("A replicated StatefulSet does not spread its pods over nodes")
                .severity(Severity.LOW).category(Category.AVAILABILITY).kinds("StatefulSet")
                .remediation("Add a podAntiAffinity term or a topologySpreadConstraint with topologyKey "
                        + "kubernetes.io/hostname that selects the StatefulSet's own pod labels.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSpec spec = w.podSpec().orElse(null);
            int replicas = w.replicas().orElse(1);
            if (spec == null || replicas < 2 || spreads(spec)) {
                continue;
            }
            context.report(w.owner(), w.podSpecPath() + ".affinity", "the " + replicas + " replicas may all run "
                    + "on one node: no podAntiAffinity or topologySpreadConstraints on " + HOSTNAME);
        }
    }

    static boolean spreads(PodSpec spec) {
        if (spec.getTopologySpreadConstraints() != null && spec.getTopologySpreadConstraints().stream()
                .anyMatch(c -> HOSTNAME.equals(c.getTopologyKey()))) {
            return true;
        }
        Affinity affinity = spec.getAffinity();
        PodAntiAffinity anti = affinity == null ? null : affinity.getPodAntiAffinity();
        if (anti == null) {
            return false;
        }
        boolean required = anti.getRequiredDuringSchedulingIgnoredDuringExecution() != null && anti
                .getRequiredDuringSchedulingIgnoredDuringExecution().stream()
                .anyMatch(t -> HOSTNAME.equals(t.getTopologyKey()));
        boolean preferred = anti.getPreferredDuringSchedulingIgnoredDuringExecution() != null && anti
                .getPreferredDuringSchedulingIgnoredDuringExecution().stream()
                .anyMatch(t -> t.getPodAffinityTerm() != null
                        && HOSTNAME.equals(t.getPodAffinityTerm().getTopologyKey()));
        return required || preferred;
    }
}
