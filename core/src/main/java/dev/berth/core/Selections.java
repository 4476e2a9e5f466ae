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
import java.util.Optional;

/**
 * Which workloads each Service, PodDisruptionBudget and NetworkPolicy selects, and the reverse, computed once from the
 * manifest's label index.
 */
final class Selections {

    private final IdentityHashMap<HasMetadata, List<Workload>> selected = new IdentityHashMap<>();
    private final IdentityHashMap<HasMetadata, List<HasMetadata>> selecting = new IdentityHashMap<>();

    Selections(Manifest manifest) {
        // Selecting only reads the index, so it may run on every core; merging keeps object order.
        manifest.index();
        List<HasMetadata> objects = manifest.objects();
        List<Optional<List<Workload>>> selections = PerObject.map(objects, object -> selectedBy(manifest, object));
        for (int i = 0; i < objects.size(); i++) {
            if (selections.get(i).isEmpty()) {
                continue;
            }
            HasMetadata object = objects.get(i);
            List<Workload> workloads = selections.get(i).get();
            selected.put(object, workloads);
            for (Workload workload : workloads) {
                selecting.computeIfAbsent(workload.owner(), w -> new ArrayList<>()).add(object);
            }
        }
    }

    /** @return the workloads the object selects, or empty when it is no Service, disruption budget or policy */
    private static Optional<List<Workload>> selectedBy(Manifest manifest, HasMetadata object) {
        String namespace = ObjectRef.namespaceOf(object);
        if (object instanceof Service s) {
            return Optional.of(s.getSpec() == null ? List.of()
                    : manifest.workloadsSelectedBy(namespace, s.getSpec().getSelector()));
        }
        if (object instanceof PodDisruptionBudget p) {
            return Optional.of(p.getSpec() == null ? List.of()
                    : manifest.workloadsSelectedBy(namespace, p.getSpec().getSelector()));
        }
        if (object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget p) {
            return Optional.of(p.getSpec() == null ? List.of()
                    : manifest.workloadsSelectedBy(namespace, p.getSpec().getSelector()));
        }
        if (object instanceof NetworkPolicy n) {
            return Optional.of(n.getSpec() == null ? List.of()
                    : manifest.workloadsSelectedBy(namespace, n.getSpec().getPodSelector()));
        }
        return Optional.empty();
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
