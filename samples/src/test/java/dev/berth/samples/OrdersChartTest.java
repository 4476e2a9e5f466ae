package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;

import dev.berth.charts.HelmChart;
import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A chart tested as code: "our chart with prod values has a headless Service for every StatefulSet" (issue 20). The
 * chart is kept in this module, {@code samples/charts/orders}.
 */
class OrdersChartTest {

    private static final Path CHART = Path.of("charts/orders");

    @Test
    void our_chart_with_prod_values_has_a_headless_service_for_every_statefulset() {
        // GIVEN the orders chart rendered with its prod values
        Manifest prod = HelmChart.at(CHART).values(CHART.resolve("values-prod.yaml")).release("orders")
                .namespace("shop").render();

        // WHEN every StatefulSet is looked at, THEN each has a headless Service and the prod replica count
        Assertions.assertThat(prod.all(StatefulSet.class)).isNotEmpty();
        for (StatefulSet set : prod.all(StatefulSet.class)) {
            assertThat(prod).statefulSet("shop", set.getMetadata().getName()).hasHeadlessService().hasReplicas(3);
        }
    }

    @Test
    void turning_headless_off_is_caught() {
        // GIVEN the chart with db.headless set to false
        Manifest broken = HelmChart.at(CHART).values(CHART.resolve("values-prod.yaml")).set("db.headless", "false")
                .release("orders").namespace("shop").render();

        // WHEN the StatefulSet's Service is checked, THEN the assertion fails, naming the Service that is not headless
        Assertions.assertThatThrownBy(
                () -> assertThat(broken).statefulSet("shop", "orders-db").hasHeadlessService())
                .isInstanceOf(AssertionError.class).hasMessage("Expecting StatefulSet shop/orders-db at spec.serviceName to name a headless Service, but found"
                        + " \"orders-db\", naming Service shop/orders-db, which has no clusterIP (the cluster assigns one)");
    }
}
