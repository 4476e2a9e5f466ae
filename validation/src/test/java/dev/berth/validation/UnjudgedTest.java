package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.baseline.Baseline;
import dev.berth.validation.report.JsonReport;
import dev.berth.validation.rules.schema.InvalidName;
import dev.berth.validation.rules.workload.BarePod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every object is judged or accounted for: the report counts, by kind, the objects no rule of the run judged, the
 * text report says so on a line of its own, the JSON report in a field, and the {@code unjudged-kind} rule (only in
 * the {@code all} set) names each.
 */
class UnjudgedTest {

    private static final String MIXED = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              containers:
              - {name: web, image: "nginx:1.27.0"}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: a, namespace: shop}
            ---
            apiVersion: example.com/v1
            kind: Gadget
            metadata: {name: g, namespace: shop}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: b, namespace: shop}
            """;

    private final Manifest manifest = new ManifestReader().readString(MIXED, "mixed.yaml");

    @Test
    void objects_of_kinds_no_rule_of_the_run_declares_are_counted_by_kind() {
        // GIVEN a Pod and three custom resources, judged by a rule of Pods
        RuleSet pods = RuleSet.of("pods", List.of(new BarePod()));
        // WHEN they are judged
        Report report = Validator.of(pods).evaluate(manifest);
        // THEN the custom resources are counted, by kind in name order, and the Pod is not
        assertThat(report.objects()).isEqualTo(4);
        assertThat(report.unjudged()).containsExactly(Map.entry("Gadget", 1), Map.entry("Widget", 2));
        assertThat(report.unjudgedCount()).isEqualTo(3);
    }

    @Test
    void a_rule_that_declares_no_kinds_judges_only_form_and_does_not_count() {
        // GIVEN only a rule of names, which looks at every object's form whatever its kind
        RuleSet names = RuleSet.of("names", List.of(new InvalidName()));
        // WHEN the objects are judged
        Report report = Validator.of(names).evaluate(manifest);
        // THEN every object is counted as unjudged, the Pod too
        assertThat(report.unjudged()).containsExactly(Map.entry("Gadget", 1), Map.entry("Pod", 1),
                Map.entry("Widget", 2));
    }

    @Test
    void the_text_report_says_how_many_objects_no_rule_judged_and_of_which_kinds() {
        // GIVEN the objects judged by a rule of Pods
        Report report = Validator.of(RuleSet.of("pods", List.of(new BarePod()))).evaluate(manifest);
        // WHEN it renders as text
        String text = TextReport.render(report);
        // THEN a line after the summary counts them by kind
        assertThat(text).endsWith("1 finding in 4 objects (rule set pods): 0 high, 1 medium, 0 low, 0 info\n"
                + "3 objects of kinds no rule judges, checked for form only: 1 Gadget, 2 Widget\n");
    }

    @Test
    void one_unjudged_object_reads_in_the_singular_and_none_adds_no_line() {
        // GIVEN one custom resource, and then only the Pod
        Manifest one = new ManifestReader().readString(MIXED.substring(0, MIXED.indexOf("---\napiVersion: example"
                + ".com/v1\nkind: Gadget")), "one.yaml");
        Manifest pod = new ManifestReader().readString(MIXED.substring(0, MIXED.indexOf("---")), "pod.yaml");
        Validator validator = Validator.of(RuleSet.of("pods", List.of(new BarePod())));
        // WHEN they render as text
        // THEN one object is in the singular, and a report with none has no such line
        assertThat(TextReport.render(validator.evaluate(one)))
                .endsWith("\n1 object of a kind no rule judges, checked for form only: 1 Widget\n");
        assertThat(TextReport.render(validator.evaluate(pod)))
                .endsWith("\n1 finding in 1 object (rule set pods): 0 high, 1 medium, 0 low, 0 info\n");
    }

    @Test
    void the_json_report_has_the_count_and_the_kinds() {
        // GIVEN the objects judged by a rule of Pods
        Report report = Validator.of(RuleSet.of("pods", List.of(new BarePod()))).evaluate(manifest);
        // WHEN it renders as JSON
        String json = JsonReport.render(report);
        // THEN the field follows the object count
        assertThat(json).contains("""
                  "objects": 4,
                  "unjudged": {
                    "total": 3,
                    "kinds": {
                      "Gadget": 1,
                      "Widget": 2
                    }
                  },
                  "summary": {
                """);
    }

    @Test
    void the_count_survives_a_threshold_and_a_baseline() {
        // GIVEN a report with unjudged objects
        Report report = Validator.of(RuleSet.of("pods", List.of(new BarePod()))).evaluate(manifest);
        // WHEN it is cut to a threshold, and filtered by a baseline of its own findings
        Report high = report.atLeast(Severity.HIGH);
        Report fresh = Baseline.of(report).filter(report);
        // THEN both still count them
        assertThat(high.unjudged()).isEqualTo(report.unjudged());
        assertThat(fresh.unjudged()).isEqualTo(report.unjudged());
    }

    @Test
    void the_unjudged_kind_rule_names_each_object_no_other_rule_judges() {
        // GIVEN the objects, a rule of Pods and unjudged-kind
        Rule unjudgedKind = RuleSets.all().rule("unjudged-kind").orElseThrow();
        RuleSet set = RuleSet.of("pods", List.of(new BarePod(), unjudgedKind));
        // WHEN they are judged
        Report report = Validator.of(set).evaluate(manifest);
        // THEN each custom resource has one INFO finding that says what was and was not checked
        assertThat(report.findingsOf("unjudged-kind")).extracting(Finding::headline).containsExactly(
                "Widget shop/a: no rule of this run judges kind Widget (example.com/v1), so Berth checked only its "
                        + "form: name, labels and fields",
                "Gadget shop/g: no rule of this run judges kind Gadget (example.com/v1), so Berth checked only its "
                        + "form: name, labels and fields",
                "Widget shop/b: no rule of this run judges kind Widget (example.com/v1), so Berth checked only its "
                        + "form: name, labels and fields");
        assertThat(report.findingsOf("unjudged-kind")).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void only_the_all_rule_set_runs_unjudged_kind() {
        // GIVEN the named rule sets
        // WHEN / THEN only all holds the rule
        for (String name : RuleSets.names()) {
            assertThat(RuleSets.named(name).contains("unjudged-kind")).as("rule set %s", name)
                    .isEqualTo(name.equals(RuleSets.ALL));
        }
    }
}
