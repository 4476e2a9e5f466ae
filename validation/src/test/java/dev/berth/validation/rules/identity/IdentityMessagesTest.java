package dev.berth.validation.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact messages of the identity rules, and the behaviour their parameters switch on. */
class IdentityMessagesTest {

    private static final String ROLE_HEADER = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: ops
            rules:
            """;

    private static List<String> headlines(String ruleId, String yaml) {
        return headlines(RuleSet.of("one", List.of(RuleSets.all().rule(ruleId).orElseThrow())), yaml);
    }

    private static List<String> headlines(RuleSet set, String yaml) {
        Manifest manifest = new ManifestReader().readString(yaml);
        return Validator.of(set).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    private static String deployment(String podSpecLines) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                """ + podSpecLines.indent(6) + """
                      containers: [{name: web, image: "nginx:1.27"}]
                """;
    }

    @Test
    void a_pod_on_the_default_account_is_named_with_the_namespace() {
        // GIVEN a Deployment that names no ServiceAccount
        String yaml = deployment("hostname: web");
        // WHEN default-service-account judges it
        List<String> found = headlines("default-service-account", yaml);
        // THEN the message says which account the pods end up with
        assertThat(found).containsExactly("Deployment shop/web: names no ServiceAccount, so its pods run as "
                + "ServiceAccount shop/default with its token mounted, an identity every such pod of the namespace "
                + "shares");
    }

    @Test
    void a_pod_overriding_its_accounts_false_is_told_so() {
        // GIVEN a pod that sets true over its ServiceAccount's false, with no binding
        String yaml = deployment("serviceAccountName: web\nautomountServiceAccountToken: true") + """
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: web, namespace: shop}
                automountServiceAccountToken: false
                """;
        // WHEN token-automount judges it
        List<String> found = headlines("token-automount", yaml);
        // THEN the message names the override and the missing binding
        assertThat(found).containsExactly("Deployment shop/web: automountServiceAccountToken: true overrides the "
                + "false of ServiceAccount shop/web, yet no binding in the set grants that account a role");
    }

    @Test
    void a_token_mounted_by_default_is_explained() {
        String yaml = deployment("serviceAccountName: web");
        assertThat(headlines("token-automount", yaml)).containsExactly("Deployment shop/web: the token of "
                + "ServiceAccount shop/web is mounted: neither the pod nor the account sets "
                + "automountServiceAccountToken: false, yet no binding in the set grants that account a role");
    }

    @Test
    void a_binding_to_the_group_of_the_namespaces_accounts_counts_as_using_the_api() {
        // GIVEN a pod whose account gets a role through the group of every account of its namespace
        String yaml = deployment("serviceAccountName: web") + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: all-read, namespace: shop}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: Group, name: "system:serviceaccounts:shop"}]
                """;
        // WHEN token-automount judges it THEN the token is in use
        assertThat(headlines("token-automount", yaml)).isEmpty();
    }

    @Test
    void a_missing_service_account_is_reported_only_in_a_complete_set() {
        // GIVEN a Deployment naming an account the set does not hold
        String yaml = deployment("serviceAccountName: web-sa");
        RuleSet complete = RuleSet.of("complete", List.of(new ServiceAccountMissing()))
                .withParameter("service-account-missing", "complete", true);
        // WHEN the rule judges it, without and with the set declared complete
        List<String> open = headlines("service-account-missing", yaml);
        List<String> closed = headlines(complete, yaml);
        // THEN only the complete set has a finding
        assertThat(open).isEmpty();
        assertThat(closed).containsExactly("Deployment shop/web: serviceAccountName names ServiceAccount "
                + "shop/web-sa, which the set does not hold; Kubernetes creates no pod until it exists");
    }

    @Test
    void the_service_account_missing_fixture_marks_what_a_complete_set_reports() throws IOException {
        // GIVEN the bad fixture, whose markers say "when complete, expect:"
        Path fixture = Path.of("src/test/resources/fixtures/service-account-missing/bad-account-not-in-set.yaml");
        List<String> lines = Files.readAllLines(fixture);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("# when complete, expect: service-account-missing")) {
                expected.add(i + 1);
            }
        }
        RuleSet complete = RuleSet.of("complete", List.of(new ServiceAccountMissing()))
                .withParameter("service-account-missing", "complete", true);
        // WHEN the rule judges it in a complete set
        List<Finding> found = Validator.of(complete).evaluate(new ManifestReader().read(fixture)).findings();
        // THEN the findings sit on the marked lines
        assertThat(expected).isNotEmpty();
        assertThat(found.stream().map(f -> f.location().line()).toList()).isEqualTo(expected);
    }

    @Test
    void the_deprecated_field_says_which_name_wins() {
        String yaml = deployment("serviceAccountName: api\nserviceAccount: web");
        assertThat(headlines("deprecated-service-account-field", yaml)).containsExactly("Deployment shop/web: "
                + "serviceAccount: web is deprecated and ignored: the pods run as serviceAccountName api");
    }

    @Test
    void a_wildcard_rule_names_every_wildcard_field() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"*\"], resources: [\"*\"], verbs: [get]}\n";
        assertThat(headlines("rbac-wildcard", yaml)).containsExactly("ClusterRole ops: rules[0] grants \"*\" in "
                + "apiGroups and resources, which also covers whatever the API adds later");
    }

    @Test
    void a_cluster_admin_binding_names_its_subjects_and_scope() {
        String yaml = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: ci-admin}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                subjects:
                - {kind: ServiceAccount, name: ci, namespace: tools}
                - {kind: User, name: alice}
                """;
        assertThat(headlines("rbac-cluster-admin-binding", yaml)).containsExactly("ClusterRoleBinding ci-admin: "
                + "grants ClusterRole cluster-admin to ServiceAccount tools/ci, User alice in every namespace");
    }

    @Test
    void a_binding_to_a_role_with_every_permission_names_the_rule() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}\n" + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: ops, namespace: shop}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops}
                subjects: [{kind: Group, name: ops-team}]
                """;
        assertThat(headlines("rbac-cluster-admin-binding", yaml)).containsExactly("RoleBinding shop/ops: grants "
                + "ClusterRole ops, whose rules[0] allows every verb on every resource like cluster-admin, to Group "
                + "ops-team in namespace shop");
    }

    @Test
    void secret_readers_are_named_with_their_verbs() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"\"], resources: [pods, secrets], verbs: [get, list, create]}\n";
        assertThat(headlines("rbac-secrets-access", yaml)).containsExactly("ClusterRole ops: rules[0] grants "
                + "[get, list] on secrets, so its subjects can read every Secret in every namespace it is bound for");
    }

    @Test
    void an_unbound_exec_role_is_reported_on_the_role() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"\"], resources: [pods/exec, pods/attach], verbs: [create]}\n";
        assertThat(headlines("rbac-pod-exec", yaml)).containsExactly("ClusterRole ops: rules[0] allows [create] on "
                + "pods/exec and pods/attach, so whoever it is bound to can run commands in pods");
    }

    @Test
    void a_bound_exec_role_is_reported_on_the_binding() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"\"], resources: [pods/exec], verbs: [get]}\n" + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops}
                subjects: [{kind: User, name: bob}]
                """;
        assertThat(headlines("rbac-pod-exec", yaml)).containsExactly("ClusterRoleBinding ops: grants ClusterRole "
                + "ops, whose rules[0] allows [get] on pods/exec to User bob in every namespace");
    }

    @Test
    void a_binding_to_a_missing_role_is_reported_only_in_a_complete_set() {
        // GIVEN a binding to a ClusterRole the set does not hold
        String yaml = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: ops, namespace: shop}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops}
                subjects: [{kind: User, name: bob}]
                """;
        RuleSet complete = RuleSet.of("complete", List.of(new RbacPodExec()))
                .withParameter("rbac-pod-exec", "complete", true);
        // WHEN rbac-pod-exec judges it, without and with the set declared complete
        // THEN only the complete set reports it, since nothing shows what the role grants
        assertThat(headlines("rbac-pod-exec", yaml)).isEmpty();
        assertThat(headlines(complete, yaml)).containsExactly("RoleBinding shop/ops: grants ClusterRole ops, which "
                + "the set does not hold, so nothing shows it does not allow pods/exec or pods/attach to User bob in "
                + "namespace shop");
    }

    @Test
    void escalation_verbs_are_named_with_their_resources() {
        String yaml = ROLE_HEADER + "- {apiGroups: [\"\"], resources: [users, groups], verbs: [impersonate]}\n";
        assertThat(headlines("rbac-escalation-verbs", yaml)).containsExactly("ClusterRole ops: rules[0] grants "
                + "[impersonate] on [users, groups], which lets its subjects gain permissions they were not given");
    }
}
