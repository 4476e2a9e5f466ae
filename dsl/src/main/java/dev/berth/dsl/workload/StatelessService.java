package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A service whose replicas are interchangeable: a Deployment; a Service when it exposes ports; a
 * PodDisruptionBudget from two replicas; spread across nodes; an autoscaler (autoscaling/v2) when asked, and then no
 * {@code replicas} field. Chosen for every profile that does not need stable identity: stateless, static content,
 * shared files, in-memory state, caches.
 *
 * <pre>{@code
 * StatelessService geo = Berth.statelessService("geo")
 *         .image("ghcr.io/acme/geo:1.2.0")
 *         .expose(Ports.http(8080))
 *         .autoscale(2, 10);
 * }</pre>
 */
public final class StatelessService extends ReplicatedService<StatelessService> {

    private Integer minReplicas;
    private Integer maxReplicas;
    private Integer cpuUtilization;
    private String serviceType = "ClusterIP";
    private final List<Consumer<DeploymentBuilder>> customizers = new ArrayList<>();
    private final List<Consumer<ServiceBuilder>> serviceCustomizers = new ArrayList<>();

    StatelessService(String name, StateProfile profile) {
        super(name, profile);
        if (profile.prefersStatefulSet()) {
            throw new IllegalArgumentException("profile " + profile + " of " + name + " needs stable identity: "
                    + "use Berth.statefulService or Berth.service, which choose a StatefulSet");
        }
    }

    /**
     * A stateless service with a profile that does not need stable identity.
     *
     * <pre>{@code
     * StatelessService upload = StatelessService.named("upload", StateProfile.sharedFiles());
     * }</pre>
     *
     * @param name the component's name
     * @param profile the profile; {@code StateProfile.stateless()} when in doubt
     * @return the service
     * @throws IllegalArgumentException when the profile needs stable identity
     */
    public static StatelessService named(String name, StateProfile profile) {
        return new StatelessService(name, profile);
    }

    private StatelessService(StatelessService base) {
        super(base);
        minReplicas = base.minReplicas;
        maxReplicas = base.maxReplicas;
        cpuUtilization = base.cpuUtilization;
        serviceType = base.serviceType;
        customizers.addAll(base.customizers);
        serviceCustomizers.addAll(base.serviceCustomizers);
    }

    /**
     * An independent copy, for variants of a base.
     *
     * <pre>{@code
     * StatelessService big = StatelessService.from(base).replicas(5);
     * }</pre>
     *
     * @param base the base
     * @return the copy
     */
    public static StatelessService from(StatelessService base) {
        return new StatelessService(base);
    }

    /**
     * Storage at {@code /data}: a shared {@code ReadWriteMany} claim named {@code <name>-data} when the profile's
     * data is authoritative (replicas share it), else an {@code emptyDir} limited to this size (the data can be
     * rebuilt, so node-local storage is enough).
     *
     * <pre>{@code
     * Berth.service("upload", StateProfile.sharedFiles()).storage(Quantities.gi(100));
     * }</pre>
     *
     * @param size the size
     * @return this service
     */
    @Override
    public StatelessService storage(io.fabric8.kubernetes.api.model.Quantity size) {
        if (profile.needsPersistentStorage()) {
            return mount("/data", dev.berth.dsl.storage.Volumes.fromClaim(
                    dev.berth.dsl.storage.Claims.shared(name + "-data", size).readWriteMany()));
        }
        return mount("/data", dev.berth.dsl.storage.Volumes.emptyDir(size).named("data"));
    }

