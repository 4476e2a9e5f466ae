package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Map;
import java.util.Optional;

/**
 * A Service's selector matches none of the workloads the set runs in its namespace, so it has no endpoints and every
 * connection to it fails. ExternalName Services and Services without a selector (endpoints managed by hand or by a
 * controller) are fine. A Service selects pods of its own namespace only: when the set runs no workload in its
 * namespace, it is judged only if pods of another namespace match it (the namespace is then the likely mistake, and
 * the finding names that workload), with or without {@code --complete}; otherwise its pods may run elsewhere in the
 * cluster. When workloads of its namespace do not match but another namespace's do, the finding names that one too.
 *
 * <p>Pods an operator makes from a custom resource of the set, and the static control-plane pods of {@code kube-system},
 * are selected too: see {@link dev.berth.core.References#selectsOperatorPods}.
 */
public final class ServiceSelectsNothing extends Rule {

    /** Creates the rule. */
    public ServiceSelectsNothing() {
        super(RuleInfo.id("service-selects-nothing")
                .summary("A Service selects none of the pods in its namespace")
                .severity(Severity.MEDIUM).category(Category.NETWORK).kinds("Service")
                .remediation("Make spec.selector match the pod template labels of the workload the Service fronts, "
                        + "and put the Service in that workload's namespace.")
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
            if (!context.references().selected(service).isEmpty()
                    || context.references().selectsOperatorPods(service)) {
                continue;
            }
            int workloads = counts.getOrDefault(namespace, 0);
            Optional<ObjectRef> elsewhere = context.podLabels().elsewhere(namespace, service.getSpec().getSelector());
            String selector = "spec.selector " + Network.flow(service.getSpec().getSelector());
            if (workloads > 0) {
                context.report(service, "spec.selector", selector + " matches none of "
                        + Network.workloads(workloads, namespace) + ", so the Service has no endpoints"
                        + elsewhere.map(w -> "; the pods of " + w + " match it, but a Service selects pods of its "
                                + "own namespace only").orElse(""));
            } else if (elsewhere.isPresent()) {
                context.report(service, "spec.selector", selector + " matches no pod of namespace " + namespace
                        + ": the pods of " + elsewhere.get() + " match it, but a Service selects pods of its own "
                        + "namespace only, so the Service has no endpoints");
            }
        }
    }
}
