package dev.berth.validation.fluent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 4: "custom predicates and conditions in the fluent rules (ArchUnit's {@code DescribedPredicate}/
 * {@code ArchCondition} are the model) ... and a kind name that Kubernetes does not know is an error when the rule is
 * built" ("a misspelt kind in {@code kinds(...)} means a rule that silently never runs").
 */
class CustomFluentRulesTest {

    private final Manifest shop = new ManifestReader().readString("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web, exposure: public}}
                spec: {containers: [{name: web, image: nginx:1.27}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: worker, namespace: shop}
            spec:
              replicas: 1
              selector: {matchLabels: {app: worker}}
              template:
                metadata: {labels: {app: worker, team: payments}}
                spec: {containers: [{name: worker, image: nginx:1.27}]}
            """, "shop.yaml");

    private static final DescribedPredicate<Workload> PUBLIC = DescribedPredicate.describe("are public",
            w -> "public".equals(w.podLabels().get("exposure")));

    @Test
    void a_described_predicate_selects_and_reads_in_the_rule() {
        // GIVEN a team's own selector
        FluentRule rule = Rules.workloads().that(PUBLIC).should().haveReplicasAtLeast(2);
        // WHEN it checks the shop, THEN only the public workload is judged, and the rule reads with the description
        assertThat(rule.selectedIn(shop)).extracting(Workload::name).containsExactly("web");
        assertThatThrownBy(() -> rule.check(shop)).hasMessage("""
                Rule 'workloads that are public should have at least 2 replicas' was violated (1 time):
                  Deployment shop/web: has 1 replica, fewer than 2
                    at shop.yaml:5:3""");
    }

    @Test
    void described_predicates_combine_and_negate_with_their_descriptions() {
        DescribedPredicate<Workload> internal = PUBLIC.negate("are internal");
        DescribedPredicate<Workload> paid = DescribedPredicate.describe("belong to payments",
                w -> "payments".equals(w.podLabels().get("team")));
        assertThat(Rules.workloads().that(internal).and(paid).should().haveReplicasAtLeast(1).description())
                .isEqualTo("workloads that are internal and belong to payments should have at least 1 replicas");
        assertThat(PUBLIC.or(paid).description()).isEqualTo("are public or belong to payments");
        assertThat(Rules.workloads().that(PUBLIC.or(paid)).should().haveReplicasAtLeast(1).selectedIn(shop))
                .hasSize(2);
    }

    @Test
    void a_workload_condition_reports_its_own_field_and_message() {
        // GIVEN a team's own condition
        WorkloadCondition namesItsTeam = WorkloadCondition.of("name its team", (workload, events) -> {
            if (!workload.podLabels().containsKey("team")) {
                events.violation("spec.template.metadata.labels", "has no pod label team");
            }
        });
        // WHEN it checks the shop, THEN the workload without the label is one finding at that field
        assertThatThrownBy(() -> Rules.workloads().should().satisfy(namesItsTeam).check(shop)).hasMessage("""
                Rule 'workloads should name its team' was violated (1 time):
                  Deployment shop/web: has no pod label team
                    at shop.yaml:8:16""");
    }

    @Test
    void a_predicate_as_a_condition_reports_what_was_not_satisfied() {
        DescribedPredicate<Workload> labelled = DescribedPredicate.describe("be labelled by team",
                w -> w.podLabels().containsKey("team"));
        assertThatThrownBy(() -> Rules.workloads().should().satisfy(labelled).check(shop)).hasMessage("""
                Rule 'workloads should be labelled by team' was violated (1 time):
                  Deployment shop/web: does not satisfy "be labelled by team"
                    at shop.yaml:1:1""");
    }

    @Test
    void a_blank_description_is_refused() {
        assertThatThrownBy(() -> DescribedPredicate.describe(" ", w -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a predicate needs a description that reads on after \"workloads that\", such as "
                        + "\"are public\"; was blank");
        assertThatThrownBy(() -> WorkloadCondition.of(null, (w, events) -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a condition needs a description that reads on after \"should\", such as "
                        + "\"name its team\"; was null");
    }

    @Test
    void a_misspelt_kind_is_an_error_when_the_rule_is_built() {
        // GIVEN a rule's metadata naming a kind Kubernetes does not have, THEN building it fails, naming the fix
        assertThatThrownBy(() -> RuleInfo.id("team-label").summary("A workload names no team")
                .category(Category.WORKLOAD).kinds("Deployment", "Statefulset").remediation("Add a label team."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule team-label: kind \"Statefulset\" is not a Kubernetes kind; did you mean StatefulSet? "
                        + "For a custom resource, name its API group, as in \"example.com/Statefulset\"");
        assertThatThrownBy(() -> Rules.workloads().that().areOfKind("Deploymnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind \"Deploymnet\" is not a Kubernetes kind; did you mean Deployment? For a custom "
                        + "resource, name its API group, as in \"example.com/Deploymnet\"");
    }

    @Test
    void a_custom_resource_kind_is_declared_by_its_group_and_judged_by_its_kind() {
        RuleInfo info = RuleInfo.id("rollout-label").summary("A rollout names no team").category(Category.WORKLOAD)
                .kinds("argoproj.io/Rollout").remediation("Add a label team.").build();
        assertThat(info.kinds()).containsExactly("Rollout");
        assertThat(info.appliesTo("Rollout")).isTrue();
    }
}
