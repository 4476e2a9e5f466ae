package dev.berth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 18, item 4: "a kind name that Kubernetes does not know is an error when the rule is built". */
class KnownKindsTest {

    @Test
    void built_in_kinds_modelled_or_not_are_known() {
        assertThat(KnownKinds.require("StatefulSet")).isEqualTo("StatefulSet");
        assertThat(KnownKinds.require("PersistentVolumeClaim")).isEqualTo("PersistentVolumeClaim");
        assertThat(KnownKinds.require("PriorityClass")).isEqualTo("PriorityClass");
        assertThat(KnownKinds.require("Lease")).isEqualTo("Lease");
    }

    @Test
    void a_custom_resource_is_declared_by_its_api_group() {
        assertThat(KnownKinds.require("argoproj.io/Rollout")).isEqualTo("Rollout");
    }

    @Test
    void a_misspelt_kind_is_refused_naming_the_nearest_known_kind() {
        assertThatThrownBy(() -> KnownKinds.require("Deploymnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind \"Deploymnet\" is not a Kubernetes kind; did you mean Deployment? For a custom "
                        + "resource, name its API group, as in \"example.com/Deploymnet\"");
        assertThatThrownBy(() -> KnownKinds.require("statefulset"))
                .hasMessage("kind \"statefulset\" is not a Kubernetes kind; did you mean StatefulSet? For a custom "
                        + "resource, name its API group, as in \"example.com/statefulset\"");
    }

    @Test
    void an_unknown_kind_far_from_any_is_refused_with_the_custom_resource_form() {
        assertThatThrownBy(() -> KnownKinds.require("Rollout"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind \"Rollout\" is not a Kubernetes kind; for a custom resource, name its API group, "
                        + "as in \"example.com/Rollout\"");
    }
}
