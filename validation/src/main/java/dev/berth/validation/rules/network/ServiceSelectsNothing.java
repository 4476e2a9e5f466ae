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

/**
 * A Service's selector matches none of the workloads the set runs in its namespace, so it has no endpoints and every
 * connection to it fails. ExternalName Services and Services without a selector (endpoints managed by hand or by a
 * controller) are fine; a set that runs no workload in the namespace is not judged.
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
            if (workloads > 0 && context.references().selected(service).isEmpty()
                    && !context.references().selectsOperatorPods(service)) {
                context.report(service, "spec.selector", "spec.selector "
                        + Network.flow(service.getSpec().getSelector()) + " matches none of "
                        + Network.workloads(workloads, namespace) + ", so the Service has no endpoints");
            }
        }
    }
}
