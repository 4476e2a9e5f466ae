package dev.berth.validation.rules.network;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service of type NodePort opens a port on every node of the cluster, reachable by whatever can reach the nodes,
 * and bypasses the Ingress or load balancer that would otherwise front it. Informational: sometimes it is the point.
 */
public final class ServiceNodePort extends Rule {

    /** Creates the rule. */
    public ServiceNodePort() {
        super(RuleInfo.id("service-node-port")
                .summary("A Service opens a port on every node")
                .severity(Severity.INFO).category(Category.NETWORK).kinds("Service")
                .remediation("Use a ClusterIP Service behind an Ingress or a LoadBalancer unless node ports are "
                        + "intended.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Service service : context.all(Service.class)) {
            if (service.getSpec() == null || !"NodePort".equals(service.getSpec().getType())) {
                continue;
            }
            List<String> ports = new ArrayList<>();
            for (ServicePort port : service.getSpec().getPorts() == null ? List.<ServicePort>of()
                    : service.getSpec().getPorts()) {
                ports.add(port.getNodePort() == null ? "port " + port.getPort() + " (node port chosen by the cluster)"
                        : "port " + port.getPort() + " as node port " + port.getNodePort());
            }
            context.report(service, "spec.type", "type NodePort exposes " + (ports.isEmpty() ? "its ports"
                    : String.join(", ", ports)) + " on every node");
        }
    }
}
