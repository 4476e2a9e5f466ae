package dev.berth.core;

import static dev.berth.core.K8s.deployment;
import static dev.berth.core.K8s.pod;
import static dev.berth.core.K8s.statefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which workloads of a manifest a label selector picks, through the manifest's label index. */
class WorkloadSelectionTest {

    /** web (prod), web-canary (prod, canary), api (staging), db (no env) in shop; web (prod) in blog. */
    private final Manifest manifest = Manifest.of(
            deployment("shop", "web", Map.of("app", "web", "env", "prod")),
            deployment("shop", "web-canary", Map.of("app", "web", "env", "prod", "track", "canary")),
            deployment("shop", "api", Map.of("app", "api", "env", "staging")),
            statefulSet("shop", "db", "db", Map.of("app", "db")),
            deployment("blog", "web", Map.of("app", "web", "env", "prod")),
            K8s.service("shop", "not-a-workload", Map.of("app", "web")));

    private List<String> selected(String namespace, LabelSelector selector) {
        return manifest.workloadsSelectedBy(namespace, selector).stream().map(Workload::name).toList();
    }

    private static LabelSelector expression(String key, String operator, String... values) {
        return new LabelSelectorBuilder().addNewMatchExpression().withKey(key).withOperator(operator)
                .withValues(values).endMatchExpression().build();
    }

    @Test
    void match_labels_select_the_workloads_whose_pods_carry_every_label() {
        // GIVEN
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web").build();
        // WHEN
        List<String> names = selected("shop", selector);
        // THEN
        assertThat(names).containsExactly("web", "web-canary");
    }

    @Test
    void match_labels_with_two_terms_need_both() {
        // GIVEN
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addToMatchLabels("track", "canary").build();
        // WHEN / THEN
        assertThat(selected("shop", selector)).containsExactly("web-canary");
    }

    @Test
    void in_selects_the_workloads_with_one_of_the_values() {
        // GIVEN / WHEN / THEN
        assertThat(selected("shop", expression("env", "In", "prod", "staging")))
                .containsExactly("web", "web-canary", "api");
        assertThat(selected("shop", expression("env", "In", "dev"))).isEmpty();
    }

    @Test
    void not_in_selects_other_values_and_workloads_without_the_key() {
        // GIVEN / WHEN / THEN
        assertThat(selected("shop", expression("env", "NotIn", "prod"))).containsExactly("api", "db");
    }

    @Test
    void exists_selects_the_workloads_with_the_key() {
        // GIVEN / WHEN / THEN
        assertThat(selected("shop", expression("track", "Exists"))).containsExactly("web-canary");
        assertThat(selected("shop", expression("env", "Exists"))).containsExactly("web", "web-canary", "api");
    }

    @Test
    void does_not_exist_selects_the_workloads_without_the_key() {
        // GIVEN / WHEN / THEN
        assertThat(selected("shop", expression("env", "DoesNotExist"))).containsExactly("db");
        assertThat(selected("shop", expression("track", "DoesNotExist"))).containsExactly("web", "api", "db");
    }

    @Test
    void an_unknown_operator_selects_nothing() {
        // GIVEN / WHEN / THEN
        assertThat(selected("shop", expression("env", "Matches", "prod"))).isEmpty();
    }

    @Test
    void labels_and_expressions_together_are_anded() {
        // GIVEN app=web AND track DoesNotExist
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addNewMatchExpression().withKey("track").withOperator("DoesNotExist").endMatchExpression()
                .build();
        // WHEN / THEN
        assertThat(selected("shop", selector)).containsExactly("web");
    }

    @Test
    void an_empty_selector_selects_every_workload_of_its_namespace_only() {
        // GIVEN {}
        LabelSelector everything = new LabelSelector();
        // WHEN / THEN
        assertThat(selected("shop", everything)).containsExactly("web", "web-canary", "api", "db");
        assertThat(selected("blog", everything)).containsExactly("web");
        assertThat(selected("nowhere", everything)).isEmpty();
    }

    @Test
    void a_null_selector_selects_nothing() {
        // GIVEN / WHEN / THEN
        assertThat(manifest.workloadsSelectedBy("shop", (LabelSelector) null)).isEmpty();
        assertThat(manifest.workloadsSelectedBy("shop", (Map<String, String>) null)).isEmpty();
        assertThat(manifest.workloadsSelectedBy("shop", Map.of())).isEmpty();
    }

    @Test
    void workloads_of_other_namespaces_are_never_selected() {
        // GIVEN a selector matching the web Deployments of shop and blog
        LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addToMatchLabels("env", "prod").build();
        // WHEN
        List<Workload> inBlog = manifest.workloadsSelectedBy("blog", selector);
        // THEN
        assertThat(inBlog).extracting(Workload::ref).containsExactly(ObjectRef.of("Deployment", "blog", "web"));
        assertThat(manifest.workloadsSelectedBy("blog", Map.of("app", "web"))).extracting(Workload::namespace)
                .containsExactly("blog");
    }

    @Test
    void an_equality_selector_selects_as_a_service_does() {
        // GIVEN / WHEN / THEN
        assertThat(manifest.workloadsSelectedBy("shop", Map.of("app", "web"))).extracting(Workload::name)
                .containsExactly("web", "web-canary");
        assertThat(manifest.workloadsSelectedBy("shop", Map.of("app", "web", "track", "canary")))
                .extracting(Workload::name).containsExactly("web-canary");
        assertThat(manifest.workloadsSelectedBy("shop", Map.of("app", "nope"))).isEmpty();
    }

    @Test
    void workloads_without_namespace_are_selected_in_default() {
        // GIVEN a bare pod and a ReplicationController without namespace
        Manifest defaults = Manifest.of(pod(null, "debug", Map.of("app", "web")),
                new ReplicationControllerBuilder().withNewMetadata().withName("rc").endMetadata()
                        .withNewSpec().withSelector(Map.of("app", "web")).withNewTemplate().withNewMetadata()
                        .addToLabels("app", "web").endMetadata().endTemplate().endSpec().build());
        // WHEN
        List<Workload> selected = defaults.workloadsSelectedBy("default", Map.of("app", "web"));
        // THEN
        assertThat(selected).extracting(Workload::kind).containsExactly("Pod", "ReplicationController");
        assertThat(defaults.workloadsSelectedBy("", Map.of("app", "web"))).isEmpty();
    }

    @Test
    void the_selected_list_cannot_be_changed() {
        // GIVEN
        List<Workload> selected = manifest.workloadsSelectedBy("shop", new LabelSelector());
        // WHEN / THEN
        assertThat(selected).isUnmodifiable();
    }
}
