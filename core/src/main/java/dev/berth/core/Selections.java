package dev.berth.core;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Which workloads each Service, PodDisruptionBudget and NetworkPolicy selects, and the reverse, computed once from the
 * manifest's label index.
 */
final class Selections {

    private final IdentityHashMap<HasMetadata, List<Workload>> selected = new IdentityHashMap<>();
    private final IdentityHashMap<HasMetadata, List<HasMetadata>> selecting = new IdentityHashMap<>();

    Selections(Manifest manifest) {
        for (HasMetadata object : manifest.objects()) {
            String namespace = ObjectRef.namespaceOf(object);
            List<Workload> workloads;
            if (object instanceof Service s) {
                workloads = s.getSpec() == null ? List.of()
                        : manifest.workloadsSelectedBy(namespace, s.getSpec().getSelector());
            } else if (object instanceof PodDisruptionBudget p) {
                workloads = p.getSpec() == null ? List.of()
                        : manifest.workloadsSelectedBy(namespace, p.getSpec().getSelector());
            } else if (object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget p) {
                workloads = p.getSpec() == null ? List.of()
                        : manifest.workloadsSelectedBy(namespace, p.getSpec().getSelector());
            } else if (object instanceof NetworkPolicy n) {
                workloads = n.getSpec() == null ? List.of()
                        : manifest.workloadsSelectedBy(namespace, n.getSpec().getPodSelector());
            } else {
                continue;
            }
            selected.put(object, workloads);
            for (Workload workload : workloads) {
                selecting.computeIfAbsent(workload.owner(), w -> new ArrayList<>()).add(object);
            }
        }
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
