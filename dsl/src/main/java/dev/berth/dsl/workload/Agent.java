package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A per-node agent: a DaemonSet, one pod on every node (log shippers, node exporters). Rolling updates replace one
 * node's pod at a time.
 *
 * <pre>{@code
 * Agent logs = Berth.agent("log-shipper")
 *         .image("fluent/fluent-bit:3.1.9")
 *         .mount("/var/log", Volumes.unsafeHostPath("/var/log"));
 * }</pre>
 */
public final class Agent extends PodComponent<Agent> {

    private final List<Consumer<DaemonSetBuilder>> customizers = new ArrayList<>();

    Agent(String name) {
        super(name, StateProfile.stateless());
    }

    /**
     * A per-node agent.
     *
     * <pre>{@code
     * Agent.named("node-exporter").image("quay.io/prometheus/node-exporter:v1.8.2");
     * }</pre>
     *
     * @param name the component's name
     * @return the agent
     */
    public static Agent named(String name) {
        return new Agent(name);
    }

    /**
     * Node-local scratch space at {@code /data}: an {@code emptyDir} limited to this size.
     *
     * @param size the size limit
     * @return this component
     */
    @Override
    public Agent storage(io.fabric8.kubernetes.api.model.Quantity size) {
        return mount("/data", dev.berth.dsl.storage.Volumes.emptyDir(size).named("data"));
    }

    /**
     * Escape hatch: changes the fabric8 DaemonSet after the DSL has filled it.
     *
     * <pre>{@code
     * agent.customize(d -> d.editSpec().editTemplate().editSpec().addNewToleration().withOperator("Exists")
     *         .endToleration().endSpec().endTemplate().endSpec());
     * }</pre>
     *
     * @param customizer what to change
     * @return this agent
     */
    public Agent customize(Consumer<DaemonSetBuilder> customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /**
     * Adds the ServiceAccount and the DaemonSet.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        ObjectRef ref = ObjectRef.of("DaemonSet", a.namespace(), name);
        a.explain(ref, "kind", "DaemonSet", Origin.USER, "a per-node agent");
        PodTemplates.addIdentity(this, a);
        var labels = a.labels(name, role);
        var template = PodTemplates.render(this, a, ref, labels, PodTemplates.Extras.none());
        DaemonSetBuilder b = new DaemonSetBuilder().withMetadata(a.metadata(name, labels).build())
                .withNewSpec().withNewSelector().withMatchLabels(a.selector(name)).endSelector()
                .withNewUpdateStrategy().withType("RollingUpdate").endUpdateStrategy()
                .withTemplate(template).endSpec();
        customizers.forEach(c -> c.accept(b));
        a.add(b.build());
    }
}
