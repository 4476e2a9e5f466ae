package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Service's selector matches none of the workloads the set runs in its namespace, so it has no endpoints and every
 * connection to it fails. ExternalName Services and Services without a selector (endpoints managed by hand or by a
 * controller) are fine; a set that runs no workload in the namespace is not judged, unless the selector matches pods
 * in another namespace: a Service selects in its own namespace only, so it still has no endpoints. Only namespaces
 * written on both the Service and the workload count there: an object that writes none goes where it is applied.
 * The rule takes no {@code complete} parameter: the same with and without the CLI's {@code --complete}.
 *
 * <p>Pods an operator makes from a custom resource of the set, and the static control-plane pods of {@code kube-system},
 * are selected too: see {@link dev.berth.core.References#selectsOperatorPods}.
 */
public final class ServiceSelectsNothing extends Rule {

    /** At most this many workloads of other namespaces are named. */
    private static final int NAMED = 3;

    /** Creates the rule. */
    public ServiceSelectsNothing() {
        super(RuleInfo.id("service-selects-nothing")
                .summary("A Service selects none of the pods in its namespace")
                .severity(Severity.MEDIUM).category(Category.NETWORK).kinds("Service")
                .remediation("Make spec.selector match the pod template labels of the workload the Service fronts.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<String, Integer> counts = SetTables.workloadsPerNamespace(context);
        for (Service service : context.all(Service.class)) {
            if (service.getSpec() == null || "ExternalName".equals(service.getSpec().getType())
                    || service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty()) {
                continue;
            }
            String namespace = ObjectRef.of(service).namespace();
            int workloads = counts.getOrDefault(namespace, 0);
            if (workloads == 0 && !written(service) || !context.references().selected(service).isEmpty()
                    || context.references().selectsOperatorPods(service)) {
                continue;
            }
            List<String> elsewhere = elsewhere(context, service, counts.keySet());
            if (workloads == 0 && elsewhere.isEmpty()) {
                continue;
            }
            String selector = "spec.selector " + Network.flow(service.getSpec().getSelector());
            String here = workloads > 0 ? " matches none of " + Network.workloads(workloads, namespace)
                    : " matches no pod the set runs in namespace " + namespace;
            context.report(service, "spec.selector", selector + here + (elsewhere.isEmpty()
                    ? ", so the Service has no endpoints"
                    : ", only those of " + String.join(", ", elsewhere) + "; a Service selects pods in its own "
                            + "namespace only, so it has no endpoints"));
        }
    }

    /**
     * @return the workloads of other namespaces the selector matches ({@code Deployment web/api}), at most
     *         {@value #NAMED} and then how many more; none when the Service writes no namespace
     */
    private static List<String> elsewhere(RuleContext context, Service service, Set<String> namespaces) {
        List<String> found = new ArrayList<>();
        if (!written(service)) {
            return found;
        }
        String own = ObjectRef.of(service).namespace();
        int more = 0;
        for (String namespace : new TreeSet<>(namespaces)) {
            if (namespace.equals(own)) {
                continue;
            }
            for (Workload w : context.manifest().workloadsSelectedBy(namespace, service.getSpec().getSelector())) {
                if (!written(w.owner())) {
                    continue;
                }
                if (found.size() < NAMED) {
                    found.add(w.ref().toString());
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            found.add(more + " more");
        }
        return found;
    }

    private static boolean written(HasMetadata object) {
        return object.getMetadata() != null && object.getMetadata().getNamespace() != null
                && !object.getMetadata().getNamespace().isBlank();
    }
}
