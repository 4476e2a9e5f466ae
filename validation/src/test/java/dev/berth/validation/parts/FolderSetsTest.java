package dev.berth.validation.parts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@link FolderSets} groups folders into sets: folders side by side are apart unless one refers to what only the
 * other defines and they define nothing in common; folders above a home are seen by it; a folder that holds only
 * sub-folders adds nothing.
 */
class FolderSetsTest {

    private static final String STATEFUL_SET = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: db, image: "postgres:16.2"}]}
            """;
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec: {clusterIP: None, ports: [{port: 5432}]}
            """;
    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            """;
    private static final String STORAGE_CLASS = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: fast}
            provisioner: pd.csi.storage.gke.io
            """;
    private static final String CLAIM = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec: {storageClassName: fast, resources: {requests: {storage: 1Gi}}}
            """;

    private final Map<String, FolderSets.Facts> folders = new LinkedHashMap<>();

    private void folder(String folder, String yaml) {
        Manifest objects = new ManifestReader().readString(yaml, folder + "/objects.yaml");
        folders.computeIfAbsent(folder, f -> new FolderSets.Facts()).add(objects);
    }

    private List<List<String>> plan() {
        return FolderSets.plan(folders).stream().map(FolderSets.Group::homes).toList();
    }

    @Test
    void folders_side_by_side_that_refer_to_nothing_of_each_other_are_apart() {
        // GIVEN two samples that each define a StatefulSet and Service db
        folder("samples/a", STATEFUL_SET + "---\n" + SERVICE);
        folder("samples/b", STATEFUL_SET + "---\n" + SERVICE);
        // WHEN the sets are planned
        // THEN each is a set of its own
        assertThat(plan()).containsExactly(List.of("samples/a"), List.of("samples/b"));
    }

    @Test
    void a_folder_naming_what_only_its_sibling_defines_is_one_set_with_it() {
        // GIVEN the split application: the StatefulSet in db/, its Service in services/, and a third folder
        folder("app/db", STATEFUL_SET);
        folder("app/services", SERVICE);
        folder("other", CONFIG);
        // WHEN the sets are planned
        // THEN db/ and services/ are one set, the other folder its own
        assertThat(plan()).containsExactly(List.of("app/db", "app/services"), List.of("other"));
    }

    @Test
    void a_budget_or_policy_selecting_only_a_sibling_folder_s_pods_is_one_set_with_it() {
        // GIVEN the StatefulSet in db/, its PodDisruptionBudget in budgets/, a NetworkPolicy in policies/ selecting its
        // pods by expression, a policy selecting every pod of its namespace in open/, and an unrelated folder
        folder("app/db", STATEFUL_SET);
        folder("app/budgets", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: db}
                spec: {maxUnavailable: 1, selector: {matchLabels: {app: db}}}
                """);
        folder("app/policies", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db}
                spec:
                  podSelector: {matchExpressions: [{key: app, operator: In, values: [db]}]}
                  policyTypes: [Ingress]
                """);
        folder("app/open", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny-all}
                spec: {podSelector: {}, policyTypes: [Ingress]}
                """);
        folder("other", CONFIG);
        // WHEN the sets are planned
        // THEN the budget's and the selecting policy's folders join db/; an empty selector names no one: it links none
        assertThat(plan()).containsExactly(List.of("app/db", "app/budgets", "app/policies"), List.of("app/open"),
                List.of("other"));
    }

    @Test
    void a_folder_below_naming_what_the_folder_above_defines_is_one_set_with_it() {
        // GIVEN a Service in a folder, the StatefulSet it governs in a folder below it, and a variant folder below
        // that redefines the Service
        folder("app", SERVICE);
        folder("app/db", STATEFUL_SET);
        folder("app/variant", SERVICE + "---\n" + STATEFUL_SET);
        // WHEN the sets are planned
        // THEN the folder below and the one above are one set; the variant is its own, seeing the one above
        List<FolderSets.Group> sets = FolderSets.plan(folders);
        assertThat(sets).extracting(FolderSets.Group::homes).containsExactly(List.of("app", "app/db"),
                List.of("app/variant"));
        assertThat(sets.get(1).folders()).containsExactly("app", "app/variant");
        assertThat(sets.get(1).judges("app")).isFalse();
    }

    @Test
    void a_reference_two_other_folders_could_answer_links_none_of_them() {
        // GIVEN a StatefulSet whose Service two unrelated samples define
        folder("db", STATEFUL_SET);
        folder("one", SERVICE);
        folder("two", SERVICE);
        // WHEN the sets are planned
        // THEN the StatefulSet is not joined to either guess
        assertThat(plan()).containsExactly(List.of("db"), List.of("one"), List.of("two"));
    }

    @Test
    void variants_that_define_the_same_object_stay_apart_even_when_one_refers_to_the_other() {
        // GIVEN two variants of one sample that both define ConfigMap settings, one also naming the other's Service
        folder("v1", CONFIG + "---\n" + STATEFUL_SET);
        folder("v2", CONFIG + "---\n" + SERVICE);
        // WHEN the sets are planned
        // THEN they are variants, judged apart
        assertThat(plan()).containsExactly(List.of("v1"), List.of("v2"));
    }

    @Test
    void a_cluster_scoped_object_is_found_only_upward() {
        // GIVEN a claim in one sample and the StorageClass it names in another sample, and in a folder above a third
        folder("claim", CLAIM);
        folder("storage", STORAGE_CLASS);
        folder("apps", STORAGE_CLASS);
        folder("apps/db", CLAIM);
        // WHEN the sets are planned
        // THEN the sibling's StorageClass joins nothing, and the one above is seen by the folder below it
        List<FolderSets.Group> sets = FolderSets.plan(folders);
        assertThat(sets).extracting(FolderSets.Group::homes).containsExactly(List.of("claim"), List.of("storage"),
                List.of("apps"), List.of("apps/db"));
        assertThat(sets.get(3).folders()).containsExactly("apps", "apps/db");
    }

    @Test
    void a_definition_nearer_the_home_hides_the_one_above() {
        // GIVEN a Service db above, and a folder below defining its own
        folder("", SERVICE);
        folder("variant", SERVICE + "---\n" + STATEFUL_SET);
        Manifest above = new ManifestReader().readString(SERVICE, "service.yaml");
        // WHEN the variant's set is planned
        FolderSets.Group variant = FolderSets.plan(folders).get(1);
        // THEN it holds its own Service, not the one above, and the set above holds its own
        assertThat(variant.holds("variant", above.objects().get(0))).isTrue();
        assertThat(variant.holds("", above.objects().get(0))).isFalse();
        assertThat(FolderSets.plan(folders).get(0).holds("", above.objects().get(0))).isTrue();
    }
}
