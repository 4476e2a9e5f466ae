package dev.berth.validation.rules.network;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;

/**
 * A Service of type LoadBalancer asks the cloud for an external load balancer: a public address (unless annotated
 * internal) and a bill. Informational: it is often intended, and the finding says whether
 * {@code loadBalancerSourceRanges} limits who can connect.
 */
public final class ServiceLoadBalancer extends Rule {

    /** Creates the rule. */
    public ServiceLoadBalancer() {
        super(RuleInfo.id("service-load-balancer")
                .summary("A Service asks for an external load balancer")
                .severity(Severity.INFO).category(Category.NETWORK).kinds("Service")
                .remediation("Share one Ingress or Gateway between Services, or set loadBalancerSourceRanges to the "
                        + "clients that need the Service.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Service service : context.all(Service.class)) {
            if (service.getSpec() == null || !"LoadBalancer".equals(service.getSpec().getType())) {
                continue;
            }
            List<String> ranges = service.getSpec().getLoadBalancerSourceRanges();
            context.report(service, "spec.type", "type LoadBalancer provisions an external load balancer, "
                    + (ranges == null || ranges.isEmpty() ? "open to any source address"
                            : "limited to " + "[" + String.join(", ", ranges) + "]"));
        }
    }
}
