package dev.berth.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label-selector matching, term by term, as the API server does it. */
class SelectorsTest {

    private static final Map<String, String> WEB_PROD = Map.of("app", "web", "env", "prod");

    private static LabelSelector expression(String key, String operator, String... values) {
        return new LabelSelectorBuilder().addNewMatchExpression().withKey(key).withOperator(operator)
                .withValues(values).endMatchExpression().build();
    }

    @Test
    void match_labels_need_every_key_with_the_same_value() {
        // GIVEN
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addToMatchLabels("env", "prod").build();
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isTrue();
        assertThat(Selectors.matches(selector, Map.of("app", "web", "env", "prod", "tier", "front"))).isTrue();
        assertThat(Selectors.matches(selector, Map.of("app", "web"))).isFalse();
        assertThat(Selectors.matches(selector, Map.of("app", "web", "env", "dev"))).isFalse();
    }

    @Test
    void an_empty_label_value_must_be_present_to_match() {
        // GIVEN a selector requiring tier=""
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("tier", "").build();
        // WHEN / THEN
        assertThat(Selectors.matches(selector, Map.of("tier", ""))).isTrue();
        assertThat(Selectors.matches(selector, Map.of())).isFalse();
    }

    @Test
    void in_needs_the_key_with_one_of_the_values() {
        // GIVEN
        LabelSelector selector = expression("env", "In", "prod", "staging");
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isTrue();
        assertThat(Selectors.matches(selector, Map.of("env", "staging"))).isTrue();
        assertThat(Selectors.matches(selector, Map.of("env", "dev"))).isFalse();
        assertThat(Selectors.matches(selector, Map.of("app", "web"))).isFalse();
    }

    @Test
    void not_in_matches_other_values_and_a_missing_key() {
        // GIVEN
        LabelSelector selector = expression("env", "NotIn", "prod");
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isFalse();
        assertThat(Selectors.matches(selector, Map.of("env", "dev"))).isTrue();
        assertThat(Selectors.matches(selector, Map.of("app", "web"))).isTrue();
    }

    @Test
    void exists_needs_the_key_whatever_its_value() {
        // GIVEN
        LabelSelector selector = expression("env", "Exists");
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isTrue();
        assertThat(Selectors.matches(selector, Map.of("env", ""))).isTrue();
        assertThat(Selectors.matches(selector, Map.of("app", "web"))).isFalse();
    }

    @Test
    void does_not_exist_needs_the_key_to_be_absent() {
        // GIVEN
        LabelSelector selector = expression("env", "DoesNotExist");
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isFalse();
        assertThat(Selectors.matches(selector, Map.of("app", "web"))).isTrue();
        assertThat(Selectors.matches(selector, Map.of())).isTrue();
    }

    @Test
    void all_terms_of_labels_and_expressions_are_anded() {
        // GIVEN app=web AND env In (prod) AND canary DoesNotExist
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addNewMatchExpression().withKey("env").withOperator("In").withValues("prod").endMatchExpression()
                .addNewMatchExpression().withKey("canary").withOperator("DoesNotExist").endMatchExpression()
                .build();
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isTrue();
        assertThat(Selectors.matches(selector, Map.of("app", "web", "env", "prod", "canary", "1"))).isFalse();
        assertThat(Selectors.matches(selector, Map.of("app", "api", "env", "prod"))).isFalse();
        assertThat(Selectors.matches(selector, Map.of("app", "web", "env", "dev"))).isFalse();
    }

    @Test
    void an_unknown_or_missing_operator_selects_nothing() {
        // GIVEN a misspelled operator and a missing one
        LabelSelector misspelled = expression("env", "in", "prod");
        LabelSelector missing = expression("env", null, "prod");
        // WHEN / THEN
        assertThat(Selectors.matches(misspelled, WEB_PROD)).isFalse();
        assertThat(Selectors.matches(missing, WEB_PROD)).isFalse();
    }

