package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimAndServiceAssertTest {

    @Test
    void a_standalone_claim_names_itself_and_its_field() {
        assertThat(legacy()).claim("uploads").hasSize("5Gi").hasAccessMode("ReadWriteMany");
        assertThatThrownBy(() -> assertThat(legacy()).claim("uploads").hasSize("1Gi"))
                .hasMessage("Expecting PersistentVolumeClaim shop/uploads at spec.resources.requests.storage to be "
                        + "1Gi, but found 5Gi");
        assertThatThrownBy(() -> assertThat(legacy()).claim("uploads").hasStorageClass("nfs"))
                .hasMessage("Expecting PersistentVolumeClaim shop/uploads at spec.storageClassName to be \"nfs\", but "
                        + "found none (the cluster's default StorageClass)");
    }

    @Test
    void headless_ports_and_selection_of_services() {
        assertThat(shop()).service("db-headless").isHeadless().hasPort(5432).selects("db");
        assertThatThrownBy(() -> assertThat(shop()).service("db").isHeadless())
                .hasMessage("Expecting Service shop/db at spec.clusterIP to be None, but found none (the cluster "
                        + "assigns one)");
        assertThatThrownBy(() -> assertThat(legacy()).service("db").isHeadless())
                .hasMessage("Expecting Service shop/db at spec.clusterIP to be None, but found 10.0.0.12");
        assertThatThrownBy(() -> assertThat(shop()).service("api").hasPort(80))
                .hasMessage("Expecting Service shop/api at spec.ports to offer port 80, but found 8080");
        assertThatThrownBy(() -> assertThat(shop()).service("db-headless").selects("api"))
                .hasMessage("Expecting Service shop/db-headless at spec.selector to select the pods of api, but "
                        + "found StatefulSet shop/db");
    }
}
