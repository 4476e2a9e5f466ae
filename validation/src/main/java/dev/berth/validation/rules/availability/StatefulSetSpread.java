package dev.berth.validation.rules.availability;

import dev.berth.core.Manifest;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.workload.SelectorText;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A StatefulSet with two replicas or more does not spread its pods over nodes: nothing stops the scheduler from
 * placing every member of a replicated store on one node, which one failure then takes down with its quorum. Either
 * a pod anti-affinity term (required or preferred) or a topology spread constraint on {@code kubernetes.io/hostname}
 * counts. Whether the term selects the set's own pods is {@code anti-affinity-selects-nothing}'s business; a term
 * whose {@code namespaces} or {@code namespaceSelector} leaves out the workload's own namespace keeps it away from
 * pods elsewhere only, and does not count (see {@link #looksAtOwnNamespace}).
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
            if (spec == null || replicas < 2 || spreads(w, context.manifest())) {
                continue;
            }
            String pods = "the " + replicas + " replicas may all run on one node: ";
            Optional<Elsewhere> elsewhere = elsewhere(w, context.manifest());
            if (elsewhere.isPresent()) {
                context.report(w.owner(), elsewhere.get().path(), pods + elsewhere.get().text());
            } else {
                context.report(w.owner(), w.podSpecPath() + ".affinity", pods + "no podAntiAffinity or "
                        + "topologySpreadConstraints on " + HOSTNAME);
            }
        }
    }

    /**
     * A pod anti-affinity term on the hostname that looks at other namespaces only.
     *
     * @param path the field path of its {@code namespaces} or {@code namespaceSelector}
     * @param text what it looks at, for a message
     */
    record Elsewhere(String path, String text) {
    }

    /**
     * @param w a workload
     * @param manifest the set it belongs to, whose Namespace objects lend their labels to namespace selectors
     * @return whether something spreads its pods over nodes: a topology spread constraint on the hostname, or a pod
     *         anti-affinity term on the hostname that looks at the workload's own namespace
     */
    static boolean spreads(Workload w, Manifest manifest) {
        PodSpec spec = w.podSpec().orElse(null);
        if (spec == null) {
            return false;
        }
        if (spec.getTopologySpreadConstraints() != null && spec.getTopologySpreadConstraints().stream()
                .anyMatch(c -> c != null && HOSTNAME.equals(c.getTopologyKey()))) {
            return true;
        }
        return AntiAffinitySelectsNothing.terms(w).values().stream()
                .anyMatch(t -> HOSTNAME.equals(t.getTopologyKey()) && looksAtOwnNamespace(t, w, manifest));
    }

    /**
     * @param w a workload that does not spread its pods
     * @param manifest the set it belongs to
     * @return the first anti-affinity term on the hostname that looks at other namespaces only, with a message that
     *         says which
     */
    static Optional<Elsewhere> elsewhere(Workload w, Manifest manifest) {
        for (Map.Entry<String, PodAffinityTerm> at : AntiAffinitySelectsNothing.terms(w).entrySet()) {
            PodAffinityTerm term = at.getValue();
            if (!HOSTNAME.equals(term.getTopologyKey()) || looksAtOwnNamespace(term, w, manifest)) {
                continue;
            }
            List<String> names = term.getNamespaces() == null ? List.of() : term.getNamespaces();
            List<String> where = new ArrayList<>();
            if (!names.isEmpty()) {
                where.add("namespaces " + names);
            }
            if (term.getNamespaceSelector() != null) {
                where.add("the namespaces labelled " + SelectorText.of(term.getNamespaceSelector()));
            }
            return Optional.of(new Elsewhere(at.getKey() + (names.isEmpty() ? ".namespaceSelector" : ".namespaces"),
                    "the podAntiAffinity term on " + HOSTNAME + " looks at pods in " + String.join(" and ", where)
                            + " only, not in " + w.namespace() + ", so it does not keep the " + w.kind()
                            + "'s own pods apart"));
        }
        return Optional.empty();
    }

    /**
     * Whether a pod affinity term looks at pods of the workload's own namespace: it names no namespace and has no
     * namespace selector; or its {@code namespaces} lists the workload's; or its {@code namespaceSelector} matches the
     * workload's namespace, by the automatic {@code kubernetes.io/metadata.name} label or the labels of the Namespace
     * object in the set ({@code {}} matches every namespace). A workload that writes no namespace goes where it is
     * applied, which may be any of them: its terms are taken to look at it.
     *
     * @param term a pod affinity term
     * @param w the workload it belongs to
     * @param manifest the set, for Namespace labels
     * @return whether the term considers the workload's own pods
     */
    static boolean looksAtOwnNamespace(PodAffinityTerm term, Workload w, Manifest manifest) {
        List<String> names = term.getNamespaces() == null ? List.of() : term.getNamespaces();
        LabelSelector selector = term.getNamespaceSelector();
        String own = w.namespace();
        String written = w.owner().getMetadata() == null ? null : w.owner().getMetadata().getNamespace();
        if (names.isEmpty() && selector == null || written == null || written.isBlank() || names.contains(own)) {
            return true;
        }
        if (selector == null) {
            return false;
        }
        Map<String, String> labels = new HashMap<>();
        manifest.find(Namespace.class, "", own).map(n -> n.getMetadata().getLabels()).ifPresent(labels::putAll);
        labels.put("kubernetes.io/metadata.name", own);
        return Selectors.matches(selector, labels);
    }
}
