package dev.berth.validation.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import dev.berth.validation.report.JsonReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Judging a set in parts of namespaces, as {@code berth lint} does with an input too large to hold, gives the very
 * report that judging it whole gives: the same findings in the same order, the same suppressed findings, the same
 * JSON. Parts of one object's worth of namespaces are the hardest case: every namespace is then a part of its own,
 * and every lookup across namespaces, or from a cluster-scoped object to the namespaced ones, crosses parts.
 */
class PartsEquivalenceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
    private static final Validator ALL = Validator.of(RuleSets.all());

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void each_rule_fixture_gets_the_same_report_in_parts_of_one_namespace(Path fixture) {
        // GIVEN a rule fixture
        Manifest manifest = new ManifestReader().read(fixture);
        // WHEN every namespace of it is judged as a part of its own, and the whole at once
        // THEN the reports are the same
        assertSameReport(manifest, 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void every_fixture_together_gets_the_same_report_whatever_the_part_size(int objects) {
        // GIVEN every fixture of every rule as one manifest, some hundred objects in a dozen namespaces
        Manifest manifest = new ManifestReader().read(FIXTURES);
        assertThat(manifest.namespaces().size()).isGreaterThan(5);
        // WHEN judged in parts of that many objects' worth of namespaces
        // THEN the report is the one of the whole
        assertSameReport(manifest, objects);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void every_fixture_each_in_a_namespace_of_its_own_gets_the_same_report(int objects) throws IOException {
        // GIVEN every fixture file moved to a namespace of its own, so that the parts cut through what the rules join
        Manifest.Builder builder = Manifest.builder();
        List<Path> files = fixtures().toList();
        for (int f = 0; f < files.size(); f++) {
            Manifest one = new ManifestReader().read(files.get(f));
            for (HasMetadata object : one) {
                if (!ObjectRef.namespaceOf(object).isEmpty() && object.getMetadata() != null) {
                    object.getMetadata().setNamespace("fixture-" + f % 13);
                }
                builder.add(object, one.sourceOf(object).orElse(null));
            }
        }
        // WHEN judged in parts, THEN the report is the one of the whole
        assertSameReport(builder.build(), objects);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void the_shared_corpus_gets_the_same_report_whatever_the_part_size(int objects) {
        Manifest manifest = new ManifestReader().read(CORPUS);
        assertSameReport(manifest, objects);
    }

    @Test
    void a_cluster_role_bound_in_one_namespace_is_not_reported_as_unbound_by_the_parts_without_the_binding() {
        // GIVEN a ClusterRole that allows exec, a namespace b, and a RoleBinding of namespace a that binds the role
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: debugger}
                rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: b}
                data: {level: debug}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: debuggers, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: debugger}
                subjects: [{kind: User, name: alice}]
                """, "rbac.yaml");
        // WHEN judged in parts of one namespace: the part of b, the first, does not hold the binding
        Report parts = PartedReport.evaluate(ALL, manifest, 1);
        // THEN the role is reported where the grant takes effect, on the binding, and not on its own as in part b
        assertThat(parts.findingsOf("rbac-pod-exec")).extracting(f -> f.object().toString())
                .containsExactly("RoleBinding a/debuggers");
        assertThat(JsonReport.render(parts)).isEqualTo(JsonReport.render(ALL.evaluate(manifest)));
    }

    @Test
    void a_binding_of_a_service_account_of_another_namespace_is_seen_by_that_namespace() {
        // GIVEN a Deployment in namespace b whose token is mounted, and a RoleBinding in namespace a that binds its
        // ServiceAccount
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: api-reads, namespace: a}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: ServiceAccount, name: api, namespace: b}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: b}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      serviceAccountName: api
                      containers: [{name: api, image: "nginx:1.27"}]
                """, "bound.yaml");
        // WHEN judged in parts of one namespace
        Report parts = PartedReport.evaluate(ALL, manifest, 1);
        // THEN the binding is shared with b's part, so the mounted token is used: no token-automount finding
        assertThat(Partition.shared(manifest.objects().get(0))).isTrue();
        assertThat(parts.findingsOf("token-automount")).isEmpty();
        assertThat(JsonReport.render(parts)).isEqualTo(JsonReport.render(ALL.evaluate(manifest)));
    }

    @Test
    void namespaces_are_grouped_in_input_order_and_a_large_one_is_a_part_of_its_own() {
        // GIVEN namespaces of 3, 1, 5 and 1 objects
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("a", 3L);
        weights.put("b", 1L);
        weights.put("c", 5L);
        weights.put("d", 1L);
        // WHEN grouped into parts of at most 4
        // THEN a and b share a part, c is a part of its own although larger, d starts the next
        assertThat(Partition.group(weights, 4)).containsExactly(Set.of("a", "b"), Set.of("c"), Set.of("d"));
        assertThat(Partition.group(Map.of(), 4)).containsExactly(Set.of());
        assertThatThrownBy(() -> Partition.group(weights, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a part holds a weight of at least 1, was 0");
    }

    private static void assertSameReport(Manifest manifest, long objectsPerPart) {
        Report expected = ALL.evaluate(manifest);
        Report actual = PartedReport.evaluate(ALL, manifest, objectsPerPart);
        assertThat(actual.objects()).isEqualTo(expected.objects());
        assertThat(actual.findings()).containsExactlyElementsOf(expected.findings());
        assertThat(actual.suppressed()).containsExactlyElementsOf(expected.suppressed());
        assertThat(JsonReport.render(actual)).isEqualTo(JsonReport.render(expected));
    }
}
