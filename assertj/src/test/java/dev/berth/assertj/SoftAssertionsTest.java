package dev.berth.assertj;

import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class SoftAssertionsTest {

    @Test
    void every_failure_is_collected_and_reported_together() {
        BerthSoftAssertions softly = new BerthSoftAssertions();
        softly.assertThat(legacy()).statefulSet("db").hasReplicas(1).hasHeadlessService();
        softly.assertThat(legacy()).deployment("web").container("web").hasMemoryLimit().hasReadinessProbe();
        softly.assertThat(shop()).allowsTraffic().from("web").to("db").on(5432);
        softly.assertThat(Validator.of(RuleSets.recommended()).evaluate(shop())).hasFindingCount(Severity.HIGH, 1);

        assertThat(softly.errorsCollected()).extracting(SoftAssertionsTest::firstLine).containsExactly(
                "Expecting StatefulSet shop/db at spec.replicas to be 1, but found 3",
                "Expecting StatefulSet shop/db at spec.serviceName to name a headless Service, but found \"db\", "
                        + "naming Service shop/db, which has clusterIP 10.0.0.12",
                "Expecting Deployment shop/web at spec.template.spec.containers[0].resources.limits.memory to be set, "
                        + "but found none",
                "Expecting traffic from Deployment shop/web to StatefulSet shop/db on port 5432 to be allowed, but "
                        + "ingress to StatefulSet shop/db is isolated by NetworkPolicy shop/db-ingress, "
                        + "shop/default-deny, whose rules do not admit it; and egress from Deployment shop/web is "
                        + "isolated by NetworkPolicy shop/default-deny, shop/web-egress, whose rules do not admit it",
                "Expecting 1 HIGH finding, but found none");
    }

    @Test
    void the_routing_and_scaling_navigations_stay_soft() {
        // GIVEN soft assertions reaching an absent Ingress, an absent autoscaler and a present HTTPRoute
        BerthSoftAssertions softly = new BerthSoftAssertions();
        softly.assertThat(Fixtures.routing()).ingress("www").routes("www.example.com", "/", "site", 80)
                .hasTls("www.example.com", "www-tls");
        softly.assertThat(shop()).deployment("web").autoscaler().hasMinReplicas(2).targetsCpuUtilization(70);
        softly.assertThat(Fixtures.routing()).httpRoute("web").hasParentGateway("internal").routes("/", "web", 3000);

        // THEN each failed navigation is recorded once, its chain checks nothing, and the route's failure is kept
        assertThat(softly.errorsCollected()).extracting(SoftAssertionsTest::firstLine).containsExactly(
                "Expecting the manifest to contain Ingress www, but found Ingress site/site",
                "Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler, but found none targeting it",
                "Expecting HTTPRoute shop/web at spec.parentRefs to name Gateway \"internal\", but found Gateway "
                        + "\"public\"");
    }

    @Test
    void a_failed_navigation_is_recorded_once_and_the_chain_checks_nothing_more() {
        BerthSoftAssertions softly = new BerthSoftAssertions();
        softly.assertThat(shop()).statefulSet("cache").hasReplicas(3).hasHeadlessService()
                .claimTemplate("data").hasSize("1Gi");
        softly.assertThat(shop()).deployment("web").container("nginx").runsAsNonRoot();
        softly.assertThat(shop()).allowsTraffic().from("cache").to("db").on(6379);
        softly.assertThat(shop()).hasFindingOf("statefulset-headless-service").on("StatefulSet", "db");
        softly.assertThat(shop()).statefulSet("db").claimTemplate("data").hasSize("50Gi");

        assertThat(softly.errorsCollected()).extracting(SoftAssertionsTest::firstLine).containsExactly(
                "Expecting the manifest to contain StatefulSet cache, but found StatefulSet shop/db",
                "Expecting Deployment shop/web at spec.template.spec.containers to hold a container \"nginx\", but "
                        + "found \"web\"",
                "Expecting the manifest to hold a workload named \"cache\", but found Deployment shop/api, "
                        + "Deployment shop/web, StatefulSet shop/db",
                "Expecting a finding of rule 'statefulset-headless-service' (rule set 'all'), but it found nothing "
                        + "in 19 objects");
    }

    @Test
    void assert_softly_throws_once_naming_every_failure() {
        assertThatThrownBy(() -> BerthSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(shop()).statefulSet("db").hasReplicas(3);
            softly.assertThat(shop()).deployment("web").isExposedOnPort(80);
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("Expecting StatefulSet shop/db at spec.replicas to be 3, but found 1")
                .hasMessageContaining("Expecting Deployment shop/web to be exposed by a Service on port 80, but found "
                        + "Service shop/web on port 3000");
        BerthSoftAssertions.assertSoftly(softly -> softly.assertThat(shop()).statefulSet("db").hasReplicas(1));
    }

    @Test
    void assertjs_extension_injects_and_collects_berth_soft_assertions() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(InfrastructureChecks.class)).build(), listener);

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getTestIdentifier().getDisplayName()).isEqualTo("the_legacy_shop_is_unsafe()");
        assertThat(failures.get(0).getException().getMessage())
                .contains("Multiple Failures (2 failures)")
                .contains("Expecting StatefulSet shop/db at spec.template.spec.containers[0].securityContext to run "
                        + "as non-root, but found runAsUser 0 (root)")
                .contains("Expecting StatefulSet shop/db at spec.persistentVolumeClaimRetentionPolicy.whenDeleted to "
                        + "be Retain, but found Delete");
    }

    /** AssertJ appends the line of the failed soft assertion to the message. */
    private static String firstLine(Throwable error) {
        return error.getMessage().lines().findFirst().orElse("");
    }

    /** Run by the launcher above, not by Surefire (nested classes are excluded): one passing, one failing test. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class InfrastructureChecks {

        @InjectSoftAssertions
        BerthSoftAssertions softly;

        @Test
        void the_dsl_shop_is_safe() {
            softly.assertThat(shop()).statefulSet("db").hasHeadlessService().retainsDataOnDelete();
            softly.assertThat(shop()).deployment("web").container("web").runsAsNonRoot();
        }

        @Test
        void the_legacy_shop_is_unsafe() {
            softly.assertThat(legacy()).statefulSet("db").container("db").runsAsNonRoot();
            softly.assertThat(legacy()).statefulSet("db").retainsDataOnDelete();
        }
    }
}
