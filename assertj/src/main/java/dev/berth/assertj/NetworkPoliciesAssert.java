package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on the manifest's NetworkPolicies as a whole. For who may reach whom, use
 * {@link ManifestAssert#allowsTraffic()}.
 *
 * <pre>{@code
 * assertThat(shop).networkPolicies().isNotEmpty().isolateEveryWorkload();
 * }</pre>
 */
public class NetworkPoliciesAssert extends AbstractBerthAssert<NetworkPoliciesAssert, Manifest> {

    /**
     * Use {@link ManifestAssert#networkPolicies()}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the manifest
     */
    public NetworkPoliciesAssert(Manifest actual) {
        super(actual, NetworkPoliciesAssert.class);
    }

    /**
     * Checks that the manifest holds at least one NetworkPolicy.
     *
     * <pre>{@code
     * assertThat(shop).networkPolicies().isNotEmpty();      // passes: six policies
     * assertThat(zookeeper).networkPolicies().isNotEmpty(); // fails:
     * // Expecting the manifest to hold NetworkPolicies, but found none
     * }</pre>
     *
     * @return this assertion
     */
    public NetworkPoliciesAssert isNotEmpty() {
        isNotNull();
        if (actual.all(NetworkPolicy.class).isEmpty()) {
            failWith(NetworkMessages.shouldHoldPolicies());
        }
        return myself;
    }

    /**
     * Checks that every workload's pods are isolated for ingress: a NetworkPolicy with {@code Ingress} in its types
     * selects them, so that only what a rule admits reaches them (a default deny does it for a whole namespace).
     *
     * <pre>{@code
     * assertThat(shop).networkPolicies().isolateEveryWorkload(); // passes: default-deny selects every pod
     * assertThat(zookeeper).networkPolicies().isolateEveryWorkload(); // fails:
     * // Expecting every workload to be isolated for ingress by a NetworkPolicy, but found 1 selected by none with
     * // Ingress in policyTypes: StatefulSet default/zk
     * }</pre>
     *
     * @return this assertion
     */
    public NetworkPoliciesAssert isolateEveryWorkload() {
        isNotNull();
        Reachability reachability = new Reachability(actual);
        List<String> open = new ArrayList<>();
        for (Workload workload : actual.workloads()) {
            if (reachability.isolatingPolicies(workload, "Ingress").isEmpty()) {
                open.add(workload.ref().toString());
            }
        }
        if (!open.isEmpty()) {
            failWith(NetworkMessages.shouldIsolateEveryWorkload(open));
        }
        return myself;
    }
}
