package dev.berth.validation.fluent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

/** Rules as tests: selections, conditions, the headline, and the guard against selecting nothing. */
class FluentRuleTest {

    private static final String SHOP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
              labels: {tier: frontend}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  securityContext: {runAsNonRoot: true}
                  containers:
                  - name: web
                    image: nginx:latest
                    resources:
                      requests: {cpu: 100m, memory: 64Mi}
                      limits: {memory: 64Mi}
                  - name: sidecar
                    image: envoyproxy/envoy:v1.31.0
                    securityContext: {runAsUser: 0}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: shop}
            spec:
              replicas: 3
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers:
                  - name: postgres
                    image: postgres:16.4
                    readinessProbe: {exec: {command: [pg_isready]}}
                    livenessProbe: {exec: {command: [pg_isready]}}
                  volumes:
                  - name: data
                    hostPath: {path: /var/lib/db}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: db, namespace: shop}
            spec:
              maxUnavailable: 1
              selector: {matchLabels: {app: db}}
            """;

    private final Manifest shop = new ManifestReader().readString(SHOP, "shop.yaml");

    @Test
    void a_failed_rule_is_headed_by_its_description() {
        // GIVEN a rule that frontend workloads have two replicas
        FluentRule rule = Rules.workloads().that().haveLabel("tier", "frontend")
                .should().haveReplicasAtLeast(2)
                .because("the frontend must survive a node loss");
        // WHEN it checks a frontend with one replica
        // THEN the failure reads as the rule, then each violation with its place
        assertThatThrownBy(() -> rule.check(shop)).isInstanceOf(AssertionError.class).hasMessage("""
                Rule 'workloads that have label tier=frontend should have at least 2 replicas, because the frontend \
                must survive a node loss' was violated (1 time):
                  Deployment shop/web: has 1 replica, fewer than 2
                    at shop.yaml:8:3""");
    }

    @Test
    void a_rule_that_selects_nothing_fails_unless_told_it_may() {
        FluentRule typo = Rules.workloads().that().haveLabel("tier", "frontnd").should().haveReplicasAtLeast(2);
        assertThatThrownBy(() -> typo.check(shop)).isInstanceOf(AssertionError.class).hasMessage(
                "Rule 'workloads that have label tier=frontnd should have at least 2 replicas' selected no workload; "
                        + "if that is expected, call allowEmptyShould(true)");
        assertThatCode(() -> typo.allowEmptyShould(true).check(shop)).doesNotThrowAnyException();
    }

    @Test
    void the_id_is_derived_from_the_description_unless_given() {
        FluentRule rule = Rules.workloads().that().haveLabel("tier", "frontend").should().haveReplicasAtLeast(2)
                .because("the frontend must survive a node loss.");
        assertThat(rule.id()).isEqualTo("workloads-that-have-label-tier-frontend-should-have-at-least-2-replicas");
        assertThat(rule.info().summary()).isEqualTo("workloads that have label tier=frontend should have at least 2 "
                + "replicas, because the frontend must survive a node loss");
        assertThat(rule.info().remediation()).isEqualTo("Make each selected workload have at least 2 replicas.");
        assertThat(rule.as("frontend-replicas").id()).isEqualTo("frontend-replicas");
        assertThatThrownBy(() -> rule.as("Frontend Replicas"))
                .hasMessage("rule id must be kebab-case, optionally after a pack prefix and a dot (team-label, "
                        + "acme.team-label), was Frontend Replicas");
    }

    @Test
    void a_fluent_rule_joins_a_rule_set_with_its_id_and_severity() {
        FluentRule rule = Rules.workloads().that().areOfKind("StatefulSet").should().mountNoHostPath()
                .as("no-host-path-for-state").withSeverity(Severity.HIGH);
        Report report = Validator.of(RuleSets.recommended().with(rule)).evaluate(shop);
        assertThat(report.findingsOf("no-host-path-for-state")).extracting(Finding::headline, Finding::severity,
                Finding::fieldPath).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "StatefulSet shop/db: volume data mounts the node's /var/lib/db", Severity.HIGH,
                        "spec.template.spec.volumes[0].hostPath"));
    }

    @Test
    void conditions_read_with_and_should_and_report_each_container() {
        // GIVEN several conditions on the shop's Deployment
        FluentRule rule = Rules.workloads().that().areOfKind("Deployment").and().areInNamespace("shop")
                .should().runAsNonRoot()
                .andShould().haveResources()
                .andShould().haveProbes()
                .andShould().usePinnedImages()
                .andShould().haveADisruptionBudget()
                .andShould().haveLabel("team")
                .andShould().haveAnnotation("owner");
        // WHEN it judges the shop
        Report report = rule.evaluate(shop);
        // THEN the description joins them, and each violation names container, field and value
        assertThat(rule.description()).isEqualTo("workloads that are of kind Deployment and are in namespace shop "
                + "should run as non-root and have CPU and memory requests and a memory limit and have readiness and "
                + "liveness probes and use pinned images and have a PodDisruptionBudget and have label team and "
                + "have annotation owner");
        assertThat(report.findings()).extracting(Finding::message).containsExactly(
                "no PodDisruptionBudget selects its pods",
                "has no annotation owner",
                "has no label team",
                "container web uses image nginx:latest, which names no tag other than latest and no digest",
                "container web has no readiness probe and no liveness probe",
                "container sidecar has no readiness probe and no liveness probe",
                "container sidecar has no CPU request, no memory request, no memory limit",
                "container sidecar runs as user 0 (root)");
    }

    @Test
    void selectors_narrow_by_name_datastore_and_kind() {
        assertThat(Rules.workloads().that().haveNameMatching("w.*").should().haveProbes().selectedIn(shop))
                .extracting(w -> w.name()).containsExactly("web");
        assertThat(Rules.workloads().that().runADatastore().should().haveADisruptionBudget().selectedIn(shop))
                .extracting(w -> w.name()).containsExactly("db");
        assertThatCode(() -> Rules.workloads().that().runADatastore().should().haveADisruptionBudget()
                .andShould().haveProbes().andShould().haveReplicasAtLeast(3).check(shop))
                .doesNotThrowAnyException();
    }

    @Test
    void a_container_inherits_run_as_non_root_from_its_pod() {
        FluentRule rule = Rules.workloads().that().haveNameMatching("web").should().runAsNonRoot();
        assertThat(rule.evaluate(shop).findings()).extracting(Finding::fieldPath)
                .containsExactly("spec.template.spec.containers[1].securityContext.runAsUser");
    }

    @Test
    void a_label_condition_names_the_value_found() {
        FluentRule rule = Rules.workloads().that().haveNameMatching("web").should().haveLabel("tier", "backend");
        assertThat(rule.evaluate(shop).findings()).extracting(Finding::headline)
                .containsExactly("Deployment shop/web: has label tier=frontend, not backend");
    }
}
