package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Services and disruption budgets, wired to a component's labels and named ports. */
final class Wiring {

    private Wiring() {
    }

    /**
     * A Service over pods.
     *
     * @param headless whether {@code clusterIP: None}
     * @param publishNotReady whether not-ready pods get DNS records (peers that must find each other to get ready)
     */
    static Service service(Assembly a, String name, String component, String role, Map<String, String> selector,
            List<Port> ports, String type, boolean headless, boolean publishNotReady, String why,
            List<Consumer<ServiceBuilder>> customizers) {
        List<io.fabric8.kubernetes.api.model.ServicePort> servicePorts = new java.util.ArrayList<>(ports.size());
        for (Port p : ports) {
            servicePorts.add(new ServicePortBuilder().withName(p.name()).withPort(p.number())
                    .withTargetPort(new IntOrString(p.name())).withProtocol(p.protocol()).build());
        }
        ServiceBuilder b = new ServiceBuilder()
                .withMetadata(a.metadata(name, a.labels(component, role)).build())
                .withNewSpec()
                .withType(headless ? null : type)
                .withClusterIP(headless ? "None" : null)
                .withPublishNotReadyAddresses(publishNotReady ? Boolean.TRUE : null)
                .withSelector(selector)
                .withPorts(servicePorts)
                .endSpec();
        customizers.forEach(c -> c.accept(b));
        Service s = b.build();
        ObjectRef ref = ObjectRef.of(s);
        a.explain(ref, "kind", "Service", Origin.PROFILE, why);
        if (publishNotReady) {
            a.explain(ref, "spec.publishNotReadyAddresses", true, Origin.PROFILE,
                    "peers must resolve each other before they are ready");
        }
        a.add(s);
        return s;
    }

    static void disruptionBudget(Assembly a, String name, String role, Map<String, String> selector, String why) {
        var pdb = new PodDisruptionBudgetBuilder()
                .withMetadata(a.metadata(name, a.labels(name, role)).build())
                .withNewSpec().withMaxUnavailable(new IntOrString(1))
                .withNewSelector().withMatchLabels(selector).endSelector().endSpec().build();
        a.explain(ObjectRef.of(pdb), "spec.maxUnavailable", 1, Origin.PROFILE, why);
        a.add(pdb);
    }
}
