package dev.berth.validation.rules.storage;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.Map;
import java.util.Set;

/**
 * A StatefulSet's {@code spec.serviceName} must name a headless Service ({@code clusterIP: None}) in its namespace whose
 * selector matches its pods: only then does each pod get its stable DNS name ({@code db-0.db.shop.svc}), which
 * replicas use to find each other. A serviceName whose Service is not in the set is reported only when the set defines
 * Services in that namespace: a set without any is taken to deploy its Services elsewhere.
 */
public final class StatefulSetHeadlessService extends Rule {

    /** Creates the rule. */
    public StatefulSetHeadlessService() {
        super(RuleInfo.id("statefulset-headless-service")
                .summary("A StatefulSet's serviceName does not name a headless Service that selects its pods")
                .severity(Severity.MEDIUM).category(Category.STORAGE).kinds("StatefulSet")
                .remediation("Point spec.serviceName at a Service in the same namespace with clusterIP: None whose "
                        + "selector matches the pod labels.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Set<String> namespacesWithServices = SetTables.namespacesWithServices(context);
        for (Workload workload : context.workloads()) {
            StatefulSet set = (StatefulSet) workload.owner();
            String name = set.getSpec().getServiceName();
            String namespace = workload.namespace();
            if (name == null || name.isEmpty()) {
                context.report(set, "spec.serviceName", "spec.serviceName is not set, so its pods get no stable "
                        + "DNS names");
                continue;
            }
            String names = "spec.serviceName \"" + name + "\" names Service " + namespace + "/" + name;
            Service service = context.references().governingService(set).orElse(null);
            if (service == null) {
                if (namespacesWithServices.contains(namespace)) {
                    context.report(set, "spec.serviceName", names + ", which is not in the set");
                }
                continue;
            }
            String clusterIp = service.getSpec() == null ? null : service.getSpec().getClusterIP();
            Map<String, String> selector = service.getSpec() == null ? null : service.getSpec().getSelector();
            if (!"None".equals(clusterIp)) {
                context.report(set, "spec.serviceName", names + ", which has " + notHeadless(service)
                        + " (not headless)");
            } else if (selector == null || selector.isEmpty()) {
                context.report(set, "spec.serviceName", names + ", which has no selector, so no DNS records are "
                        + "made for the pods");
            } else if (!selector.entrySet().stream().allMatch(e -> e.getValue().equals(
                    workload.podLabels().get(e.getKey())))) {
                context.report(set, "spec.serviceName", names + ", whose selector " + selector
                        + " does not match the pod labels " + workload.podLabels());
            }
        }
    }

    private static String notHeadless(Service service) {
        String type = service.getSpec() == null || service.getSpec().getType() == null ? "ClusterIP"
                : service.getSpec().getType();
        String clusterIp = service.getSpec() == null ? null : service.getSpec().getClusterIP();
        if (clusterIp != null && !clusterIp.isEmpty()) {
            return "clusterIP " + clusterIp;
        }
        return type.equals("ExternalName") ? "type ExternalName" : "type " + type + " and no clusterIP: None";
    }
}
