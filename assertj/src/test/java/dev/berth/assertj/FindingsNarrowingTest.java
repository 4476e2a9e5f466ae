package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 3: "berth-assertj gains field-path, line and message assertions, {@code hasFindingOf(id).on(...)}
 * narrows" ("{@code hasCount} counts every finding of the rule" was the complaint).
 */
class FindingsNarrowingTest {

    /** A platform team's rule: every workload names its team. */
    static final class TeamLabel extends Rule {
        TeamLabel() {
            super(RuleInfo.id("team-label").summary("A workload names no team").category(Category.WORKLOAD)
                    .remediation("Add a label team.").build());
        }

        @Override
        public void check(RuleContext context) {
            for (Workload workload : context.workloads()) {
                var labels = workload.owner().getMetadata().getLabels();
                if (labels == null || !labels.containsKey("team")) {
                    context.report(workload.owner(), "metadata.labels", "has no label team");
                }
            }
        }
    }

    static final Manifest TWO_UNLABELLED = new ManifestReader().readString("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec: {containers: [{name: api, image: nginx:1.27}]}
            """, "team.yaml");

    static final RuleSet TEAM = RuleSet.of("team", List.of(new TeamLabel()));

    @Test
    void on_narrows_so_that_has_count_counts_the_findings_on_that_object() {
        // GIVEN two Deployments without the label, WHEN narrowed to one, THEN one finding is counted
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").hasCount(2);
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").on("Deployment", "web").hasCount(1);
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").on("Deployment", "shop", "api")
                .hasCount(1);
    }

    @Test
    void a_second_on_looks_only_among_the_findings_the_first_kept() {
        // WHEN narrowed to web, THEN api's finding is no longer there to match
        assertThatThrownBy(() -> assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label")
                .on("Deployment", "web").on("Deployment", "api"))
                .hasMessage("Expecting a finding of rule 'team-label' on Deployment api, but found it only on:\n"
                        + "Rule 'team-label' [MEDIUM] was violated (1 time):\n"
                        + "  Deployment shop/web: has no label team\n"
                        + "    at team.yaml:3:1");
    }

    @Test
    void a_field_path_is_asserted_and_a_wrong_one_names_the_paths_found() {
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").atFieldPath("metadata.labels")
                .hasCount(2);
        assertThatThrownBy(() -> assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label")
                .on("Deployment", "api").atFieldPath("metadata.annotations"))
                .hasMessage("Expecting a finding of rule 'team-label' at field path metadata.annotations, but found "
                        + "it only at:\n"
                        + "  Deployment shop/api at metadata.labels");
    }

    @Test
    void a_line_is_asserted_and_a_wrong_one_names_the_locations_found() {
        // metadata.labels is absent, so each finding points at its nearest ancestor, metadata
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").atLine(12).on("Deployment", "api");
        assertThatThrownBy(() -> assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").atLine(13))
                .hasMessage("Expecting a finding of rule 'team-label' at line 13, but found it only at:\n"
                        + "  Deployment shop/web at team.yaml:3:1\n"
                        + "  Deployment shop/api at team.yaml:12:1");
    }

    @Test
    void a_message_is_asserted_whole_or_in_part() {
        assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label").withMessage("has no label team")
                .withMessageContaining("label team").hasCount(2);
        assertThatThrownBy(() -> assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label")
                .on("Deployment", "web").withMessage("has no label tema"))
                .hasMessage("Expecting a finding of rule 'team-label' with message \"has no label tema\", but found "
                        + "only:\n"
                        + "  Deployment shop/web: has no label team");
        assertThatThrownBy(() -> assertThat(TWO_UNLABELLED).usingRules(TEAM).hasFindingOf("team-label")
                .on("Deployment", "web").withMessageContaining("tema"))
                .hasMessage("Expecting a finding of rule 'team-label' with a message containing \"tema\", but found "
                        + "only:\n"
                        + "  Deployment shop/web: has no label team");
    }
}
