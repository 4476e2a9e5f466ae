package dev.berth.core;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which workloads each Service, PodDisruptionBudget and NetworkPolicy selects, and the reverse, computed once from the
 * manifest's label index.
 */
final class Selections {

    private final IdentityHashMap<HasMetadata, List<Workload>> selected = new IdentityHashMap<>();
    private final IdentityHashMap<HasMetadata, List<HasMetadata>> selecting = new IdentityHashMap<>();
    private final Set<HasMetadata> operatorSelected = Collections.newSetFromMap(new IdentityHashMap<>());

    Selections(Manifest manifest) {
        // Selecting only reads the index, so it may run on every core; merging keeps object order.
        manifest.index();
        List<HasMetadata> objects = manifest.objects();
        List<Optional<List<Workload>>> selections = PerObject.map(objects, object -> selectedBy(manifest, object));
        OperatorPods operatorPods = null;
        for (int i = 0; i < objects.size(); i++) {
            if (selections.get(i).isEmpty()) {
                continue;
            }
            HasMetadata object = objects.get(i);
            List<Workload> workloads = selections.get(i).get();
            selected.put(object, workloads);
            if (workloads.isEmpty()) {
                operatorPods = operatorPods == null ? new OperatorPods(manifest) : operatorPods;
                Selector selector = selectorOf(object).orElseThrow();
                String namespace = ObjectRef.namespaceOf(object);
                if (selector.terms() != null ? operatorPods.selected(namespace, selector.terms())
                        : operatorPods.selected(namespace, selector.labels())) {
                    operatorSelected.add(object);
                }
            }
            for (Workload workload : workloads) {
                selecting.computeIfAbsent(workload.owner(), w -> new ArrayList<>()).add(object);
            }
        }
    }

    /** @return the workloads the object selects, or empty when it is no Service, disruption budget or policy */
    private static Optional<List<Workload>> selectedBy(Manifest manifest, HasMetadata object) {
        String namespace = ObjectRef.namespaceOf(object);
        return selectorOf(object).map(s -> s.terms() != null ? manifest.workloadsSelectedBy(namespace, s.terms())
                : manifest.workloadsSelectedBy(namespace, s.labels()));
    }

    /** @return the object's pod selector, or empty when it is no Service, disruption budget or policy */
    private static Optional<Selector> selectorOf(HasMetadata object) {
        if (object instanceof Service s) {
            return Optional.of(new Selector(null, s.getSpec() == null ? Map.of() : s.getSpec().getSelector()));
        }
        if (object instanceof PodDisruptionBudget p) {
            return Optional.of(new Selector(p.getSpec() == null ? null : p.getSpec().getSelector(), null));
        }
        if (object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget p) {
            return Optional.of(new Selector(p.getSpec() == null ? null : p.getSpec().getSelector(), null));
        }
        if (object instanceof NetworkPolicy n) {
            return Optional.of(new Selector(n.getSpec() == null ? null : n.getSpec().getPodSelector(), null));
        }
        return Optional.empty();
    }

    /**
     * A pod selector: a label selector, or a Service's equality terms.
     *
     * @param labels the label selector, null for a Service
     * @param terms the Service's terms, null for the other kinds
     */
    private record Selector(LabelSelector labels, Map<String, String> terms) {
    }

    /**
     * @param object a Service, PodDisruptionBudget or NetworkPolicy
     * @return true when it selects no workload of the set but pods an operator makes from a custom resource of the
     *         set, or static control-plane pods (see {@link OperatorPods})
     */
    boolean selectsOperatorPods(HasMetadata object) {
        return operatorSelected.contains(object);
    }

    List<Workload> selected(HasMetadata object) {
        return Collections.unmodifiableList(selected.getOrDefault(object, List.of()));
    }

    <T extends HasMetadata> List<T> selecting(Workload workload, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (HasMetadata object : selecting.getOrDefault(workload.owner(), List.of())) {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        }
        return found;
    }

    List<HasMetadata> budgets(Workload workload) {
        List<HasMetadata> found = new ArrayList<>();
        for (HasMetadata object : selecting.getOrDefault(workload.owner(), List.of())) {
            if (object instanceof PodDisruptionBudget
                    || object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget) {
                found.add(object);
            }
        }
        return found;
    }
}
