package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a Deployment: its autoscaler range, the Service exposing it, and what every workload has (replicas,
 * budget, spread, claims, containers, ServiceAccount).
 *
 * <pre>{@code
 * assertThat(shop).deployment("web")
 *         .hasReplicas(2)
 *         .isExposedOnPort(3000)
 *         .hasDisruptionBudget()
 *         .isSpreadAcrossNodes();
 * }</pre>
 */
public class DeploymentAssert extends AbstractWorkloadAssert<DeploymentAssert, Deployment> {

    /**
     * Use {@link ManifestAssert#deployment(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the Deployment
     */
    public DeploymentAssert(Deployment actual) {
        super(actual, DeploymentAssert.class);
    }

    /**
     * Checks that a HorizontalPodAutoscaler (any version) targets the Deployment with that replica range; an unset
     * {@code minReplicas} counts as Kubernetes' default, 1.
     *
     * <pre>{@code
     * assertThat(converter).deployment("geo").isAutoscaledBetween(2, 10); // passes with an HPA from 2 to 10
     * assertThat(shop).deployment("web").isAutoscaledBetween(2, 10);      // fails:
     * // Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler from 2 to 10 replicas, but found
     * // no HorizontalPodAutoscaler targeting it
     * }</pre>
     *
     * @param min the expected {@code minReplicas}
     * @param max the expected {@code maxReplicas}
     * @return this assertion
     */
    public DeploymentAssert isAutoscaledBetween(int min, int max) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        for (HasMetadata autoscaler : manifest.ofKind("HorizontalPodAutoscaler")) {
            Optional<Workload> target = manifest.references().scaleTarget(autoscaler);
            if (target.isEmpty() || target.get().owner() != actual) {
                continue;
            }
            Autoscalers view = Autoscalers.of(autoscaler);
            int foundMin = view.min() == null ? 1 : view.min();
            int foundMax = view.max() == null ? 0 : view.max();
            if (foundMin == min && foundMax == max) {
                return myself;
            }
            found.add(ObjectRef.of(autoscaler) + " from " + foundMin + " to " + foundMax);
        }
        failWith(WorkloadMessages.shouldBeAutoscaled(ref(), min, max,
                found.isEmpty() ? "no HorizontalPodAutoscaler targeting it" : String.join(", ", found)));
        return myself;
    }

    /**
     * Checks that a Service of the manifest selects the Deployment's pods and offers the port ({@code spec.ports[].port},
     * the port clients connect to).
     *
     * <pre>{@code
     * assertThat(shop).deployment("web").isExposedOnPort(3000); // passes: Service shop/web, port 3000
     * assertThat(shop).deployment("web").isExposedOnPort(80);   // fails:
     * // Expecting Deployment shop/web to be exposed by a Service on port 80, but found Service shop/web on port 3000
     * }</pre>
     *
     * @param port the Service port
     * @return this assertion
     */
    public DeploymentAssert isExposedOnPort(int port) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        for (Service service : manifest.references().servicesSelecting(workload())) {
            List<ServicePort> ports = service.getSpec() == null || service.getSpec().getPorts() == null ? List.of()
                    : service.getSpec().getPorts();
            if (ports.stream().anyMatch(p -> p.getPort() != null && p.getPort() == port)) {
                return myself;
            }
            found.add(ObjectRef.of(service) + (ports.isEmpty() ? " with no ports" : " on port "
                    + String.join(", ", ports.stream().map(p -> String.valueOf(p.getPort())).toList())));
        }
        failWith(WorkloadMessages.shouldBeExposedOnPort(ref(), port,
                found.isEmpty() ? "no Service selecting its pods" : String.join("; ", found)));
        return myself;
    }
}
