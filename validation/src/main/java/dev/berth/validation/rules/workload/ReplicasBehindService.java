package dev.berth.validation.rules.workload;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A Deployment or StatefulSet that a Service sends traffic to should run at least two replicas, so that a rollout,
 * an eviction or a node failure does not take the Service down. {@code spec.replicas} left out means one. A workload
 * an autoscaler scales is judged by {@code autoscaler-min-replicas} instead, and one scaled to zero is parked. A
 * StatefulSet of exactly one replica is the single-primary pattern: a second replica needs replication the
 * application must provide, so it is no finding here.
 */
public final class ReplicasBehindService extends Rule {

    /** The fewest replicas a workload behind a Service should run. Default: 2. */
    public static final Parameter<Integer> MIN_REPLICAS = Parameter.of("minReplicas", Integer.class, 2,
            "Fewest replicas a workload behind a Service should run");

    /** Creates the rule. */
    public ReplicasBehindService() {
        super(RuleInfo.id("replicas-behind-service")
                .summary("A workload behind a Service runs too few replicas to stay available")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Deployment", "StatefulSet")
                .remediation("Set spec.replicas to at least 2, or let a HorizontalPodAutoscaler with minReplicas "
                        + ">= 2 scale the workload.")
                .parameters(MIN_REPLICAS)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        int min = context.parameter(MIN_REPLICAS);
        Set<HasMetadata> autoscaled = context.once("autoscaled-workloads", manifest -> {
            Set<HasMetadata> owners = Collections.newSetFromMap(new IdentityHashMap<>());
            for (HasMetadata hpa : manifest.ofKind("HorizontalPodAutoscaler")) {
                manifest.references().scaleTarget(hpa).ifPresent(w -> owners.add(w.owner()));
            }
            return owners;
        });
        for (Workload w : context.workloads()) {
            List<Service> services = context.references().servicesSelecting(w);
            int replicas = w.replicas().orElse(1);
            boolean singlePrimary = replicas == 1 && "StatefulSet".equals(w.kind());
            if (services.isEmpty() || autoscaled.contains(w.owner()) || replicas == 0 || replicas >= min
                    || singlePrimary) {
                continue;
            }
            String declared = w.replicas().isPresent() ? "spec.replicas is " + replicas
                    : "spec.replicas is unset (1)";
            context.report(w.owner(), "spec.replicas", declared + " but Service " + services.get(0).getMetadata()
                    .getName() + " sends traffic to it; with fewer than " + min + " replicas a single restart "
                    + "or eviction leaves the Service with no endpoint");
        }
    }
}
