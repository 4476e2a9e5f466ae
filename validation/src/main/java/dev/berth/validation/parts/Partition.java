package dev.berth.validation.parts;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a set of objects too large to hold at once is cut into parts that, judged one at a time, find what judging the
 * whole set finds.
 *
 * <p>Kubernetes keeps a namespaced object's references inside its namespace: a workload's Services, claims,
 * ConfigMaps, Secrets and ServiceAccount, a budget's or policy's selector, an autoscaler's target, an Ingress's
 * backends. So a part is a group of whole namespaces. Two kinds of object reach across namespaces and are
 * {@linkplain #shared shared}, held by every part for lookups: cluster-scoped objects (StorageClasses,
 * PersistentVolumes, ClusterRoles and their bindings...), and RoleBindings whose subjects are ServiceAccounts of other
 * namespaces. {@link PartedReport} keeps a namespaced object's findings from the part that owns its namespace, and a
 * cluster-scoped object's findings when every part finds them.
 *
 * <pre>{@code
 * List<Set<String>> parts = Partition.group(bytesByNamespace, heapBudget);   // namespaces, in input order
 * boolean everywhere = Partition.shared(object);
 * }</pre>
 */
public final class Partition {

    private static final String ALL_ACCOUNTS = "system:serviceaccounts";

    private Partition() {
    }

    /**
     * @param object an object of the set
     * @return true when every part must hold it for lookups: it is cluster-scoped, or it is a RoleBinding that names
     *         a ServiceAccount, or the ServiceAccounts group, of another namespace (or of every namespace)
     */
    public static boolean shared(HasMetadata object) {
        String own = ObjectRef.namespaceOf(object);
        if (own.isEmpty()) {
            return true;
        }
        if (!(object instanceof RoleBinding binding) || binding.getSubjects() == null) {
            return false;
        }
        for (Subject subject : binding.getSubjects()) {
            if (subject != null && reachesOut(subject, own)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesOut(Subject subject, String own) {
        String name = subject.getName() == null ? "" : subject.getName();
        if ("ServiceAccount".equals(subject.getKind())) {
            return subject.getNamespace() != null && !subject.getNamespace().isEmpty()
                    && !subject.getNamespace().equals(own);
        }
        return "Group".equals(subject.getKind()) && (name.equals(ALL_ACCOUNTS)
                || name.startsWith(ALL_ACCOUNTS + ":") && !name.equals(ALL_ACCOUNTS + ":" + own));
    }

    /**
     * Groups namespaces into parts, in the order given, each part as large as the budget allows; a namespace larger
     * than the budget is a part of its own (a namespace is never split). There is always at least one part, empty when
     * there is no namespace (a set of cluster-scoped objects only).
     *
     * @param weights each namespace's weight (objects, or bytes), in the order the parts should follow
     * @param budget the most weight a part should hold, at least 1
     * @return the namespaces of each part
     * @throws IllegalArgumentException when the budget is below 1
     */
    public static List<Set<String>> group(Map<String, Long> weights, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a part holds a weight of at least 1, was " + budget);
        }
        List<Set<String>> parts = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        long held = 0;
        for (Map.Entry<String, Long> namespace : weights.entrySet()) {
            if (!current.isEmpty() && held + namespace.getValue() > budget) {
                parts.add(current);
                current = new LinkedHashSet<>();
                held = 0;
            }
            current.add(namespace.getKey());
            held += namespace.getValue();
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
