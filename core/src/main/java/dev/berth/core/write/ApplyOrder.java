package dev.berth.core.write;

import dev.berth.core.ObjectRef;
import dev.berth.core.text.Patterns;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which {@code kubectl apply} can create objects without one waiting for another: namespaces before
 * what lives in them, CRDs before custom resources, claims, config and accounts before the pods that use them.
 *
 * <p>Kinds rank in this order, and any other kind (Ingress, custom resources...) after them:
 * {@value #TABLE}.
 *
 * <p>{@code ResourceQuota}, {@code LimitRange} and {@code PriorityClass} come right after {@code Namespace}, as in
 * Helm's install order: a LimitRange created after a pod never gives it its defaults, and a pod naming a
 * PriorityClass that does not exist yet is refused.
 *
 * <p>Objects of the same rank are sorted by effective namespace (cluster-scoped first), then name, then kind; objects
 * equal on all of those keep their order (the sort is stable).
 *
 * <pre>{@code
 * List<HasMetadata> ordered = ApplyOrder.sort(manifest.objects());
 * int rank = ApplyOrder.rankOf("StatefulSet");
 * }</pre>
 */
public final class ApplyOrder {

    /** The kinds in apply order, comma-separated. */
    public static final String TABLE = "Namespace, ResourceQuota, LimitRange, PriorityClass, "
            + "CustomResourceDefinition, StorageClass, PersistentVolume, ServiceAccount, Secret, ConfigMap, "
            + "ClusterRole, ClusterRoleBinding, Role, RoleBinding, PersistentVolumeClaim, Service, DaemonSet, "
            + "Deployment, StatefulSet, ReplicaSet, ReplicationController, Job, CronJob, Pod, PodDisruptionBudget, "
            + "HorizontalPodAutoscaler, NetworkPolicy";

    private static final List<String> KINDS = List.of(Patterns.compile(", ").split(TABLE));
    private static final Map<String, Integer> RANKS = new HashMap<>();

    static {
        for (int i = 0; i < KINDS.size(); i++) {
            RANKS.put(KINDS.get(i), i);
        }
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::rank)
            .thenComparing(Keyed::namespace)
            .thenComparing(Keyed::name)
            .thenComparing(Keyed::kind);

    private ApplyOrder() {
    }

    /**
     * <pre>{@code ApplyOrder.kinds().get(0);   // "Namespace"}</pre>
     *
     * @return the kinds in apply order; any other kind ranks after them
     */
    public static List<String> kinds() {
        return KINDS;
    }

    /**
     * The rank of a kind: {@code 0} for {@code Namespace}, one more for each kind of the table, and
     * {@code kinds().size()} for every kind the table does not name.
     *
     * <pre>{@code
     * ApplyOrder.rankOf("Namespace");  // 0
     * ApplyOrder.rankOf("Ingress");    // ApplyOrder.kinds().size()
     * }</pre>
     *
     * @param kind a kind, such as {@code StatefulSet}; null ranks last
     * @return its rank
     */
    public static int rankOf(String kind) {
        Integer rank = kind == null ? null : RANKS.get(kind);
        return rank == null ? KINDS.size() : rank;
    }

    /**
     * Sorts objects in apply order, without changing the given collection.
     *
     * <pre>{@code
     * List<HasMetadata> ordered = ApplyOrder.sort(List.of(deployment, namespace));  // [namespace, deployment]
     * }</pre>
     *
     * @param objects the objects
     * @return a new list of them in apply order
     */
    public static List<HasMetadata> sort(Collection<? extends HasMetadata> objects) {
        List<Keyed> keyed = new ArrayList<>(objects.size());
        for (HasMetadata object : objects) {
            ObjectRef ref = ObjectRef.of(object);
            keyed.add(new Keyed(rankOf(ref.kind()), ref.namespace(), ref.name(), ref.kind(), object));
        }
        keyed.sort(ORDER);
        List<HasMetadata> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.object());
        }
        return sorted;
    }

    private record Keyed(int rank, String namespace, String name, String kind, HasMetadata object) {
    }
}