    /**
     * Scales with CPU between two bounds through an autoscaler; the Deployment then has no {@code replicas}. The
     * target is the preset's {@code autoscaleCpuUtilization} (70%). See
     * <a href="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/">Horizontal Pod
     * Autoscaling</a>.
     *
     * @param min at least 1
     * @param max at least min
     * @return this service
     * @throws IllegalArgumentException naming the bounds when they are impossible
     */
    public StatelessService autoscale(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("autoscale of " + name + " needs 1 <= min <= max, was min " + min
                    + ", max " + max);
        }
        minReplicas = min;
        maxReplicas = max;
        return this;
    }

    /**
     * The autoscaler's target average CPU utilization, in percent of the request.
     *
     * @param percent 1 to 100
     * @return this service
     */
    public StatelessService targetCpuUtilization(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("target CPU utilization of " + name + " must be in 1..100, was "
                    + percent);
        }
        cpuUtilization = percent;
        return this;
    }

    /**
     * Exposes the Service outside the cluster on every node's port ({@code NodePort}). Default: {@code ClusterIP}.
     * See <a href="https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport">NodePort</a>.
     *
     * @return this service
     */
    public StatelessService exposeOnNodePort() {
        serviceType = "NodePort";
        return this;
    }

    /**
     * Exposes the Service through a cloud load balancer ({@code LoadBalancer}). Default: {@code ClusterIP}. See
     * <a href="https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer">LoadBalancer</a>.
     *
     * @return this service
     */
    public StatelessService exposeOnLoadBalancer() {
        serviceType = "LoadBalancer";
        return this;
    }

    /**
     * Escape hatch: changes the fabric8 Deployment after the DSL has filled it.
     *
     * <pre>{@code
     * service.customize(d -> d.editSpec().withMinReadySeconds(10).endSpec());
     * }</pre>
     *
     * @param customizer what to change
     * @return this service
     */
    public StatelessService customize(Consumer<DeploymentBuilder> customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /**
     * Escape hatch: changes the fabric8 Service after the DSL has filled it.
     *
     * @param customizer what to change
     * @return this service
     */
    public StatelessService customizeService(Consumer<ServiceBuilder> customizer) {
        serviceCustomizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /**
     * Adds the ServiceAccount, the Deployment, its Service, budget and autoscaler.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        ObjectRef ref = ObjectRef.of("Deployment", a.namespace(), name);
        Map<String, String> suppressions = DataSafety.check(this, a, dataPath(), false);
        DataSafety.recordClaims(this, a, ref);
        a.explain(ref, "kind", "Deployment", Origin.PROFILE, profile.state() + "/" + profile.disk() + "/"
                + profile.data() + " does not need stable identity: replicas are interchangeable");
        PodTemplates.addIdentity(this, a);
        boolean autoscaled = maxReplicas != null;
        int count;
        if (autoscaled) {
            count = minReplicas;
            a.explain(ref, "spec.replicas", "(absent)", Origin.USER, "autoscale(" + minReplicas + ", " + maxReplicas
                    + "): the autoscaler owns the replica count");
        } else {
            count = a.choose(ref, "spec.replicas", replicas, a.preset().statelessReplicas(), "statelessReplicas");
        }
        boolean spread = a.preset().spreadAcrossNodes() && (autoscaled ? maxReplicas : count) > 1;
        Map<String, String> selector = a.selector(name);
        Map<String, String> podLabels = a.labels(name, role);
        main.image().flatMap(i -> i.tag()).ifPresent(tag -> podLabels.put("app.kubernetes.io/version", tag));
        var template = PodTemplates.render(this, a, ref, podLabels, PodTemplates.Extras.none()
                .withSpread(spread ? a.preset().statelessSpreadWhenUnsatisfiable() : null));
        DeploymentBuilder d = new DeploymentBuilder()
                .withMetadata(a.metadata(name, podLabels).addToAnnotations(suppressions).build())
                .withNewSpec()
                .withReplicas(autoscaled ? null : count)
                .withNewSelector().withMatchLabels(selector).endSelector()
                .withTemplate(template)
                .endSpec();
        customizers.forEach(c -> c.accept(d));
        Deployment deployment = d.build();
        a.add(deployment);
        if (!main.ports().isEmpty()) {
            List<Consumer<ServiceBuilder>> wiring = new ArrayList<>();
            if (profile.state() == StateProfile.State.STATEFUL) {
                wiring.add(s -> s.editSpec().withSessionAffinity("ClientIP").endSpec());
                a.explain(ObjectRef.of("Service", a.namespace(), name), "spec.sessionAffinity", "ClientIP",
                        Origin.PROFILE, "state kept in memory: a client returns to the replica that holds it");
            }
            wiring.addAll(metricsLabel());
            wiring.addAll(serviceCustomizers);
            Wiring.service(a, name, name, role, selector, main.ports(), serviceType, false, false,
                    "the component exposes ports", wiring);
        }
        int budgetFrom = a.preset().disruptionBudgetFromReplicas();
        if ((autoscaled ? minReplicas : count) >= budgetFrom) {
            Wiring.disruptionBudget(a, name, role, selector, (autoscaled ? minReplicas : count) + " replicas >= "
                    + a.preset().name() + ".disruptionBudgetFromReplicas (" + budgetFrom + ")");
        }
        if (autoscaled) {
            int target = a.choose(ObjectRef.of("HorizontalPodAutoscaler", a.namespace(), name),
                    "spec.metrics[cpu].target.averageUtilization", cpuUtilization,
                    a.preset().autoscaleCpuUtilization(), "autoscaleCpuUtilization");
            a.add(new HorizontalPodAutoscalerBuilder()
                    .withMetadata(a.metadata(name, a.labels(name, role)).build())
                    .withNewSpec()
                    .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(name)
                    .endScaleTargetRef()
                    .withMinReplicas(minReplicas).withMaxReplicas(maxReplicas)
                    .addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget()
                    .withType("Utilization").withAverageUtilization(target).endTarget().endResource().endMetric()
                    .endSpec().build());
        }
        addServiceMonitor(a);
    }
}
