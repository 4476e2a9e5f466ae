package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import dev.berth.validation.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code berth lint --memory parts}: an input judged a part of namespaces at a time gives the report, problems and
 * exit code that judging it whole gives, whatever the parts' size.
 */
class PartedLintTest {

    private static final Path SHARED = Path.of(System.getProperty("berth.shared", "../../shared"));

    @TempDir
    static Path corpus;

    @BeforeAll
    static void a_lint_corpus_with_cluster_objects_a_cross_namespace_binding_and_a_broken_file() throws Exception {
        // 140 applications of seven objects in 50 namespaces, a tenth with a seeded defect (the benchmark's corpus)
        Process gen = new ProcessBuilder("python3", SHARED.resolve("tools/gen-lint-corpus.py").toString(),
                corpus.toString(), "140").inheritIO().start();
        assertThat(gen.waitFor()).isEqualTo(0);
        write(corpus, "cluster.yaml", """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: ssd-retain}
                provisioner: pd.csi.storage.gke.io
                reclaimPolicy: Retain
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: debugger}
                rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: scratch}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  hostPath: {path: /mnt/scratch}
                """);
        write(corpus, "zz-rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: debuggers, namespace: ns-7}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: debugger}
                subjects: [{kind: ServiceAccount, name: web-3, namespace: ns-3}]
                """);
        write(corpus, "zz-service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web-3, namespace: lonely}
                spec:
                  selector: {app.kubernetes.io/name: web-3}
                  ports: [{name: http, port: 80}]
                """);
        write(corpus, "broken.yaml", "kind: [\n");
    }

    @Test
    void lint_in_parts_prints_the_report_problems_and_exit_code_of_lint_whole() {
        // WHEN the corpus is linted whole, in parts, and as auto chooses (whole, at this size)
        Cli.Result whole = run("lint", "--format", "json", "--memory", "whole", corpus.toString());
        Cli.Result parts = run("lint", "--format", "json", "--memory", "parts", corpus.toString());
        Cli.Result auto = run("lint", "--format", "json", corpus.toString());
        // THEN all three print the same bytes and exit 2 for the broken file
        assertThat(whole.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(whole.err()).startsWith(corpus.resolve("broken.yaml") + ":2:1: broken YAML");
        assertThat(whole.out()).contains("\"objects\": 985,");
        assertThat(parts).isEqualTo(whole);
        assertThat(auto).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3_000, 40_000})
    void parts_of_any_size_give_the_report_of_the_whole(int partBytes) {
        // GIVEN a heap whose half holds about that many bytes of manifest: 1 makes every namespace a part of its own
        long heap = 2 * PartedLint.HEAP_PER_BYTE * partBytes;
        Terminal terminal = terminal();
        Inputs.Listing listing = new Inputs(terminal).list(List.of(corpus.toString()), Set.of());
        Validator validator = Validator.of(RuleSets.all());
        // WHEN the corpus is judged in parts, and whole
        List<BerthException> problems = new ArrayList<>();
        Report parts = new PartedLint(new Inputs(terminal), validator, heap, false).judge(listing, problems::add);
        var read = new Inputs(terminal).read(listing);
        Report whole = validator.evaluate(read.manifest());
        // THEN the JSON reports and the problems are the same
        assertThat(JsonReport.render(parts)).isEqualTo(JsonReport.render(whole));
        assertThat(problems).extracting(BerthException::getMessage)
                .containsExactlyElementsOf(read.problems().stream().map(BerthException::getMessage).toList());
        assertThat(parts.findingsOf("rbac-pod-exec")).extracting(f -> f.object().toString())
                .containsExactly("RoleBinding ns-7/debuggers");
        // AND the Service of a namespace without workloads is found to select only another namespace's pods, though
        // no part holds both
        assertThat(parts.findingsOf("service-selects-nothing")).extracting(Finding::headline)
                .containsExactly("Service lonely/web-3: spec.selector {app.kubernetes.io/name: web-3} matches no pod of "
                        + "namespace lonely: the pods of Deployment ns-3/web-3 match it, but a Service selects pods "
                        + "of its own namespace only, so the Service has no endpoints");
    }

    @Test
    void auto_judges_in_parts_only_what_would_fill_more_than_half_the_heap() {
        // GIVEN a 768 MB heap: half of it holds 32 MB of manifest text at 12 bytes of heap a byte
        long heap = 768L << 20;
        // WHEN AND THEN the 50,001-object corpus (24 MB) is held whole, the 200,004-object one (96 MB) is not
        assertThat(PartedLint.tooLargeToHold(23_896_544, heap)).isFalse();
        assertThat(PartedLint.tooLargeToHold(95_600_000, heap)).isTrue();
    }

    @Test
    void parts_cannot_read_standard_input_twice() {
        // GIVEN a file and standard input
        Path file = write(corpus.resolveSibling(corpus.getFileName() + "-stdin"), "settings.yaml", CLEAN);
        // WHEN parts are asked for
        Cli.Result result = Cli.run(CLEAN, false, Map.of(), "lint", "--memory", "parts", file.toString(), "-");
        // THEN a usage error says why and what to do
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("berth: --memory parts reads the files twice, so it cannot read - "
                + "(standard input): save the input to a file, or use --memory whole\n"
                + "Run 'berth lint --help' for usage.\n");
    }

    private static Terminal terminal() {
        return new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false, Map.of());
    }
}
