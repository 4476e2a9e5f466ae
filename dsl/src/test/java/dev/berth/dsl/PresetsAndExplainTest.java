package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.preset.Preset;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

class PresetsAndExplainTest {

    private static PodSpec web(Application app) {
        return app.manifest().find(Deployment.class, app.namespace(), "web").orElseThrow().getSpec().getTemplate()
                .getSpec();
    }

    @Test
    void production_defaults_are_the_restricted_pod_security_profile() {
        // GIVEN a plain service WHEN built with the production preset
        PodSpec pod = web(Berth.application("a").add(Berth.statelessService("web").image("web:1.0")).build());
        // THEN
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        var c = pod.getContainers().get(0);
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(c.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(c.getResources().getLimits()).containsKey("memory").doesNotContainKey("cpu");
    }

    @Test
    void every_default_can_be_changed_per_field_and_through_a_preset() {
        Preset mine = Preset.production().toBuilder().runAsUser(2000).statelessReplicas(4)
                .defaultResources(Resources.requests("50m", "64Mi")).readOnlyRootFilesystem(false).build();
        Application app = Berth.application("a").preset(mine)
                .add(Berth.statelessService("web").image("web:1.0").runAsUser(3000)).build();
        PodSpec pod = web(app);
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(3000L);
        assertThat(pod.getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isFalse();
        assertThat(pod.getContainers().get(0).getResources().getRequests().get("cpu").toString()).isEqualTo("50m");
        assertThat(app.manifest().find(Deployment.class, "a", "web").orElseThrow().getSpec().getReplicas()).isEqualTo(4);
    }

    @Test
    void the_development_preset_runs_one_replica_and_lets_claims_go() {
        // GIVEN a datastore whose claims the preset deletes: it says why losing the data is acceptable (issue 13)
        Application app = Berth.application("a").preset(Preset.development())
                .add(Berth.statelessService("web").image("web:1.0"))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).ephemeralData("development data")).build();
        assertThat(app.manifest().find(Deployment.class, "a", "web").orElseThrow().getSpec().getReplicas()).isEqualTo(1);
        assertThat(app.manifest().find(StatefulSet.class, "a", "db").orElseThrow().getSpec()
                .getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isEqualTo("Delete");
        assertThat(web(app).getSecurityContext().getRunAsNonRoot()).isTrue();
    }

    @Test
    void explain_says_whether_the_profile_the_preset_or_the_user_chose_a_value() {
        Application app = Berth.application("shop")
                .add(Berth.statelessService("web").image("web:1.0").replicas(3))
                .add(Berth.datastore("db", DatastorePresets.postgresql())).build();
        var why = app.explain();
        assertThat(why.about(ObjectRef.of("Deployment", "shop", "web"), "spec.replicas").orElseThrow().origin())
                .isEqualTo(Origin.USER);
        assertThat(why.about(ObjectRef.of("StatefulSet", "shop", "db"), "spec.replicas").orElseThrow().reason())
                .isEqualTo("production.statefulReplicas");
        assertThat(why.about(ObjectRef.of("StatefulSet", "shop", "db"), "kind").orElseThrow())
                .hasToString("StatefulSet shop/db kind = StatefulSet [PROFILE: STATEFUL/READ_WRITE/AUTHORITATIVE "
                        + "needs stable identity: each replica keeps its name and volume]");
        assertThat(why.about(ObjectRef.of("StatefulSet", "shop", "db"),
                "spec.template.spec.securityContext.runAsUser").orElseThrow().reason())
                .isEqualTo("datastore preset postgresql");
    }

    @Test
    void an_impossible_preset_is_refused() {
        assertThatThrownBy(() -> Preset.production().toBuilder().runAsUser(0).build())
                .hasMessage("runAsUser must not be 0 when runAsNonRoot is true");
        assertThatThrownBy(() -> Preset.production().toBuilder().cronConcurrencyPolicy("Sometimes").build())
                .hasMessage("cronConcurrencyPolicy must be one of Allow, Forbid, Replace, was \"Sometimes\"");
    }

    @Test
    void the_escape_hatch_reaches_the_fabric8_builders() {
        Manifest m = Berth.application("a").add(Berth.statelessService("web").image("web:1.0")
                .customize(d -> d.editSpec().withMinReadySeconds(10).endSpec())
                .customizePod(p -> p.withPriorityClassName("critical"))
                .customizeContainer(c -> c.withWorkingDir("/srv"))).build().manifest();
        Deployment d = m.find(Deployment.class, "a", "web").orElseThrow();
        assertThat(d.getSpec().getMinReadySeconds()).isEqualTo(10);
        assertThat(d.getSpec().getTemplate().getSpec().getPriorityClassName()).isEqualTo("critical");
        assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getWorkingDir()).isEqualTo("/srv");
    }

    @Test
    void a_copy_builder_serves_base_plus_variants() {
        var base = Berth.statelessService("web").image("web:1.0");
        var big = dev.berth.dsl.workload.StatelessService.from(base).replicas(5);
        Deployment small = Berth.application("a").add(base).build().manifest().find(Deployment.class, "a", "web")
                .orElseThrow();
        Deployment large = Berth.application("a").add(big).build().manifest().find(Deployment.class, "a", "web")
                .orElseThrow();
        assertThat(small.getSpec().getReplicas()).isEqualTo(2);
        assertThat(large.getSpec().getReplicas()).isEqualTo(5);
    }
}
