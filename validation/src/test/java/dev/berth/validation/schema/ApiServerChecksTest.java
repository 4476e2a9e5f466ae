package dev.berth.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's checks of what the API server enforces, and its deprecated annotations, each message against its exact
 * text: "Schema the API server enforces: invalid `topologySpreadConstraints` (missing `topologyKey`, `maxSkew` < 1,
 * bad `whenUnsatisfiable`), a PodDisruptionBudget with neither `minAvailable` nor `maxUnavailable` (or both), invalid
 * port names (IANA_SVC_NAME: at most 15 characters, lowercase, a letter), a `restartPolicy` the kind does not allow
 * (Deployment: Always only; Job: OnFailure/Never)". Port names are {@link PortNamesTest}'s.
 */
class ApiServerChecksTest {

    private final ManifestReader reader = new ManifestReader();

    private static List<String> messages(String ruleId, Manifest manifest) {
        RuleSet one = RuleSet.of("test", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
            %s
                  containers:
                  - name: web
                    image: nginx:1.27.1
            %s
            """;

    private Manifest deployment(String podSpec, String container) {
        return reader.readString(deploymentYaml(podSpec, container));
    }

    private static String deploymentYaml(String podSpec, String container) {
        return DEPLOYMENT.formatted(podSpec.indent(6).stripTrailing(), container.indent(8).stripTrailing());
    }

    @Test
    void topology_spread_values_the_api_server_rejects_are_reported_with_what_it_accepts() {
        // GIVEN constraints with maxSkew 0, a lower-case action, minDomains with ScheduleAnyway, a bad policy and a
        // repeated pair
        Manifest manifest = deployment("""
                topologySpreadConstraints:
                - {maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}
                - {maxSkew: 1, topologyKey: host, whenUnsatisfiable: doNotSchedule}
                - {maxSkew: 1, topologyKey: host, whenUnsatisfiable: ScheduleAnyway, minDomains: 2}
                - {maxSkew: 1, topologyKey: rack, whenUnsatisfiable: DoNotSchedule, minDomains: 0}
                - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Always}
                """, "");
        // WHEN invalid-topology-spread judges it
        List<String> messages = messages("invalid-topology-spread", manifest);
        // THEN each names the field, the value and what the API server accepts
        String at = "Deployment shop/web: spec.template.spec.topologySpreadConstraints";
        assertThat(messages).containsExactly(
                at + "[0].maxSkew is 0; the API server accepts only 1 or more",
                at + "[1].whenUnsatisfiable is \"doNotSchedule\"; the API server "
                        + "accepts only DoNotSchedule or ScheduleAnyway",
                at + "[2].minDomains is set with whenUnsatisfiable: ScheduleAnyway; the "
                        + "API server accepts minDomains only with DoNotSchedule",
                at + "[3].minDomains is 0; the API server accepts only 1 or more",
                at + "[4] repeats topologyKey zone with whenUnsatisfiable DoNotSchedule of an "
                        + "earlier constraint; the API server rejects a duplicate pair",
                at + "[4].nodeAffinityPolicy is \"Always\"; the API server "
                        + "accepts only Honor or Ignore");
    }

    @Test
    void a_constraint_without_topology_key_or_max_skew_is_reported_once_as_missing() {
        // GIVEN a constraint without topologyKey and one without maxSkew
        Manifest manifest = deployment("""
                topologySpreadConstraints:
                - {maxSkew: 1, whenUnsatisfiable: DoNotSchedule}
                - {topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}
                """, "");
        // WHEN missing-required-field and invalid-topology-spread judge it
        List<String> missing = messages("missing-required-field", manifest);
        List<String> invalid = messages("invalid-topology-spread", manifest);
        // THEN the missing fields are reported once, by missing-required-field
        String path = "spec.template.spec.topologySpreadConstraints";
        assertThat(missing).containsExactly(
                "Deployment shop/web: " + path + "[0].topologyKey is missing; the API "
                        + "server rejects a Deployment (apps/v1) without it",
                "Deployment shop/web: " + path + "[1].maxSkew is missing; the API "
                        + "server rejects a Deployment (apps/v1) without it");
        assertThat(invalid).isEmpty();
    }

    @Test
    void a_restart_policy_the_kind_does_not_allow_is_reported_with_the_values_it_allows() {
        // GIVEN a Deployment that restarts OnFailure, a Job without a policy, a Job with a podFailurePolicy that
        // restarts OnFailure, and a Pod with a misspelt policy
        Manifest manifest = reader.readString(DEPLOYMENT.formatted("      restartPolicy: OnFailure", "") + """
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate, namespace: shop}
                spec:
                  template:
                    spec:
                      containers: [{name: migrate, image: example/migrate:2.1.0}]
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: index, namespace: shop}
                spec:
                  podFailurePolicy:
                    rules:
                    - action: FailJob
                      onExitCodes: {operator: In, values: [42]}
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers: [{name: index, image: example/index:2.1.0}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, namespace: shop}
                spec:
                  restartPolicy: never
                  containers: [{name: debug, image: busybox:1.36}]
                """);
        // WHEN unsupported-restart-policy judges them
        List<String> messages = messages("unsupported-restart-policy", manifest);
        // THEN each names the policy, the kind and what it allows
        assertThat(messages).containsExactly(
                "Deployment shop/web: spec.template.spec.restartPolicy is "
                        + "OnFailure; the API server accepts only Always for the pods of a Deployment",
                "Job shop/migrate: spec.template.spec.restartPolicy is not set, so "
                        + "it defaults to Always, which the API server rejects for a Job; set OnFailure or Never",
                "Job shop/index: spec.template.spec.restartPolicy is OnFailure, but "
                        + "the Job has a podFailurePolicy, which the API server accepts only with Never",
                "Pod shop/debug: spec.restartPolicy is \"never\"; the API server accepts only "
                        + "Always, OnFailure or Never");
    }

    @Test
    void a_budget_with_both_limits_or_neither_is_reported_with_what_follows() {
        // GIVEN a budget with both limits and one with neither
        Manifest manifest = reader.readString("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web, namespace: shop}
                spec: {minAvailable: 2, maxUnavailable: "25%", selector: {matchLabels: {app: web}}}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: db, namespace: shop}
                spec: {selector: {matchLabels: {app: db}}}
                """);
        // WHEN disruption-budget-limits judges them
        List<String> messages = messages("disruption-budget-limits", manifest);
        // THEN both names the two values; neither says what the disruption controller makes of it
        assertThat(messages).containsExactly(
                "PodDisruptionBudget shop/web: spec sets both minAvailable (2) and maxUnavailable (25%); the "
                        + "API server rejects a PodDisruptionBudget with both",
                "PodDisruptionBudget shop/db: spec sets neither minAvailable nor maxUnavailable; the API "
                        + "server accepts that, but the disruption controller then allows no disruption, so every "
                        + "eviction of the pods it selects is refused and node drains hang");
    }
}
