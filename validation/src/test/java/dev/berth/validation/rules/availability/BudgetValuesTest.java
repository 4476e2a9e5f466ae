package dev.berth.validation.rules.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets read their counts and percentages through core's value layer, which never throws. */
class BudgetValuesTest {

    @Test
    void a_percentage_beyond_any_int_is_read_not_thrown() {
        // GIVEN a budget whose minAvailable is a percentage of eleven digits
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: nginx:1.27.1}]
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  minAvailable: "99999999999%"
                  selector: {matchLabels: {app: web}}
                """);
        RuleSet one = RuleSet.of("t", List.of(RuleSets.all().rule("disruption-budget-blocks-eviction")
                .orElseThrow()));
        // WHEN the budget rule judges it
        List<String> messages = Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline)
                .toList();
        // THEN it is read as more than 100%, which blocks every eviction
        assertThat(messages).containsExactly("PodDisruptionBudget default/web: spec.minAvailable is 99999999999%, "
                + "so no pod may ever be evicted; node drains and upgrades hang");
    }
}
