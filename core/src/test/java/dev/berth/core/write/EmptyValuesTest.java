package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import org.junit.jupiter.api.Test;

/** Empty objects that carry meaning survive; nulls, status and the empty collections fabric8 starts with do not. */
class EmptyValuesTest {

    @Test
    void an_empty_dir_volume_keeps_its_empty_object() {
        // GIVEN a StatefulSet with an emptyDir volume
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(Fixtures.statefulSet());
        // THEN the volume still says emptyDir: {}
        assertThat(yaml).contains("      - name: tmp\n        emptyDir: {}\n");
    }

    @Test
    void an_allow_all_network_policy_keeps_its_empty_selector_and_its_empty_rule() {
        // GIVEN a NetworkPolicy selecting all pods and allowing all ingress
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(Fixtures.allowAllIngress());
        // THEN podSelector: {} and ingress: [{}] are both there: without them the policy would mean the opposite
        assertThat(yaml).contains("  ingress:\n  - {}\n", "  podSelector: {}\n");
    }

    @Test
    void a_disruption_budget_keeps_its_empty_selector() {
        // GIVEN a PodDisruptionBudget whose selector is {}
        var pdb = new PodDisruptionBudgetBuilder().withNewMetadata().withName("all").endMetadata()
                .withNewSpec().withNewSelector().endSelector().endSpec().build();
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(pdb);
        // THEN selector: {} is kept
        assertThat(yaml).contains("  selector: {}\n");
    }

    @Test
    void empty_collections_nulls_and_status_are_left_out() {
        // GIVEN a pod with a status, explicit empty lists and maps, and unset fields
        Pod pod = new PodBuilder().withNewMetadata().withName("p").withLabels(java.util.Map.of())
                .withFinalizers(java.util.List.of()).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").withArgs(java.util.List.of())
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").endStatus().build();
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(pod);
        // THEN only what was set is printed
        assertThat(yaml).isEqualTo("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
                + "  - name: c\n    image: busybox\n");
    }

    @Test
    void status_is_kept_when_asked_for_and_printed_last() {
        // GIVEN a pod with a status
        Pod pod = new PodBuilder().withNewMetadata().withName("p").endMetadata()
                .withNewStatus().withPhase("Running").endStatus().build();
        // WHEN it is written keeping status
        String yaml = ManifestWriter.yaml().withStatus(true).write(pod);
        // THEN status is the last key
        assertThat(yaml).endsWith("status:\n  phase: Running\n");
    }

    @Test
    void empty_lists_and_maps_inside_a_custom_resource_are_kept_as_the_user_wrote_them() {
        // GIVEN a Certificate with usages: []
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(Fixtures.certificate());
        // THEN the empty list is still there: only the CRD knows whether it matters
        assertThat(yaml).contains("  usages: []\n");
    }
}
