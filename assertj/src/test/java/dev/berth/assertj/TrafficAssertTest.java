package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import org.junit.jupiter.api.Test;

class TrafficAssertTest {

    @Test
    void the_dsl_intents_hold_on_the_dsl_output() {
        assertThat(shop()).allowsTraffic().from("api").to("db").on(5432);
        assertThat(shop()).allowsTraffic().from("web").to("api").on(8080);
        assertThat(shop()).allowsTraffic().fromAnywhere().to("web").on(3000);
        assertThat(shop()).doesNotAllowTraffic().from("web").to("db").on(5432);
        assertThat(shop()).doesNotAllowTraffic().from("api").to("web").on(3000);
        assertThat(shop()).doesNotAllowTraffic().fromAnywhere().to("db").on(5432);
        assertThat(shop()).doesNotAllowTraffic().from("api").to("db").on(5433);
        assertThat(shop()).networkPolicies().isNotEmpty().isolateEveryWorkload();
    }

    @Test
    void a_denied_path_names_both_isolating_sides() {
        assertThatThrownBy(() -> assertThat(shop()).allowsTraffic().from("web").to("db").on(5432))
                .hasMessage("Expecting traffic from Deployment shop/web to StatefulSet shop/db on port 5432 to be "
                        + "allowed, but ingress to StatefulSet shop/db is isolated by NetworkPolicy shop/db-ingress, "
                        + "shop/default-deny, whose rules do not admit it; and egress from Deployment shop/web is "
                        + "isolated by NetworkPolicy shop/default-deny, shop/web-egress, whose rules do not admit it");
    }

    @Test
    void an_allowed_path_names_the_admitting_rules() {
        assertThatThrownBy(() -> assertThat(shop()).doesNotAllowTraffic().from("api").to("db").on(5432))
                .hasMessage("Expecting traffic from Deployment shop/api to StatefulSet shop/db on port 5432 to be "
                        + "denied, but ingress to StatefulSet shop/db is admitted by NetworkPolicy shop/db-ingress at "
                        + "spec.ingress[0]; and egress from Deployment shop/api is admitted by NetworkPolicy "
                        + "shop/api-egress at spec.egress[0]");
        assertThatThrownBy(() -> assertThat(shop()).doesNotAllowTraffic().fromAnywhere().to("web").on(3000))
                .hasMessage("Expecting traffic from anywhere to Deployment shop/web on port 3000 to be denied, but "
                        + "ingress to Deployment shop/web is admitted by NetworkPolicy shop/web-ingress at "
                        + "spec.ingress[0]");
    }

    @Test
    void a_named_port_is_resolved_against_the_destination_pods() {
        // db-ingress admits api on port "pg", which is 5432 on the db container.
        assertThat(legacy()).allowsTraffic().from("api").to("db").on(5432);
        assertThat(legacy()).doesNotAllowTraffic().from("api").to("db").on(5433);
        assertThat(legacy()).doesNotAllowTraffic().from("api").to("db").on(5432, "UDP");
    }

    @Test
    void a_namespace_selector_matches_the_namespace_labels() {
        // Namespace payments carries team: payments; analytics has only its automatic name label.
        assertThat(legacy()).allowsTraffic().from("payments/worker").to("db").on(5432);
        assertThatThrownBy(() -> assertThat(legacy()).allowsTraffic().from("reports").to("db").on(5432))
                .hasMessage("Expecting traffic from Deployment analytics/reports to StatefulSet shop/db on port 5432 "
                        + "to be allowed, but ingress to StatefulSet shop/db is isolated by NetworkPolicy "
                        + "shop/db-ingress, whose rules do not admit it");
    }

