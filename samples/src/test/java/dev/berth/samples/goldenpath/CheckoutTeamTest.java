package dev.berth.samples.goldenpath;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;

/**
 * One application team's test on Acme's golden path (issue 18, Done when: "The golden-path sample applies labels and
 * a default-deny policy through the aspect hook and wraps a stateful component of its own without losing DNS names or
 * backup wiring, pinned by tests").
 */
class CheckoutTeamTest {

    /** The payments team's checkout: an API and the company's database, on the golden path. */
    private static Application.Builder checkout() {
        return AcmePlatform.application("checkout", "payments", "cc-4711")
                .add(Berth.statelessService("api").image("ghcr.io/acme/checkout:2.3.1").expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)))
                .add(new Database("db"))
                .allowFromAnywhere().to("api").on(8080)
                .allow("api").to("db").on(Database.PORT)
                .defaultDeny();
    }

    private final Application app = checkout().build();
    private final Manifest m = app.manifest();

    @Test
    void every_object_and_pod_carries_the_company_labels_and_ingress_is_denied_by_default() {
        AcmeAssert.assertThat(m).followsTheGoldenPath().isOwnedBy("payments");
        NetworkPolicy deny = m.find(NetworkPolicy.class, "checkout", AcmePlatform.DEFAULT_DENY).orElseThrow();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
    }

    @Test
    void the_company_database_keeps_its_pod_dns_names_and_its_backup_may_reach_it() {
        assertThat(app.podDnsNames("db")).containsExactly("db-0.db-headless.checkout.svc.cluster.local");
        assertThat(m).statefulSet("db").hasHeadlessService();
        assertThat(m).allowsTraffic().from("db-backup").to("db").on(Database.PORT);
        assertThat(m).allowsTraffic().from("api").to("db").on(Database.PORT);
        assertThat(m).allowsTraffic().fromAnywhere().to("api").on(8080);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("db").on(Database.PORT);
    }

    @Test
    void the_company_database_tells_applications_where_it_is() {
        ConfigMap connection = m.find(ConfigMap.class, "checkout", "db-connection").orElseThrow();
        assertThat(connection.getData()).containsEntry("host", "db.checkout.svc.cluster.local")
                .containsEntry("port", "5432");
    }

    @Test
    void an_intent_to_the_company_database_on_another_port_is_refused_at_build() {
        assertThatThrownBy(() -> checkout().allow("api").to("db").on(3306).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(api).to(db).on(3306): db does not listen on 3306 (its ports are [5432]): expose the "
                        + "port on db, or allow one it listens on");
    }

    @Test
    void the_golden_path_stays_validation_clean() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }

    @Test
    void a_team_or_cost_center_that_is_no_label_value_is_refused_naming_it() {
        assertThatThrownBy(() -> AcmePlatform.application("checkout", "Payments Team", "cc-4711"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("team must be a label value (up to 63 letters, digits, '-', '_' or '.', starting and "
                        + "ending with a letter or digit), was \"Payments Team\"");
    }

    @Test
    void the_company_assertion_names_every_object_off_the_path() {
        // GIVEN the same application built without the company's aspect
        Manifest offPath = Berth.application("checkout")
                .add(Berth.statelessService("api").image("ghcr.io/acme/checkout:2.3.1").expose(Ports.http(8080)))
                .build().manifest();
        // WHEN checked THEN each object and pod template is named, then the missing policy
        assertThatThrownBy(() -> AcmeAssert.assertThat(offPath).followsTheGoldenPath())
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expecting the manifest to follow Acme's golden path, but:%n"
                        + "  ServiceAccount checkout/api has no label acme.example/team or acme.example/cost-center%n"
                        + "  Deployment checkout/api has no label acme.example/team or acme.example/cost-center%n"
                        + "  the pod template of Deployment checkout/api has no label acme.example/team or "
                        + "acme.example/cost-center%n"
                        + "  Service checkout/api has no label acme.example/team or acme.example/cost-center%n"
                        + "  PodDisruptionBudget checkout/api has no label acme.example/team or "
                        + "acme.example/cost-center%n"
                        + "  no NetworkPolicy acme-default-deny-ingress"));
        // AND ownership by another team is said with both names
        Manifest searchOwned = AcmePlatform.application("checkout", "search", "cc-1")
                .add(Berth.statelessService("api").image("ghcr.io/acme/checkout:2.3.1").expose(Ports.http(8080)))
                .build().manifest();
        assertThatThrownBy(() -> AcmeAssert.assertThat(searchOwned).isOwnedBy("payments"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting every object to be owned by team \"payments\", but ")
                .hasMessageEndingWith(" is owned by \"search\"");
        assertThat(searchOwned.all(Deployment.class)).hasSize(1);
    }
}