    @Test
    void in_without_values_selects_nothing_and_not_in_without_values_selects_everything() {
        // GIVEN
        LabelSelector in = expression("env", "In");
        LabelSelector notIn = expression("env", "NotIn");
        // WHEN / THEN
        assertThat(Selectors.matches(in, WEB_PROD)).isFalse();
        assertThat(Selectors.matches(notIn, WEB_PROD)).isTrue();
    }

    @Test
    void an_empty_selector_selects_everything_and_a_null_one_nothing() {
        // GIVEN
        LabelSelector empty = new LabelSelector();
        // WHEN / THEN
        assertThat(Selectors.matches(empty, WEB_PROD)).isTrue();
        assertThat(Selectors.matches(empty, null)).isTrue();
        assertThat(Selectors.matches(null, WEB_PROD)).isFalse();
        assertThat(Selectors.isEmpty(empty)).isTrue();
        assertThat(Selectors.isEmpty(new LabelSelectorBuilder().withMatchLabels(Map.of()).build())).isTrue();
        assertThat(Selectors.isEmpty(null)).isFalse();
        assertThat(Selectors.isEmpty(expression("env", "Exists"))).isFalse();
        assertThat(Selectors.isEmpty(new LabelSelectorBuilder().addToMatchLabels("a", "b").build())).isFalse();
    }

    @Test
    void null_labels_are_no_labels() {
        // GIVEN
        LabelSelector exists = expression("env", "Exists");
        LabelSelector doesNotExist = expression("env", "DoesNotExist");
        LabelSelector notIn = expression("env", "NotIn", "prod");
        LabelSelector labels = new LabelSelectorBuilder().addToMatchLabels("env", "prod").build();
        // WHEN / THEN
        assertThat(Selectors.matches(exists, null)).isFalse();
        assertThat(Selectors.matches(doesNotExist, null)).isTrue();
        assertThat(Selectors.matches(notIn, null)).isTrue();
        assertThat(Selectors.matches(labels, null)).isFalse();
        assertThat(Selectors.matchesAll(Map.of("env", "prod"), null)).isFalse();
    }

    @Test
    void a_match_label_without_a_value_matches_nothing_instead_of_failing() {
        // GIVEN "matchLabels: {env: }", which YAML reads as a null value
        Map<String, String> withNull = new HashMap<>();
        withNull.put("env", null);
        LabelSelector selector = new LabelSelectorBuilder().withMatchLabels(withNull).build();
        // WHEN / THEN
        assertThat(Selectors.matches(selector, WEB_PROD)).isFalse();
        assertThat(Selectors.matches(selector, Map.of())).isFalse();
        assertThat(Selectors.matchesAll(withNull, WEB_PROD)).isFalse();
    }

    @Test
    void an_expression_or_a_match_label_without_a_key_matches_nothing_instead_of_failing() {
        // GIVEN an expression without key, a match label without key, and labels that reject null keys (Map.of)
        LabelSelector noKeyExpression = expression(null, "DoesNotExist");
        Map<String, String> noKeyLabel = new HashMap<>();
        noKeyLabel.put(null, "web");
        LabelSelector noKeyMatchLabel = new LabelSelectorBuilder().withMatchLabels(noKeyLabel).build();
        // WHEN / THEN
        assertThat(Selectors.matches(noKeyExpression, Map.of("app", "web"))).isFalse();
        assertThat(Selectors.matches(noKeyExpression, null)).isFalse();
        assertThat(Selectors.matches(noKeyMatchLabel, Map.of("app", "web"))).isFalse();
        assertThat(Selectors.matchesAll(noKeyLabel, Map.of("app", "web"))).isFalse();
    }

    @Test
    void an_equality_selector_needs_every_term_and_selects_nothing_when_empty() {
        // GIVEN the map selectors Services and ReplicationControllers use
        Map<String, String> web = Map.of("app", "web");
        // WHEN / THEN
        assertThat(Selectors.matchesAll(web, WEB_PROD)).isTrue();
        assertThat(Selectors.matchesAll(Map.of("app", "web", "env", "dev"), WEB_PROD)).isFalse();
        assertThat(Selectors.matchesAll(Map.of(), WEB_PROD)).isFalse();
        assertThat(Selectors.matchesAll(null, WEB_PROD)).isFalse();
    }
}
