package dev.berth.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report: its schema pinned byte for byte, escaping, objects without a file. */
class JsonReportTest {

    @Test
    void a_report_renders_as_the_documented_v1_schema_exactly() {
        // GIVEN a report with a finding read from a file and a suppressed one
        Report report = ReportSamples.shop();
        // WHEN it renders as JSON
        String json = JsonReport.render(report);
        // THEN the text is exactly the documented shape (docs/report-json.md)
        assertThat(json).isEqualTo("""
                {
                  "schema": "berth.dev/report/v1",
                  "ruleSet": "custom",
                  "objects": 2,
                  "unjudged": {
                    "total": 0,
                    "kinds": {}
                  },
                  "summary": {
                    "high": 1,
                    "medium": 0,
                    "low": 0,
                    "info": 0,
                    "total": 1,
                    "suppressed": 1
                  },
                  "rules": [
                    {
                      "id": "database-not-statefulset",
                      "severity": "high",
                      "category": "storage",
                      "summary": "A datastore runs in a workload that gives it no stable identity or storage",
                      "docs": "docs/rules/database-not-statefulset.md"
                    },
                    {
                      "id": "suppression-without-reason",
                      "severity": "medium",
                      "category": "config",
                      "summary": "A suppression annotation gives no reason",
                      "docs": "docs/rules/suppression-without-reason.md"
                    }
                  ],
                  "findings": [
                    {
                      "ruleId": "database-not-statefulset",
                      "severity": "high",
                      "object": {
                        "kind": "Deployment",
                        "namespace": "shop",
                        "name": "mysql"
                      },
                      "fieldPath": "spec.template.spec.containers[0].image",
                      "message": "Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment gives its pods no stable identity and no storage of their own",
                      "remediation": "Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing Service, or host it outside the cluster behind an ExternalName Service.",
                      "location": {
                        "file": "deploy/shop.yaml",
                        "line": 13,
                        "column": 9
                      }
                    }
                  ],
                  "suppressed": [
                    {
                      "ruleId": "database-not-statefulset",
                      "severity": "high",
                      "object": {
                        "kind": "Deployment",
                        "namespace": "shop",
                        "name": "cache"
                      },
                      "fieldPath": "spec.template.spec.containers[0].image",
                      "message": "Deployment runs MongoDB (image mongo:7.0) in container mongo; a Deployment gives its pods no stable identity and no storage of their own",
                      "remediation": "Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing Service, or host it outside the cluster behind an ExternalName Service.",
                      "location": {
                        "file": "deploy/shop.yaml",
                        "line": 29,
                        "column": 9
                      }
                    }
                  ]
                }
                """);
    }

    @Test
    void rendering_twice_gives_the_same_bytes() {
        assertThat(JsonReport.render(ReportSamples.shop())).isEqualTo(JsonReport.render(ReportSamples.shop()));
    }

    @Test
    void an_object_built_in_code_has_a_null_location_and_text_is_escaped() throws Exception {
        // GIVEN a finding with quotes, a newline, a control character and non-ASCII text, on an object from code
        String message = "value \"a\\b\"\nnext line \u0001 éè </script>";
        Finding finding = new Finding("x-rule", Severity.LOW, ObjectRef.of("ConfigMap", "shop", "c"), "data.a",
                message, "Fix it.", Location.none());
        Report report = new Report("custom", 1, Map.of(), List.of(finding), List.of());
        // WHEN it renders as JSON and is read back
        JsonNode tree = new ObjectMapper().readTree(JsonReport.render(report));
        // THEN the message survives unchanged and the location is null
        JsonNode read = tree.path("findings").get(0);
        assertThat(read.path("message").asText()).isEqualTo(message);
        assertThat(read.path("location").isNull()).isTrue();
        assertThat(read.path("severity").asText()).isEqualTo("low");
        assertThat(tree.path("summary").path("low").asInt()).isEqualTo(1);
    }
}
