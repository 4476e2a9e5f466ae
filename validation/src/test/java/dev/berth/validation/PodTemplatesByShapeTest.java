package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.report.JsonReport;
import dev.berth.validation.rules.schema.MissingRequiredField;
import dev.berth.validation.rules.security.Privileged;
import dev.berth.validation.rules.workload.BarePod;
import dev.berth.validation.rules.workload.CpuLimit;
import dev.berth.validation.rules.workload.LivenessProbe;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: "pod templates inside custom resources (JobSet, RayService, Argo Rollouts, Knative and KServe services: 63
 * objects in these repositories, 6 of them privileged)" were never judged. Pod templates and pod specs found by shape
 * in objects of unknown kinds are judged by the container and pod rules, findings at their field paths, and the
 * summary says how many were found this way.
 */
class PodTemplatesByShapeTest {

    private static final String JOBSET = """
            apiVersion: jobset.x-k8s.io/v1alpha2
            kind: JobSet
            metadata: {name: train, namespace: ml}
            spec:
              replicatedJobs:
              - name: workers
                template:
                  spec:
                    template:
                      spec:
                        containers:
                        - name: trainer
                          image: example/trainer:1.0
                          securityContext: {privileged: true}
              - name: driver
                template:
                  spec:
                    template:
                      spec:
                        containers:
                        - name: driver
                          image: example/driver:1.0
            """;

    private static final String WIDGET = """
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w, namespace: ml}
            spec: {size: 3}
            """;

    private final Manifest manifest = new ManifestReader().readString(JOBSET + WIDGET, "train.yaml");

    @Test
    void a_privileged_container_in_a_jobset_is_reported_at_its_field_path() {
        // GIVEN a JobSet whose first replicated job runs a privileged container
        RuleSet rules = RuleSet.of("privileged", List.of(new Privileged()));
        // WHEN it is judged
        Report report = Validator.of(rules).evaluate(manifest);
        // THEN the finding sits on the JobSet, at the path of the field inside it, with the rule's message
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.fieldPath()).isEqualTo(
                    "spec.replicatedJobs[0].template.spec.template.spec.containers[0].securityContext.privileged");
            assertThat(finding.headline()).isEqualTo("JobSet ml/train: container trainer sets privileged: true, "
                    + "which gives it every capability and the host's devices");
            assertThat(finding.location().line()).isEqualTo(14);
        });
    }

    @Test
    void rules_about_the_owning_controller_or_long_running_pods_do_not_judge_them() {
        // GIVEN rules of bare Pods and liveness probes, which need the owner's kind, and a resource rule, which does not
        RuleSet rules = RuleSet.of("mixed", List.of(new BarePod(), new LivenessProbe(), new CpuLimit()));
        // WHEN the JobSet is judged
        Report report = Validator.of(rules).evaluate(manifest);
        // THEN only the resource rule speaks, once per container
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::fieldPath).containsExactly(
                Tuple.tuple("cpu-limit",
                        "spec.replicatedJobs[0].template.spec.template.spec.containers[0].resources.limits.cpu"),
                Tuple.tuple("cpu-limit",
                        "spec.replicatedJobs[1].template.spec.template.spec.containers[0].resources.limits.cpu"));
    }

    @Test
    void the_summary_says_how_many_pod_templates_were_found_by_shape_and_the_object_counts_as_judged() {
        // GIVEN the JobSet with two pod templates and a Widget with none
        RuleSet rules = RuleSet.of("privileged", List.of(new Privileged()));
        // WHEN they are judged and the report renders as text
        Report report = Validator.of(rules).evaluate(manifest);
        String text = TextReport.render(report);
        // THEN a line counts the templates by the kind holding them, and only the Widget is unjudged
        assertThat(text).endsWith("1 finding in 2 objects (rule set privileged): 1 high, 0 medium, 0 low, 0 info\n"
                + "2 pod templates found by shape in objects of other kinds, judged by the container and pod rules: "
                + "2 JobSet\n"
                + "1 object of a kind no rule judges, checked for form only: 1 Widget\n");
        assertThat(report.unjudged()).containsExactly(Map.entry("Widget", 1));
    }

    @Test
    void the_json_report_counts_pod_templates_found_by_shape_and_leaves_the_field_out_when_there_are_none() {
        // GIVEN the JobSet judged by a pod rule, and by a rule that judges no pod template found by shape
        Report judged = Validator.of(RuleSet.of("privileged", List.of(new Privileged()))).evaluate(manifest);
        Report notJudged = Validator.of(RuleSet.of("pods", List.of(new BarePod()))).evaluate(manifest);
        // WHEN they render as JSON
        String withTemplates = JsonReport.render(judged);
        String without = JsonReport.render(notJudged);
        // THEN the first counts them by kind after the unjudged objects; the second has no such field
        assertThat(withTemplates).contains("""
                  "unjudged": {
                    "total": 1,
                    "kinds": {
                      "Widget": 1
                    }
                  },
                  "podTemplatesByShape": {
                    "total": 2,
                    "kinds": {
                      "JobSet": 2
                    }
                  },
                  "summary": {
                """);
        assertThat(without).doesNotContain("podTemplatesByShape").contains("""
                  "unjudged": {
                    "total": 2,
                    "kinds": {
                      "JobSet": 1,
                      "Widget": 1
                    }
                  },
                  "summary": {
                """);
    }

    @Test
    void a_bare_list_item_in_a_pod_template_found_by_shape_is_reported_once_and_the_rest_is_judged() {
        // GIVEN a Knative Service whose containers list starts with a bare "-", and a container without a name
        Manifest knative = new ManifestReader().readString("""
                apiVersion: serving.knative.dev/v1
                kind: Service
                metadata: {name: hello, namespace: web}
                spec:
                  template:
                    spec:
                      containers:
                      -
                      - image: example/hello:1.0
                        securityContext: {privileged: true}
                """, "hello.yaml");
        RuleSet rules = RuleSet.of("mixed", List.of(new MissingRequiredField(), new Privileged()));
        // WHEN it is judged
        Report report = Validator.of(rules).evaluate(knative);
        // THEN the bare item is one schema finding, the nameless container (Knative names it) none, and the
        // privileged container is reported at the index the user wrote, named by its path
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactly("missing-required-field", "privileged");
        assertThat(report.findings().get(0).message()).startsWith("spec.template.spec.containers[0] is empty (null)");
        assertThat(report.findings().get(1).fieldPath())
                .isEqualTo("spec.template.spec.containers[1].securityContext.privileged");
        assertThat(report.findings().get(1).headline()).isEqualTo("Service web/hello: container "
                + "spec.template.spec.containers[1] sets privileged: true, which gives it every capability and the "
                + "host's devices");
    }

    @Test
    void judging_block_by_block_finds_the_same_as_judging_the_whole_set() {
        // GIVEN the JobSet and the Widget, and a rule of pods
        RuleSet rules = RuleSet.of("privileged", List.of(new Privileged(), new CpuLimit()));
        // WHEN they are judged in one block and object by object
        List<Finding> whole = Validator.of(rules).evaluate(manifest).findings();
        List<Finding> single = Validator.of(rules).inBlocksOf(1).evaluate(manifest).findings();
        // THEN the findings are the same
        assertThat(single).isEqualTo(whole).hasSize(3);
    }
}
