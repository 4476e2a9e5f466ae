package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;

/**
 * Assertions on a Service: headless or not, the ports it offers, the workloads it selects.
 *
 * <pre>{@code
 * assertThat(shop).service("db-headless").isHeadless().hasPort(5432).selects("db");
 * }</pre>
 */
public class ServiceAssert extends AbstractBerthAssert<ServiceAssert, Service> {

    /**
     * Use {@link ManifestAssert#service(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the Service
     */
    public ServiceAssert(Service actual) {
        super(actual, ServiceAssert.class);
    }

    /**
     * Checks {@code spec.clusterIP: None}: DNS answers with the pods' own addresses.
     *
     * <pre>{@code
     * assertThat(shop).service("db-headless").isHeadless(); // passes
     * assertThat(shop).service("db").isHeadless();          // fails:
     * // Expecting Service shop/db at spec.clusterIP to be None, but found none (the cluster assigns one)
     * }</pre>
     *
     * @return this assertion
     */
    public ServiceAssert isHeadless() {
        if (skipped()) {
            return myself;
        }
        String clusterIp = actual.getSpec() == null ? null : actual.getSpec().getClusterIP();
        if (!"None".equals(clusterIp)) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.clusterIP", "be None",
                    clusterIp == null || clusterIp.isEmpty() ? "none (the cluster assigns one)" : clusterIp));
        }
        return myself;
    }

    /**
     * Checks that {@code spec.ports} offers the port (the port clients connect to).
     *
     * <pre>{@code
     * assertThat(shop).service("api").hasPort(8080); // passes
     * assertThat(shop).service("api").hasPort(80);   // fails:
     * // Expecting Service shop/api at spec.ports to offer port 80, but found 8080
     * }</pre>
     *
     * @param port the port
     * @return this assertion
     */
    public ServiceAssert hasPort(int port) {
        if (skipped()) {
            return myself;
        }
        List<ServicePort> ports = actual.getSpec() == null || actual.getSpec().getPorts() == null ? List.of()
                : actual.getSpec().getPorts();
        if (ports.stream().noneMatch(p -> p.getPort() != null && p.getPort() == port)) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.ports", "offer port " + port,
                    ports.isEmpty() ? "none"
                            : String.join(", ", ports.stream().map(p -> String.valueOf(p.getPort())).toList())));
        }
        return myself;
    }

    /**
     * Checks that {@code spec.selector} selects the pods of the named workload of the manifest.
     *
     * <pre>{@code
     * assertThat(shop).service("db-headless").selects("db"); // passes
     * assertThat(shop).service("db-headless").selects("api"); // fails:
     * // Expecting Service shop/db-headless at spec.selector to select the pods of api, but found StatefulSet shop/db
     * }</pre>
     *
     * @param workload the workload's name
     * @return this assertion
     */
    public ServiceAssert selects(String workload) {
        if (skipped()) {
            return myself;
        }
        List<String> selected = manifest.references().selected(actual).stream().map(w -> w.ref().toString())
                .toList();
        if (manifest.references().selected(actual).stream().noneMatch(w -> w.name().equals(workload))) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.selector", "select the pods of "
                    + workload, selected.isEmpty() ? "no workload of the manifest" : String.join(", ", selected)));
        }
        return myself;
    }
}
