package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.BerthException;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import dev.berth.validation.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, item 3, "Sets as their authors meant them": {@code berth lint --sets folder} (the default) judges
 * independent sample folders apart, keeps the references of one application split across folders, resolves references
 * upward to the nearest definition, and {@code --sets tree} judges everything as one set, as before.
 *
 * <p>The issue: "a repository of separate examples linted with {@code berth lint .} gives findings that exist only
 * because unrelated folders were judged together: Services matched to another sample's Deployment of the same name,
 * claims judged against another sample's StorageClasses, hundreds of duplicate-object findings between variants. [...]
 * kube-linter treats each folder as its own set; that loses references when one application is split across folders
 * (its StatefulSet in {@code db/}, its headless Service in {@code services/})."
 */
class FolderSetsLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String redis(int port) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: redis}
                spec:
                  selector: {matchLabels: {app: redis}}
                  template:
                    metadata: {labels: {app: redis}}
                    spec:
                      containers:
                      - name: redis
                        image: redis:7.2.4
                        ports: [{containerPort: %d}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: redis}
                spec:
                  selector: {app: redis}
                  ports: [{port: %d, targetPort: %d}]
                """.formatted(port, port, port);
    }

    private static final String CLAIM = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec:
              storageClassName: fast
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            """;

    private static final String STORAGE_CLASS = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: standard-rwo}
            provisioner: pd.csi.storage.gke.io
            reclaimPolicy: Retain
            """;

    /** Four independent samples: two variants of one Redis sample, a claim, and another sample's StorageClass. */
    private Path samples() {
        Path root = dir.resolve("samples");
        write(root, "redis-6379/redis.yaml", redis(6379));
        write(root, "redis-6380/redis.yaml", redis(6380));
        write(root, "claim/claim.yaml", CLAIM);
        write(root, "storage/class.yaml", STORAGE_CLASS);
        return root;
    }

    @Test
    void independent_samples_side_by_side_are_judged_apart() throws IOException {
        // GIVEN a folder of four independent samples, two of them variants defining the same Deployment and Service
        Path root = samples();
        // WHEN it is linted as one tree, and folder by folder (the default)
        Set<String> tree = findings(run("lint", "--rules", "all", "--format", "json", "--sets", "tree",
                root.toString()));
        Cli.Result folders = run("lint", "--rules", "all", "--format", "json", root.toString());
        // THEN the findings that exist only because unrelated folders were judged together are gone, and no other
        Set<String> apart = findings(folders);
        Set<String> gone = new TreeSet<>(tree);
        gone.removeAll(apart);
        assertThat(gone).containsExactly(
                "claim-class-undefined PersistentVolumeClaim default/data: claim data names StorageClass fast, which "
                        + "the set does not define; the set defines [standard-rwo]",
                "duplicate-object Deployment default/redis: defined again with other content at "
                        + root.resolve("redis-6380/redis.yaml") + ":1:1; Berth judges the definition at "
                        + root.resolve("redis-6379/redis.yaml") + ":1:1 (of differing definitions, the one whose "
                        + "content sorts first, whatever the file names) and ignores this one, while kubectl apply "
                        + "keeps whichever it applies last",
                "duplicate-object Service default/redis: defined again with other content at "
                        + root.resolve("redis-6380/redis.yaml") + ":14:1; Berth judges the definition at "
                        + root.resolve("redis-6379/redis.yaml") + ":14:1 (of differing definitions, the one whose "
                        + "content sorts first, whatever the file names) and ignores this one, while kubectl apply "
                        + "keeps whichever it applies last",
                "service-target-port-undeclared Service default/redis: targetPort 6379 is not a containerPort of "
                        + "Deployment default/redis, which declares [6380]",
                "service-target-port-undeclared Service default/redis: targetPort 6380 is not a containerPort of "
                        + "Deployment default/redis, which declares [6379]");
        assertThat(tree).containsAll(apart);
        assertThat(JSON.readTree(folders.out()).path("sets").asInt()).isEqualTo(4);
    }

    @Test
    void the_text_report_says_how_many_sets_it_judged() {
        // GIVEN the four samples
        Path root = samples();
        // WHEN they are linted with the text report, folder by folder and as one tree
        Cli.Result folders = run("lint", "--fail-on", "never", root.toString());
        Cli.Result tree = run("lint", "--fail-on", "never", "--sets", "tree", root.toString());
        // THEN the summary line counts the sets when there is more than one
        assertThat(summary(folders.out())).matches("\\d+ findings in 6 objects, judged as 4 sets \\(rule set "
                + "recommended\\): \\d+ high, \\d+ medium, \\d+ low, \\d+ info");
        assertThat(summary(tree.out())).matches("\\d+ findings in 6 objects \\(rule set recommended\\): \\d+ high, "
                + "\\d+ medium, \\d+ low, \\d+ info");
    }

    @Test
    void an_application_split_across_folders_keeps_its_cross_folder_checks() throws IOException {
        // GIVEN the issue's split application, its StatefulSet in db/ and its Service (not headless) in services/,
        // beside an independent sample
        Path root = dir.resolve("repo");
        write(root, "shop/db/statefulset.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: shop}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers:
                      - name: db
                        image: postgres:16.2
                        ports: [{containerPort: 5432}]
                """);
        write(root, "shop/services/db.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: db, namespace: shop}
                spec:
                  clusterIP: 10.0.0.12
                  selector: {app: db}
                  ports: [{port: 5432}]
                """);
        write(root, "other/redis.yaml", redis(6379));
        // WHEN the repository is linted folder by folder
        Cli.Result result = run("lint", "--rules", "all", "--format", "json", root.toString());
        // THEN the StatefulSet is still judged against its Service in the other folder, as one set of the two
        assertThat(findings(result)).contains("statefulset-headless-service StatefulSet shop/db: spec.serviceName "
                + "\"db\" names Service shop/db, which has clusterIP 10.0.0.12 (not headless)");
        assertThat(JSON.readTree(result.out()).path("sets").asInt()).isEqualTo(2);
    }

    @Test
    void a_service_in_one_folder_selecting_pods_of_one_other_folder_is_one_set_with_it() throws IOException {
        // GIVEN a Deployment in deploy/ and, in svc/, the Service that selects its pods, with a wrong target port,
        // beside an independent sample
        Path root = dir.resolve("repo");
        write(root, "web/deploy/web.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27.0
                        ports: [{containerPort: 8080}]
                """);
        write(root, "web/svc/web.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web-front}
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: 9090}]
                """);
        write(root, "other/redis.yaml", redis(6379));
        // WHEN the folder is linted folder by folder
        Cli.Result result = run("lint", "--rules", "all", "--format", "json", root.toString());
        // THEN the Service is judged against the pods it selects in the other folder
        assertThat(findings(result)).contains("service-target-port-undeclared Service default/web-front: "
                + "targetPort 9090 is not a containerPort of Deployment default/web, which declares [8080]");
        assertThat(findings(result)).noneMatch(f -> f.startsWith("service-selects-nothing"));
        assertThat(JSON.readTree(result.out()).path("sets").asInt()).isEqualTo(2);
    }

    @Test
    void references_resolve_upward_to_the_nearest_definition() throws IOException {
        // GIVEN a headless Service db at the top, a variant folder that defines its own (not headless) Service db,
        // and a plain folder that relies on the one above
        Path root = dir.resolve("repo");
        write(root, "service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  clusterIP: None
                  selector: {app: db}
                  ports: [{port: 5432}]
                """);
        String statefulSet = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers:
                      - name: db
                        image: postgres:16.2
                        ports: [{containerPort: 5432}]
                """;
        write(root, "plain/statefulset.yaml", statefulSet);
        write(root, "variant/statefulset.yaml", statefulSet + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  clusterIP: 10.0.0.12
                  selector: {app: db}
                  ports: [{port: 5432}]
                """);
        // WHEN the folder is linted folder by folder
        Cli.Result result = run("lint", "--rules", "all", "--format", "json", root.toString());
        // THEN the variant's StatefulSet is judged against its own Service, the plain one against the one above,
        // and no definition is a duplicate of another
        JsonNode report = JSON.readTree(result.out());
        List<String> headless = new ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("ruleId").asText().equals("statefulset-headless-service")) {
                headless.add(finding.path("location").path("file").asText() + " " + finding.path("message").asText());
            }
        }
        assertThat(headless).containsExactly(root.resolve("variant/statefulset.yaml") + " spec.serviceName \"db\" "
                + "names Service default/db, which has clusterIP 10.0.0.12 (not headless)");
        assertThat(findings(result)).noneMatch(f -> f.startsWith("duplicate-object"));
        assertThat(report.path("sets").asInt()).as("the plain folder and the one above, and the variant").isEqualTo(2);
    }

    @Test
    void sets_tree_judges_everything_given_as_one_set_as_before() {
        // GIVEN the four samples
        Path root = samples();
        // WHEN they are linted with --sets tree, and read and judged at once as every earlier version did
        Cli.Result tree = run("lint", "--rules", "all", "--format", "json", "--sets", "tree", root.toString());
        Inputs inputs = new Inputs(terminal());
        Report whole = Validator.of(RuleSets.all()).evaluate(inputs.read(List.of(root.toString())).manifest());
        // THEN the reports are the same, bytes for bytes
        assertThat(tree.out()).isEqualTo(JsonReport.render(whole));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3_000, 40_000})
    void folder_sets_judged_in_parts_of_any_size_give_the_report_of_folder_sets_judged_whole(int partBytes)
            throws IOException {
        // GIVEN the samples, the split application, cluster objects above them all, and two namespaces per folder
        Path root = samples();
        write(root, "cluster.yaml", STORAGE_CLASS.replace("standard-rwo", "fast") + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: debugger}
                rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
                """);
        write(root, "redis-6379/other-namespace.yaml", redis(6381).replace("metadata: {name: redis}",
                "metadata: {name: redis, namespace: cache}"));
        write(root, "claim/binding.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: debuggers, namespace: cache}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: debugger}
                subjects: [{kind: ServiceAccount, name: redis, namespace: default}]
                """);
        long heap = 2 * PartedLint.HEAP_PER_BYTE * partBytes;
        Inputs.Listing listing = new Inputs(terminal()).list(List.of(root.toString()), Set.of());
        Validator validator = Validator.of(RuleSets.all());
        // WHEN the folder sets are judged in parts of namespaces, and whole
        List<BerthException> problems = new ArrayList<>();
        Report parts = new PartedLint(new Inputs(terminal()), validator, heap, true).judge(listing, problems::add);
        Cli.Result whole = run("lint", "--rules", "all", "--format", "json", "--memory", "whole", root.toString());
        // THEN the reports are the same
        assertThat(problems).isEmpty();
        assertThat(JsonReport.render(parts)).isEqualTo(whole.out());
        assertThat(parts.sets()).isEqualTo(5);
        assertThat(findings(whole)).contains("rbac-pod-exec RoleBinding cache/debuggers: grants ClusterRole debugger, "
                + "whose rules[0] allows [create] on pods/exec to ServiceAccount default/redis in namespace cache");
        assertThat(JSON.readTree(whole.out()).path("sets").asInt()).isEqualTo(5);
    }

    /** @return each finding of a JSON report as {@code rule object: message} */
    private static Set<String> findings(Cli.Result result) throws IOException {
        Set<String> all = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(result.out()).path("findings")) {
            JsonNode object = finding.path("object");
            String namespace = object.path("namespace").asText();
            all.add(finding.path("ruleId").asText() + " " + object.path("kind").asText() + " "
                    + (namespace.isEmpty() ? "" : namespace + "/") + object.path("name").asText() + ": "
                    + finding.path("message").asText());
        }
        return all;
    }

    /** @return the text report's summary line */
    private static String summary(String text) {
        return text.lines().filter(line -> line.matches("\\d+ findings? in .*")).findFirst().orElse(text);
    }

    private static Terminal terminal() {
        return new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false, Map.of());
    }
}
