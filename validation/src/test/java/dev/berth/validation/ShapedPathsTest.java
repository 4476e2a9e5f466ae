package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import org.junit.jupiter.api.Test;

/** Findings on objects with a bare list item point at the items as the user wrote them. */
class ShapedPathsTest {

    @Test
    void a_bare_item_and_the_container_after_it_keep_the_indexes_written() {
        // GIVEN a bare list item before a container running MySQL
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db, namespace: shop}
                spec:
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers:
                      -
                      - {name: mysql, image: "mysql:8.0"}
                """, "db.yaml");
        // WHEN every rule judges it
        Report report = Validator.of(RuleSets.all()).evaluate(manifest);
        // THEN the bare item is reported at index 0 and the container's findings at index 1, on their lines
        assertThat(report.findingsOf("missing-required-field")).singleElement().satisfies(f -> {
            assertThat(f.fieldPath()).isEqualTo("spec.template.spec.containers[0]");
            assertThat(f.message()).isEqualTo("spec.template.spec.containers[0] is empty (null); remove the bare "
                    + "list item or fill it in");
        });
        assertThat(report.findingsOf("database-not-statefulset")).singleElement().satisfies(f -> {
            assertThat(f.fieldPath()).isEqualTo("spec.template.spec.containers[1].image");
            assertThat(f.location().line()).isEqualTo(11);
        });
        assertThat(report.findingsOf(RuleFailure.ID)).isEmpty();
    }
}
