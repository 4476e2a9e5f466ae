package dev.berth.samples.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SameObjectsTest {

    private static final String BERTH = """
            apiVersion: v1
            kind: Service
            metadata:
              name: db
              namespace: shop
            spec:
              clusterIP: None
              ports:
              - port: 5432
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: db
              namespace: shop
            automountServiceAccountToken: false
            """;

    @Test
    void the_same_objects_in_another_order_with_other_key_order_agree() {
        // GIVEN what kustomize prints: objects and keys reordered
        String kustomize = """
                apiVersion: v1
                automountServiceAccountToken: false
                kind: ServiceAccount
                metadata: {namespace: shop, name: db}
                ---
                kind: Service
                apiVersion: v1
                metadata:
                  namespace: shop
                  name: db
                spec:
                  ports:
                  - port: 5432
                  clusterIP: None
                """;
        // THEN there is no difference
        assertThat(SameObjects.differences(BERTH, kustomize)).isEmpty();
    }

    @Test
    void a_changed_value_a_changed_type_a_missing_and_an_extra_object_are_each_reported() {
        String kustomize = """
                apiVersion: v1
                kind: Service
                metadata: {name: db, namespace: shop}
                spec:
                  clusterIP: None
                  ports:
                  - port: "5432"
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: extra, namespace: shop}
                """;
        assertThat(SameObjects.differences(BERTH, kustomize)).containsExactly(
                "v1 Service shop/db: differs at spec.ports[0].port",
                "v1 ServiceAccount shop/db: missing",
                "v1 ConfigMap shop/extra: unexpected");
    }

    @Test
    void a_field_only_one_side_has_is_a_difference() {
        String kustomize = BERTH.replace("automountServiceAccountToken: false\n", "");
        assertThat(SameObjects.differences(BERTH, kustomize))
                .containsExactly("v1 ServiceAccount shop/db: differs at automountServiceAccountToken");
    }

    @Test
    void an_object_twice_is_refused() {
        assertThatThrownBy(() -> SameObjects.differences(BERTH, BERTH + "---\n" + BERTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actual holds v1 Service shop/db twice");
    }
}