    @Test
    void a_pod_isolated_by_nothing_accepts_and_sends_everything() {
        assertThatThrownBy(() -> assertThat(legacy()).doesNotAllowTraffic().from("worker").to("api").on(8080))
                .hasMessage("Expecting traffic from Deployment payments/worker to Deployment shop/api on port 8080 to "
                        + "be denied, but ingress to Deployment shop/api is isolated by no NetworkPolicy; and egress "
                        + "from Deployment payments/worker is isolated by no NetworkPolicy");
        assertThat(legacy()).allowsTraffic().fromAnywhere().to("api").on(8080);
    }

    @Test
    void egress_port_ranges_and_isolation_count() {
        assertThat(legacy()).allowsTraffic().from("web").to("api").on(8085);
        assertThatThrownBy(() -> assertThat(legacy()).allowsTraffic().from("web").to("api").on(9000))
                .hasMessage("Expecting traffic from Deployment shop/web to Deployment shop/api on port 9000 to be "
                        + "allowed, but egress from Deployment shop/web is isolated by NetworkPolicy shop/web-egress, "
                        + "whose rules do not admit it");
    }

    @Test
    void udp_is_named_in_the_message() {
        assertThatThrownBy(() -> assertThat(legacy()).allowsTraffic().from("api").to("db").on(5432, "UDP"))
                .hasMessage("Expecting traffic from Deployment shop/api to StatefulSet shop/db on port 5432/UDP to be "
                        + "allowed, but ingress to StatefulSet shop/db is isolated by NetworkPolicy shop/db-ingress, "
                        + "whose rules do not admit it");
    }

    @Test
    void an_ingress_rule_with_both_selectors_needs_both() {
        Manifest manifest = new ManifestReader().readString(Fixtures.resource("legacy-shop.yaml") + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: reports-ingress
                  namespace: analytics
                spec:
                  podSelector: {}
                  ingress:
                  - from:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: payments
                      podSelector:
                        matchLabels:
                          app: billing
                    - ipBlock:
                        cidr: 0.0.0.0/0
                """, "more.yaml");
        assertThat(manifest).doesNotAllowTraffic().from("worker").to("reports").on(8080);
        assertThat(manifest).allowsTraffic().fromAnywhere().to("reports").on(8080);
    }

    @Test
    void an_unknown_or_ambiguous_component_is_named() {
        assertThatThrownBy(() -> assertThat(shop()).allowsTraffic().from("cache").to("db").on(6379))
                .hasMessage("Expecting the manifest to hold a workload named \"cache\", but found Deployment "
                        + "shop/api, Deployment shop/web, StatefulSet shop/db");
        Manifest twoWebs = shop().plus(new ManifestReader().readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: staging}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "nginx:1.25"}]
                """, "staging.yaml"));
        assertThatThrownBy(() -> assertThat(twoWebs).allowsTraffic().from("web").to("api").on(8080))
                .hasMessage("Expecting one workload named \"web\", but found 2: Deployment shop/web, Deployment "
                        + "staging/web; write namespace/name");
        assertThat(twoWebs).allowsTraffic().from("shop/web").to("api").on(8080);
    }

    @Test
    void a_check_without_both_ends_is_a_programming_error() {
        assertThatThrownBy(() -> assertThat(shop()).allowsTraffic().to("db").on(5432))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("name both ends before on(port): allowsTraffic().from(\"api\").to(\"db\").on(5432), or "
                        + "fromAnywhere() for the source");
    }

    @Test
    void workloads_no_policy_isolates_are_listed() {
        assertThatThrownBy(() -> assertThat(legacy()).networkPolicies().isolateEveryWorkload())
                .hasMessage("Expecting every workload to be isolated for ingress by a NetworkPolicy, but found 4 "
                        + "selected by none with Ingress in policyTypes: Deployment shop/web, Deployment shop/api, "
                        + "Deployment payments/worker, Deployment analytics/reports");
        assertThatThrownBy(() -> assertThat(Manifest.empty()).networkPolicies().isNotEmpty())
                .hasMessage("Expecting the manifest to hold NetworkPolicies, but found none");
    }
}
