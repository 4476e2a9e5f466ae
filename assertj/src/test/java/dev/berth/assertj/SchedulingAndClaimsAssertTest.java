package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.routing;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: "Typed assertions for what a user had to fetch with fabric8 getters: ... claim storage class, pod
 * management policy, anti-affinity, env values, absence of claims, Ingress/HTTPRoute routing."
 */
class SchedulingAndClaimsAssertTest {

    @Test
    void required_and_preferred_anti_affinity_are_checked_on_their_topology_key() {
        // GIVEN geo: required anti-affinity across zones, preferred across nodes, both selecting its own pods
        assertThat(routing()).deployment("geo")
                .hasRequiredAntiAffinityOn("topology.kubernetes.io/zone")
                .hasPreferredAntiAffinityOn("kubernetes.io/hostname");
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo")
                .hasRequiredAntiAffinityOn("kubernetes.io/hostname"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.affinity.podAntiAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution to hold a term on kubernetes.io/hostname "
                        + "that selects its own pods, but found a term on topology.kubernetes.io/zone");
    }

    @Test
    void an_anti_affinity_term_that_misses_its_own_pods_or_none_at_all_fails() {
        // GIVEN the legacy db, whose required term selects app=database while its pods are app=db
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db")
                .hasRequiredAntiAffinityOn("kubernetes.io/hostname"))
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.affinity.podAntiAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution to hold a term on kubernetes.io/hostname "
                        + "that selects its own pods, but found a term on kubernetes.io/hostname whose labelSelector "
                        + "does not select its pods");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web")
                .hasPreferredAntiAffinityOn("kubernetes.io/hostname"))
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.affinity.podAntiAffinity"
                        + ".preferredDuringSchedulingIgnoredDuringExecution to hold a term on kubernetes.io/hostname "
                        + "that selects its own pods, but found none");
    }

    @Test
    void the_pod_management_policy_is_compared_and_unset_counts_as_ordered_ready() {
        assertThat(routing()).statefulSet("cache").hasPodManagementPolicy("Parallel");
        assertThat(legacy()).statefulSet("db").hasPodManagementPolicy("OrderedReady");
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").hasPodManagementPolicy("Parallel"))
                .hasMessage("Expecting StatefulSet shop/db at spec.podManagementPolicy to be Parallel, but found none "
                        + "(Kubernetes defaults to OrderedReady)");
        assertThatThrownBy(() -> assertThat(routing()).statefulSet("cache").hasPodManagementPolicy("OrderedReady"))
                .hasMessage("Expecting StatefulSet geo/cache at spec.podManagementPolicy to be OrderedReady, but "
                        + "found Parallel");
    }

    @Test
    void claim_templates_are_compared_exactly_and_their_absence_is_checked() {
        assertThat(shop()).statefulSet("db").hasClaimTemplates("data");
        assertThat(routing()).statefulSet("cache").hasNoClaimTemplates().hasClaimTemplates();
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").hasClaimTemplates("data", "wal"))
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates to hold exactly the claim "
                        + "templates \"data\", \"wal\", but found \"data\"");
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").hasNoClaimTemplates())
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates to be empty, but found "
                        + "\"data\"");
        assertThatThrownBy(() -> assertThat(routing()).statefulSet("cache").hasClaimTemplates("data"))
                .hasMessage("Expecting StatefulSet geo/cache at spec.volumeClaimTemplates to hold exactly the claim "
                        + "templates \"data\", but found none");
    }

    @Test
    void a_workload_that_mounts_no_claim_passes_and_one_that_does_names_each_claim() {
        assertThat(shop()).deployment("web").mountsNoClaim();
        assertThat(routing()).statefulSet("cache").mountsNoClaim();
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").mountsNoClaim())
                .hasMessage("Expecting Deployment shop/web to mount no PersistentVolumeClaim, but found claim "
                        + "\"uploads\" at spec.template.spec.volumes[0]");
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").mountsNoClaim())
                .hasMessage("Expecting StatefulSet shop/db to mount no PersistentVolumeClaim, but found claim template "
                        + "\"data\" at spec.volumeClaimTemplates[0]");
    }

    @Test
    void a_statefulset_mounts_the_claim_of_its_template() {
        assertThat(shop()).statefulSet("db").mountsClaim("data");
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").mountsClaim("wal"))
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.volumes to mount "
                        + "PersistentVolumeClaim \"wal\" in a container, but found claim templates \"data\"");
    }
}
