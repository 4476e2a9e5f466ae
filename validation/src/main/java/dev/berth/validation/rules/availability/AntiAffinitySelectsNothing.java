package dev.berth.validation.rules.availability;

import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.workload.SelectorText;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod anti-affinity term selects neither the workload's own pods nor any other workload's in the set, so it keeps
 * nothing apart: the pods it was written to spread land on one node. The Kubernetes docs' ZooKeeper StatefulSet has
 * this defect ({@code app in (zk)} while the pods are labelled {@code app.kubernetes.io/name: zk}). Terms that look
 * in other namespaces are skipped: those pods are not in the set.
 */
public final class AntiAffinitySelectsNothing extends Rule {

    /** Creates the rule. */
    public AntiAffinitySelectsNothing() {
        super(RuleInfo.id("anti-affinity-selects-nothing")
                .summary("A pod anti-affinity term selects no pods")
                .severity(Severity.MEDIUM).category(Category.AVAILABILITY)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Make the term's labelSelector match the pod template labels it should keep apart, "
                        + "such as app.kubernetes.io/name.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            for (Map.Entry<String, PodAffinityTerm> at : terms(w).entrySet()) {
                PodAffinityTerm term = at.getValue();
                boolean elsewhere = (term.getNamespaces() != null && !term.getNamespaces().isEmpty())
                        || term.getNamespaceSelector() != null;
                if (term.getLabelSelector() == null || elsewhere || Selectors.matches(term.getLabelSelector(),
                        w.podLabels()) || !context.manifest().workloadsSelectedBy(w.namespace(),
                                term.getLabelSelector()).isEmpty()) {
                    continue;
                }
                context.report(w.owner(), at.getKey() + ".labelSelector", "podAntiAffinity selects "
                        + SelectorText.of(term.getLabelSelector()) + ", which matches neither the pod labels ("
                        + SelectorText.labels(w.podLabels()) + ") nor any other workload, so it keeps nothing apart");
            }
        }
    }

    /**
     * @param w a workload
     * @return its pod anti-affinity terms, required then preferred, by field path
     */
    static Map<String, PodAffinityTerm> terms(Workload w) {
        Map<String, PodAffinityTerm> terms = new LinkedHashMap<>();
        PodAntiAffinity anti = w.podSpec().map(s -> s.getAffinity()).map(a -> a.getPodAntiAffinity()).orElse(null);
        if (anti == null) {
            return terms;
        }
        String base = w.podSpecPath() + ".affinity.podAntiAffinity.";
        List<PodAffinityTerm> required = anti.getRequiredDuringSchedulingIgnoredDuringExecution() == null
                ? List.of() : anti.getRequiredDuringSchedulingIgnoredDuringExecution();
        for (int i = 0; i < required.size(); i++) {
            terms.put(base + "requiredDuringSchedulingIgnoredDuringExecution[" + i + "]", required.get(i));
        }
        List<WeightedPodAffinityTerm> preferred = anti.getPreferredDuringSchedulingIgnoredDuringExecution() == null
                ? List.of() : anti.getPreferredDuringSchedulingIgnoredDuringExecution();
        for (int i = 0; i < preferred.size(); i++) {
            if (preferred.get(i).getPodAffinityTerm() != null) {
                terms.put(base + "preferredDuringSchedulingIgnoredDuringExecution[" + i + "].podAffinityTerm",
                        preferred.get(i).getPodAffinityTerm());
            }
        }
        return terms;
    }
}
