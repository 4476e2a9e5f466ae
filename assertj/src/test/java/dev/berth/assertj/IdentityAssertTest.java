package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import org.junit.jupiter.api.Test;

class IdentityAssertTest {

    @Test
    void the_dsl_gives_each_component_its_own_account_without_a_token() {
        assertThat(shop()).deployment("api").serviceAccount().hasTokenAutomount(false)
                .isNotAllowedTo("get", "secrets");
    }

    @Test
    void the_pods_setting_wins_over_the_account() {
        // The DSL sets automountServiceAccountToken: false on the pod and on the account.
        assertThatThrownBy(() -> assertThat(shop()).deployment("api").serviceAccount().hasTokenAutomount(true))
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.automountServiceAccountToken to be "
                        + "true, but found false");
        assertThat(shop()).serviceAccount("api").hasTokenAutomount(false);
        assertThatThrownBy(() -> assertThat(legacy()).serviceAccount("web").hasTokenAutomount(false))
                .hasMessage("Expecting ServiceAccount shop/web at automountServiceAccountToken to be false, but found "
                        + "none (Kubernetes defaults to true)");
    }

    @Test
    void the_accounts_setting_counts_when_the_pod_is_silent() {
        assertThat(legacy()).deployment("api").serviceAccount().hasTokenAutomount(false);
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").serviceAccount().hasTokenAutomount(true))
                .hasMessage("Expecting ServiceAccount shop/api at automountServiceAccountToken to be true, but found "
                        + "false");
    }

    @Test
    void what_a_bound_role_allows() {
        assertThat(legacy()).serviceAccount("api").isAllowedTo("list", "configmaps").isNotAllowedTo("list", "secrets");
        // A rule limited by resourceNames does not allow the verb on every Secret.
        assertThatThrownBy(() -> assertThat(legacy()).serviceAccount("api").isAllowedTo("get", "secrets"))
                .hasMessage("Expecting ServiceAccount shop/api to be allowed to get secrets, but found Role "
                        + "shop/api-reader (through RoleBinding shop/api-reader) allowing get, list configmaps; get "
                        + "secrets named db-credentials");
        assertThatThrownBy(() -> assertThat(legacy()).serviceAccount("api").isNotAllowedTo("get", "configmaps"))
                .hasMessage("Expecting ServiceAccount shop/api not to be allowed to get configmaps, but Role "
                        + "shop/api-reader (through RoleBinding shop/api-reader) allows it at rules[0]");
        assertThatThrownBy(() -> assertThat(legacy()).serviceAccount("web").isAllowedTo("get", "pods"))
                .hasMessage("Expecting ServiceAccount shop/web to be allowed to get pods, but found no RoleBinding or "
                        + "ClusterRoleBinding naming it");
    }

    @Test
    void a_cluster_role_bound_cluster_wide_counts_with_its_api_group() {
        Manifest manifest = legacy().plus(new ManifestReader().readString("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: deployer}
                rules:
                - apiGroups: [apps]
                  resources: [deployments]
                  verbs: ["*"]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: deployer}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deployer}
                subjects:
                - {kind: ServiceAccount, name: web, namespace: shop}
                """, "deployer.yaml"));
        assertThat(manifest).serviceAccount("web").isAllowedTo("patch", "deployments.apps")
                .isAllowedTo("delete", "deployments").isNotAllowedTo("patch", "deployments.extensions");
        assertThat(manifest).role("deployer").allows("create", "deployments.apps");
        assertThatThrownBy(() -> assertThat(manifest).serviceAccount("web").isNotAllowedTo("patch", "deployments"))
                .hasMessage("Expecting ServiceAccount shop/web not to be allowed to patch deployments, but ClusterRole "
                        + "deployer (through ClusterRoleBinding deployer) allows it at rules[0]");
    }

    @Test
    void a_role_allows_by_verb_resource_and_group() {
        assertThat(legacy()).role("api-reader").allows("get", "configmaps").allows("list", "configmaps")
                .doesNotAllow("watch", "configmaps").doesNotAllow("get", "configmaps.apps");
        assertThatThrownBy(() -> assertThat(legacy()).role("api-reader").allows("watch", "configmaps"))
                .hasMessage("Expecting Role shop/api-reader at rules to allow watch configmaps, but found get, list "
                        + "configmaps; get secrets named db-credentials");
        assertThatThrownBy(() -> assertThat(legacy()).role("api-reader").doesNotAllow("list", "configmaps"))
                .hasMessage("Expecting Role shop/api-reader at rules[0] not to allow list configmaps, but found get, "
                        + "list configmaps");
    }
}
