package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * A check that the manifest's NetworkPolicies allow (or deny) traffic from one component to another on a port,
 * started by {@link ManifestAssert#allowsTraffic()} or {@link ManifestAssert#doesNotAllowTraffic()} and run by
 * {@link #on(int)}. Both ends count: the source's egress policies and the destination's ingress policies.
 *
 * <p>A component is a workload of the manifest (Deployment, StatefulSet, DaemonSet, Job, CronJob, ...) named by its
 * own name, or else by its pods' {@code app.kubernetes.io/name} label; write {@code namespace/name} when several
 * namespaces hold the name. The port is the one the destination's pods listen on (a {@code containerPort}), since
 * NetworkPolicies judge pod-to-pod traffic after a Service has translated its port.
 *
 * <pre>{@code
 * assertThat(shop).allowsTraffic().from("api").to("db").on(5432);
 * assertThat(shop).doesNotAllowTraffic().from("web").to("db").on(5432);
 * assertThat(shop).allowsTraffic().fromAnywhere().to("web").on(3000);
 * }</pre>
 */
public class TrafficAssert extends AbstractBerthAssert<TrafficAssert, Manifest> {

    /** True for {@code allowsTraffic()}, false for {@code doesNotAllowTraffic()}. */
    boolean allowed = true;
    private String from;
    private boolean anywhere;
    private String to;

    /**
     * Use {@link ManifestAssert#allowsTraffic()}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the manifest
     */
    public TrafficAssert(Manifest actual) {
        super(actual, TrafficAssert.class);
    }

    /**
     * Names the component the traffic comes from.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432);
     * }</pre>
     *
     * @param component the workload's name, or {@code namespace/name}
     * @return this check
     */
    public TrafficAssert from(String component) {
        this.from = component;
        this.anywhere = false;
        return myself;
    }

    /**
     * Makes the traffic come from anywhere, inside the cluster or outside it: only the destination's ingress side is
     * judged, and a rule admits "anywhere" when it has no peers, or an {@code ipBlock} of {@code 0.0.0.0/0}
     * (or {@code ::/0}) without exceptions.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().fromAnywhere().to("web").on(3000);       // passes
     * assertThat(shop).doesNotAllowTraffic().fromAnywhere().to("db").on(5432);  // passes
     * }</pre>
     *
     * @return this check
     */
    public TrafficAssert fromAnywhere() {
        this.from = null;
        this.anywhere = true;
        return myself;
    }

    /**
     * Names the component the traffic goes to.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432);
     * }</pre>
     *
     * @param component the workload's name, or {@code namespace/name}
     * @return this check
     */
    public TrafficAssert to(String component) {
        this.to = component;
        return myself;
    }

    /**
     * Runs the check for TCP traffic on the destination pods' port.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432); // passes: db-ingress admits api
     * assertThat(shop).allowsTraffic().from("web").to("db").on(5432); // fails:
     * // Expecting traffic from Deployment shop/web to StatefulSet shop/db on port 5432 to be allowed, but
     * // ingress to StatefulSet shop/db is isolated by NetworkPolicy shop/db-ingress, shop/default-deny, whose rules
     * // do not admit it; and egress from Deployment shop/web is isolated by NetworkPolicy shop/default-deny,
     * // shop/web-egress, whose rules do not admit it
     * }</pre>
     *
     * @param port the port the destination's pods listen on
     * @return this check
     */
    public TrafficAssert on(int port) {
        return on(port, "TCP");
    }

    /**
     * Runs the check for traffic of a protocol on the destination pods' port.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432, "TCP"); // passes
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432, "UDP"); // fails:
     * // Expecting traffic from Deployment shop/api to StatefulSet shop/db on port 5432/UDP to be allowed, but ...
     * }</pre>
     *
     * @param port the port the destination's pods listen on
     * @param protocol {@code TCP}, {@code UDP} or {@code SCTP}
     * @return this check
     */
    public TrafficAssert on(int port, String protocol) {
        if (from == null && !anywhere || to == null) {
            throw new IllegalStateException("name both ends before on(port): allowsTraffic().from(\"api\")"
                    + ".to(\"db\").on(5432), or fromAnywhere() for the source");
        }
        isNotNull();
        Workload target = resolve(to);
        Workload source = anywhere ? null : resolve(from);
        if (target == null || !anywhere && source == null) {
            return myself;
        }
        Reachability reachability = new Reachability(actual);
        Reachability.Side ingress = reachability.ingress(source, target, port, protocol);
        Reachability.Side egress = anywhere ? new Reachability.Side(List.of(), java.util.Optional.empty())
                : reachability.egress(source, target, port, protocol);
        String traffic = (anywhere ? "anywhere" : source.ref().toString()) + " to " + target.ref() + " on port "
                + port + ("TCP".equalsIgnoreCase(protocol) ? "" : "/" + protocol.toUpperCase(java.util.Locale.ROOT));
        boolean flows = ingress.allows() && egress.allows();
        if (allowed && !flows) {
            List<String> reasons = new ArrayList<>();
            if (!ingress.allows()) {
                reasons.add(NetworkMessages.isolated("ingress to " + target.ref(), ingress.isolating()));
            }
            if (!egress.allows()) {
                reasons.add(NetworkMessages.isolated("egress from " + source.ref(), egress.isolating()));
            }
            failWith(NetworkMessages.shouldAllow(traffic, String.join("; and ", reasons)));
        } else if (!allowed && flows) {
            List<String> reasons = new ArrayList<>();
            reasons.add(NetworkMessages.admitted("ingress to " + target.ref(), ingress));
            if (!anywhere) {
                reasons.add(NetworkMessages.admitted("egress from " + source.ref(), egress));
            }
            failWith(NetworkMessages.shouldDeny(traffic, String.join("; and ", reasons)));
        }
        return myself;
    }

    /** Finds the component, or fails (softly: then returns null) naming what the manifest holds. */
    private Workload resolve(String component) {
        int slash = component.indexOf('/');
        String namespace = slash < 0 ? null : component.substring(0, slash);
        String name = component.substring(slash + 1);
        List<Workload> found = matching(namespace, name, false);
        if (found.isEmpty()) {
            found = matching(namespace, name, true);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        List<String> refs = (found.isEmpty() ? actual.workloads() : found).stream().map(Workload::ref)
                .map(ObjectRef::toString).sorted().toList();
        String message = found.isEmpty() ? NetworkMessages.noComponent(component, refs)
                : NetworkMessages.ambiguousComponent(component, refs);
        if (soft == null) {
            failWith(message);
        }
        soft.collectAssertionError(new AssertionError(message));
        return null;
    }

    private List<Workload> matching(String namespace, String name, boolean byLabel) {
        return actual.workloads().stream()
                .filter(w -> namespace == null || w.namespace().equals(namespace))
                .filter(w -> byLabel ? name.equals(w.podLabels().get("app.kubernetes.io/name")) : w.name().equals(name))
                .toList();
    }
}
