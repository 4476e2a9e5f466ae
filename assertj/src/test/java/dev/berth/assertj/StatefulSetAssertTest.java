package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

class StatefulSetAssertTest {

    @Test
    void the_dsl_database_passes_every_stateful_assertion() {
        assertThat(shop()).statefulSet("db")
                .hasReplicas(1)
                .hasHeadlessService()
                .retainsDataOnDelete()
                .retainsDataOnScaleDown()
                .hasDisruptionBudget()
                .isSpreadAcrossNodes()
                .hasPodDnsNames("db-0.db-headless.shop.svc.cluster.local")
                .claimTemplate("data").hasSize("50Gi").hasAccessMode("ReadWriteOnce");
    }

    @Test
    void replicas_are_compared_with_the_spec() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").hasReplicas(1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting StatefulSet shop/db at spec.replicas to be 1, but found 3");
    }

    @Test
    void unset_replicas_count_as_one_and_say_so() {
        Manifest manifest = Manifest.of(new StatefulSetBuilder().withNewMetadata().withName("zk").endMetadata()
                .withNewSpec().endSpec().build());
        assertThat(manifest).statefulSet("zk").hasReplicas(1);
        assertThatThrownBy(() -> assertThat(manifest).statefulSet("zk").hasReplicas(3))
                .hasMessage("Expecting StatefulSet default/zk at spec.replicas to be 3, but found none (Kubernetes "
                        + "defaults to 1)");
    }

    @Test
    void a_governing_service_with_a_cluster_ip_is_not_headless() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").hasHeadlessService())
                .hasMessage("Expecting StatefulSet shop/db at spec.serviceName to name a headless Service, but found "
                        + "\"db\", naming Service shop/db, which has clusterIP 10.0.0.12");
    }

    @Test
    void a_missing_governing_service_is_named() {
        Manifest manifest = Manifest.of(new StatefulSetBuilder().withNewMetadata().withName("zk").endMetadata()
                .withNewSpec().withServiceName("zk-hs").endSpec().build());
        assertThatThrownBy(() -> assertThat(manifest).statefulSet("zk").hasHeadlessService())
                .hasMessage("Expecting StatefulSet default/zk at spec.serviceName to name a headless Service, but "
                        + "found \"zk-hs\", which the manifest does not hold in namespace default");
    }

    @Test
    void claim_template_size_class_and_access_mode_name_their_field() {
        assertThat(legacy()).statefulSet("db").claimTemplate("data")
                .hasSize("10Gi").hasSize("10240Mi").hasStorageClass("fast-ssd").hasAccessMode("ReadWriteOnce");
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").claimTemplate("data").hasSize("20Gi"))
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.resources.requests"
                        + ".storage to be 20Gi, but found 10Gi");
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").claimTemplate("data")
                .hasStorageClass("fast-ssd"))
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.storageClassName to "
                        + "be \"fast-ssd\", but found none (the cluster's default StorageClass)");
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").claimTemplate("data")
                .hasAccessMode("ReadWriteMany"))
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.accessModes to hold "
                        + "ReadWriteMany, but found [ReadWriteOnce]");
    }

    @Test
    void an_unknown_claim_template_lists_the_known_ones() {
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").claimTemplate("wal"))
                .hasMessage("Expecting StatefulSet shop/db at spec.volumeClaimTemplates to hold a claim template "
                        + "\"wal\", but found \"data\"");
    }

    @Test
    void deleting_claims_with_the_set_loses_data() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").retainsDataOnDelete())
                .hasMessage("Expecting StatefulSet shop/db at spec.persistentVolumeClaimRetentionPolicy.whenDeleted "
                        + "to be Retain, but found Delete");
        // whenScaled is unset: Kubernetes retains.
        assertThat(legacy()).statefulSet("db").retainsDataOnScaleDown();
    }

    @Test
    void a_set_without_claim_templates_has_no_data_to_retain() {
        Manifest manifest = Manifest.of(new StatefulSetBuilder().withNewMetadata().withName("zk").endMetadata()
                .withNewSpec().endSpec().build());
        assertThatThrownBy(() -> assertThat(manifest).statefulSet("zk").retainsDataOnScaleDown())
                .hasMessage("Expecting StatefulSet default/zk at spec.persistentVolumeClaimRetentionPolicy.whenScaled "
                        + "to be Retain, but found no spec.volumeClaimTemplates, so no claim to retain");
    }

    @Test
    void a_set_without_a_budget_fails_the_budget_check() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").hasDisruptionBudget())
                .hasMessage("Expecting StatefulSet shop/db to be selected by a PodDisruptionBudget, but found none "
                        + "that selects its pods");
    }

    @Test
    void an_anti_affinity_term_missing_its_own_pods_spreads_nothing() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").isSpreadAcrossNodes())
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec to spread its pods across nodes (a "
                        + "podAntiAffinity term or a topologySpreadConstraint on kubernetes.io/hostname that selects "
                        + "its own pods), but found a podAntiAffinity term on kubernetes.io/hostname whose "
                        + "labelSelector does not select its pods");
    }

    @Test
    void pod_dns_names_follow_the_governing_service() {
        assertThat(legacy()).statefulSet("db").hasPodDnsNames("db-0.db.shop.svc.cluster.local",
                "db-1.db.shop.svc.cluster.local", "db-2.db.shop.svc.cluster.local");
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db")
                .hasPodDnsNames("db-0.db.shop.svc.cluster.local"))
                .hasMessage("Expecting StatefulSet shop/db to give its pods the DNS names "
                        + "[db-0.db.shop.svc.cluster.local], but found [db-0.db-headless.shop.svc.cluster.local]");
    }
}
