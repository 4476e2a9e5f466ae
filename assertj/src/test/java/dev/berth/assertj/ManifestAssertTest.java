package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.flawedShop;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import org.junit.jupiter.api.Test;

class ManifestAssertTest {

    @Test
    void a_clean_manifest_passes_a_rule_set() {
        assertThat(shop()).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void a_failing_rule_set_shows_the_report() {
        String report = Validator.of(RuleSets.recommended()).evaluate(flawedShop()).toText();
        assertThatThrownBy(() -> assertThat(flawedShop()).passes(RuleSets.recommended()))
                .hasMessage("Expecting the manifest to pass rule set 'recommended', but it did not:\n" + report)
                .hasMessageContaining("Rule 'probes-identical' [MEDIUM] was violated (1 time):\n"
                        + "  StatefulSet shop/db: container db uses the same check");
    }

    @Test
    void no_finding_of_a_rule_passes_and_findings_use_the_report_headline() {
        assertThat(shop()).hasNoFindingOf("statefulset-headless-service");
        assertThatThrownBy(() -> assertThat(legacy()).hasNoFindingOf("statefulset-headless-service"))
                .hasMessage("Expecting no finding of rule 'statefulset-headless-service', but:\n"
                        + "Rule 'statefulset-headless-service' [MEDIUM] was violated (1 time):\n"
                        + "  StatefulSet shop/db: spec.serviceName \"db\" names Service shop/db, which has clusterIP "
                        + "10.0.0.12 (not headless)\n"
                        + "    at legacy-shop.yaml:28:3");
    }

    @Test
    void a_finding_is_located_on_its_object() {
        assertThat(legacy()).hasFindingOf("run-as-non-root").hasCount(4);
        assertThat(legacy()).hasFindingOf("run-as-non-root").on("StatefulSet", "db");
        assertThat(legacy()).hasFindingOf("run-as-non-root").on("Deployment", "payments", "worker");
        assertThatThrownBy(() -> assertThat(legacy()).hasFindingOf("statefulset-headless-service")
                .on("StatefulSet", "cache"))
                .hasMessage("Expecting a finding of rule 'statefulset-headless-service' on StatefulSet cache, but "
                        + "found it only on:\n"
                        + "Rule 'statefulset-headless-service' [MEDIUM] was violated (1 time):\n"
                        + "  StatefulSet shop/db: spec.serviceName \"db\" names Service shop/db, which has clusterIP "
                        + "10.0.0.12 (not headless)\n"
                        + "    at legacy-shop.yaml:28:3");
    }

    @Test
    void a_rule_that_finds_nothing_fails_has_finding_of() {
        assertThatThrownBy(() -> assertThat(shop()).hasFindingOf("statefulset-headless-service"))
                .hasMessage("Expecting a finding of rule 'statefulset-headless-service' (rule set 'all'), but it "
                        + "found nothing in 19 objects");
    }

    @Test
    void a_rule_outside_the_chosen_rules_is_reported_not_ignored() {
        RuleSet onlyHeadless = RuleSet.of("only-headless",
                RuleSets.all().rule("statefulset-headless-service").stream().toList());
        assertThat(legacy()).usingRules(onlyHeadless).hasFindingOf("statefulset-headless-service");
        assertThatThrownBy(() -> assertThat(legacy()).usingRules(onlyHeadless).hasNoFindingOf("run-as-non-root"))
                .hasMessage("Expecting rule 'run-as-non-root' to be in rule set 'only-headless', but it is not: "
                        + "choose the rules with usingRules(ruleSet)");
        assertThatThrownBy(() -> assertThat(legacy()).usingRules(onlyHeadless).hasFindingOf("run-as-non-root"))
                .hasMessage("Expecting rule 'run-as-non-root' to be in rule set 'only-headless', but it is not: "
                        + "choose the rules with usingRules(ruleSet)");
    }

    @Test
    void objects_are_found_by_kind_and_name() {
        assertThat(shop()).containsObject("PodDisruptionBudget", "db").containsObject("Service", "shop", "db-headless");
        assertThatThrownBy(() -> assertThat(shop()).containsObject("StatefulSet", "cache"))
                .hasMessage("Expecting the manifest to contain StatefulSet cache, but found StatefulSet shop/db");
        assertThatThrownBy(() -> assertThat(shop()).containsObject("Ingress", "staging", "web"))
                .hasMessage("Expecting the manifest to contain Ingress staging/web, but found no Ingress");
    }

    @Test
    void each_component_runs_as_the_kind_its_state_needs() {
        assertThat(shop()).hasWorkloadOfKind("db", "StatefulSet").hasWorkloadOfKind("web", "Deployment");
        assertThatThrownBy(() -> assertThat(shop()).hasWorkloadOfKind("api", "StatefulSet"))
                .hasMessage("Expecting api to run as a StatefulSet, but found Deployment shop/api");
        assertThatThrownBy(() -> assertThat(shop()).hasWorkloadOfKind("cache", "StatefulSet"))
                .hasMessage("Expecting cache to run as a StatefulSet, but found no workload of that name among "
                        + "Deployment shop/api, Deployment shop/web, StatefulSet shop/db");
    }

    @Test
    void navigation_to_a_missing_or_ambiguous_object_fails_with_what_exists() {
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("cache"))
                .hasMessage("Expecting the manifest to contain StatefulSet cache, but found StatefulSet shop/db");
        assertThatThrownBy(() -> assertThat(shop()).deployment("staging", "web"))
                .hasMessage("Expecting the manifest to contain Deployment staging/web, but found Deployment "
                        + "shop/api, shop/web");
        assertThatThrownBy(() -> assertThat(shop()).role("reader"))
                .hasMessage("Expecting the manifest to contain Role reader, but found no Role");
        Manifest twoNamespaces = shop().plus(new ServiceBuilder().withNewMetadata().withName("web")
                .withNamespace("staging").endMetadata().build());
        assertThatThrownBy(() -> assertThat(twoNamespaces).service("web"))
                .hasMessage("Expecting one Service named \"web\", but found 2: shop/web, staging/web; name its "
                        + "namespace");
        assertThat(twoNamespaces).statefulSet("shop", "db").hasReplicas(1);
    }

    @Test
    void a_description_prefixes_the_message() {
        assertThatThrownBy(() -> assertThat(shop()).as("shop").statefulSet("db").as("database").hasReplicas(3))
                .hasMessage("[database] Expecting StatefulSet shop/db at spec.replicas to be 3, but found 1");
    }

    @Test
    void validated_by_goes_on_to_the_report() {
        assertThat(flawedShop()).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.MEDIUM)
                .hasFindingCount(Severity.MEDIUM, 1);
    }
}
