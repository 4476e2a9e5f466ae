package dev.berth.validation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import java.util.List;
import dev.berth.validation.docs.RulesIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata and must be up to date. When a rule changes, regenerate
 * it and review the diff:
 *
 * <pre>
 * mvn -B -pl validation -am test -Dtest=RulesIndexTest -Dsurefire.failIfNoSpecifiedTests=false -Dberth.updateDocs=true
 * </pre>
 */
class RulesIndexTest {

    /** The system property that rewrites {@code docs/rules.md} instead of comparing with it. */
    static final String UPDATE = "berth.updateDocs";

    private static final Path INDEX = Path.of(System.getProperty("berth.root", "..")).resolve("docs/rules.md");

    @Test
    void docs_rules_md_is_generated_from_the_current_metadata() throws IOException {
        // GIVEN the index generated from the rules
        String generated = RulesIndex.render(RuleSets.all());
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(INDEX.getParent());
            Files.writeString(INDEX, generated, StandardCharsets.UTF_8);
        }
        // THEN the committed file is the same
        assertThat(INDEX).as("%s (regenerate with -D%s=true)", INDEX, UPDATE).exists();
        assertThat(Files.readString(INDEX, StandardCharsets.UTF_8))
                .as("%s is stale; regenerate it with: mvn -B -pl validation -am test -Dtest=RulesIndexTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -D%s=true", INDEX, UPDATE)
                .isEqualTo(generated);
    }

    @Test
    void each_rule_is_one_row_linked_to_its_page() {
        String index = RulesIndex.render(RuleSets.all());
        assertThat(index).contains("| [database-not-statefulset](rules/database-not-statefulset.md) | high | A "
                + "datastore runs in a workload that gives it no stable identity or storage | recommended, strict |  |");
        assertThat(index).contains("\n## Schema\n");
    }

    @Test
    void parameters_are_listed_with_their_defaults_and_pipes_are_escaped() {
        Rule rule = new Rule(RuleInfo.id("x-replicas").summary("Too few | replicas").severity(Severity.LOW)
                .category(Category.WORKLOAD).remediation("Add replicas.")
                .parameters(Parameter.of("minReplicas", Integer.class, 2, "Replicas a workload should have"))
                .build()) {
            @Override
            public void check(RuleContext context) {
            }
        };
        assertThat(RulesIndex.render(RuleSet.of("t", List.of(rule)))).contains("| [x-replicas](rules/x-replicas.md) "
                + "| low | Too few \\| replicas | all | `minReplicas` = `2`: Replicas a workload should have |");
    }
}
