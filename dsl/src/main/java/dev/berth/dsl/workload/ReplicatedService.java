package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the two service kinds share, so {@code Berth.service(name, profile)}, which picks the kind from the profile at
 * run time, returns a type with {@link #replicas(int)}, {@link #storage(io.fabric8.kubernetes.api.model.Quantity)}
 * and every {@link PodComponent} verb. A kind's own verbs ({@code autoscale} of a {@link StatelessService};
 * {@code pattern}, {@code backup}, {@code claimTemplate} of a {@link StatefulService}) are on the type of that kind:
 * name the kind with {@code Berth.statelessService(name, profile)} or {@code Berth.statefulService(name, profile)}.
 *
 * <pre>{@code
 * ReplicatedService<?> basket = Berth.service("basket", StateProfile.inMemoryState()).image("basket:1.0").replicas(3);
 * }</pre>
 *
 * @param <S> the service's own type, returned by every setter
 */
public abstract sealed class ReplicatedService<S extends ReplicatedService<S>> extends PodComponent<S>
        permits StatelessService, StatefulService {

    /** The label that marks the Services a ServiceMonitor scrapes; its value is the component's name. */
    public static final String METRICS_LABEL = "berth.dev/metrics";
    /** The Prometheus Operator API version of the ServiceMonitor written by {@link #serviceMonitor()}. */
    public static final String SERVICE_MONITOR_API_VERSION = "monitoring.coreos.com/v1";

    private String metricsPort;
    private String metricsPath;
    private boolean serviceMonitor;

    ReplicatedService(String name, StateProfile profile) {
        super(name, profile);
    }

    ReplicatedService(ReplicatedService<?> base) {
        super(base);
        metricsPort = base.metricsPort;
        metricsPath = base.metricsPath;
        serviceMonitor = base.serviceMonitor;
    }

    /**
     * Where the main container serves its metrics: the port is named ({@code metrics}, unless a port of that number
     * is already exposed under another name) and exposed on the component's Services, so a scraper can address it by
     * name. Default: no metrics port.
     *
     * <pre>{@code
     * Berth.statelessService("api").image("ghcr.io/acme/api:2.4.1").expose(Ports.http(8080))
     *         .metrics(9090, "/metrics").serviceMonitor();
     * }</pre>
     *
     * @param port the port number, 1 to 65535
     * @param path the HTTP path, absolute
     * @return this service
     * @throws IllegalArgumentException naming the value when the port or path is impossible
     */
    public S metrics(int port, String path) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("metrics port of " + name + " must be 1 to 65535, was " + port);
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("metrics path of " + name + " must be absolute, was " + path);
        }
        metricsPort = main.ports().stream().filter(p -> p.number() == port).map(Port::name).findFirst()
                .orElse(null);
        if (metricsPort == null) {
            main.ports(Port.of("metrics", port));
            metricsPort = "metrics";
        }
        metricsPath = path;
        return self();
    }

    /**
     * Also writes a Prometheus Operator {@code ServiceMonitor} ({@code monitoring.coreos.com/v1}, kept as a generic
     * custom resource: no extra dependency) named like the component, scraping the {@link #metrics(int, String)}
     * port and path on the component's client Services (labelled {@value #METRICS_LABEL}: the component's name; the
     * headless Service of a StatefulSet is not scraped, so no pod is scraped twice). The cluster needs the Prometheus
     * Operator's CRDs, and a Prometheus whose {@code serviceMonitorSelector} selects it. Default: no ServiceMonitor.
     * See <a href="https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.ServiceMonitor">ServiceMonitor</a>.
     *
     * <pre>{@code
     * api.metrics(9090, "/metrics").serviceMonitor();
     * }</pre>
     *
     * @return this service
     */
    public S serviceMonitor() {
        serviceMonitor = true;
        return self();
    }

    /** The customizer that labels a client Service for the ServiceMonitor, none when no ServiceMonitor is asked. */
    List<Consumer<ServiceBuilder>> metricsLabel() {
        return serviceMonitor ? List.of(b -> b.editMetadata().addToLabels(METRICS_LABEL, name).endMetadata())
                : List.of();
    }

    /**
     * Adds the ServiceMonitor when asked.
     *
     * @throws IllegalArgumentException when it was asked without {@link #metrics(int, String)}
     */
    void addServiceMonitor(Assembly a) {
        if (!serviceMonitor) {
            return;
        }
        if (metricsPort == null) {
            throw new IllegalArgumentException(name + " asks for a ServiceMonitor but names no metrics port: call "
                    + "metrics(port, \"/metrics\") first");
        }
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put(METRICS_LABEL, name);
        selector.put("app.kubernetes.io/instance", a.application());
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("port", metricsPort);
        endpoint.put("path", metricsPath);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", Map.of("matchLabels", selector));
        spec.put("endpoints", List.of(endpoint));
        a.add(new GenericKubernetesResourceBuilder().withApiVersion(SERVICE_MONITOR_API_VERSION)
                .withKind("ServiceMonitor").withMetadata(a.metadata(name, a.labels(name, role)).build())
                .addToAdditionalProperties("spec", spec).build());
        a.explain(ObjectRef.of("ServiceMonitor", a.namespace(), name), "spec.endpoints[0]",
                metricsPort + " " + metricsPath, Origin.USER, "metrics(...).serviceMonitor() of " + name);
    }

    /**
     * The number of replicas. Default: the preset's {@code statelessReplicas} (2 in production) for a Deployment,
     * its {@code statefulReplicas} (1) for a single-primary StatefulSet; rings and read replicas take their counts
     * from the {@link StatefulPattern}. See
     * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/deployment/">Deployments</a> and
     * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/">StatefulSets</a>.
     *
     * <pre>{@code
     * Berth.service("basket", StateProfile.inMemoryState()).replicas(3);
     * }</pre>
     *
     * @param value 0 or more
     * @return this service
     * @throws IllegalArgumentException for a negative value
     */
    public S replicas(int value) {
        replicas = requireReplicas(name, value);
        return self();
    }
}
