package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.StorageClasses;
import dev.berth.dsl.workload.ReplicatedService;
import dev.berth.dsl.workload.Spread;
import dev.berth.dsl.workload.StatefulPattern;
import dev.berth.dsl.workload.StatefulService;
import dev.berth.dsl.workload.StatelessService;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

/** Issue 13, "Finish the stateful patterns": each new verb, and each refusal with its exact message. */
class StatefulPatternsTest {

    // "`Berth.service(name, profile)` returns a type on which `replicas(n)` and every verb of the chosen kind exist."

    @Test
    void berth_service_returns_a_type_with_replicas_whichever_kind_the_profile_chooses() {
        // GIVEN an in-memory basket (a Deployment) and a disk cache (a StatefulSet), both said with Berth.service
        ReplicatedService<?> basket = Berth.service("basket", StateProfile.inMemoryState()).image("basket:1")
                .replicas(3);
        ReplicatedService<?> index = Berth.service("index", StateProfile.diskCache()).image("index:1")
                .storage(Quantities.gi(5)).replicas(2);
        Manifest m = Berth.application("a").add(basket).add(index).build().manifest();
        // THEN replicas(n) reaches the workload of either kind
        assertThat(m.find(Deployment.class, "a", "basket").orElseThrow().getSpec().getReplicas()).isEqualTo(3);
        assertThat(m.find(StatefulSet.class, "a", "index").orElseThrow().getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void the_kind_factories_with_a_profile_return_the_kind_with_its_own_verbs() {
        // GIVEN the kind named: its own verbs are there at compile time (autoscale; pattern)
        StatelessService basket = Berth.statelessService("basket", StateProfile.inMemoryState()).autoscale(2, 6);
        StatefulService index = Berth.statefulService("index", StateProfile.diskCache())
                .pattern(StatefulPattern.ring(3));
        assertThat(basket.profile()).isEqualTo(StateProfile.inMemoryState());
        assertThat(index.pattern()).isEqualTo(StatefulPattern.ring(3));
        // AND a profile of the other kind is refused at once
        assertThatThrownBy(() -> Berth.statelessService("db", StateProfile.datastore()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profile " + StateProfile.datastore() + " of db needs stable identity: use "
                        + "Berth.statefulService or Berth.service, which choose a StatefulSet");
    }

    // "`storage(size)` takes the storage class and the mount path where users expect them"

    @Test
    void storage_takes_its_class_and_mount_path_on_the_data_claim_template() {
        // GIVEN a PostgreSQL datastore with 50Gi on class ssd, mounted at a path of the user's choice
        StorageClasses.Spec ssd = StorageClasses.named("ssd", "ebs.csi.aws.com");
        Manifest m = Berth.application("a").add(ssd).add(Berth.datastore("db", DatastorePresets.postgresql())
                .storage(Quantities.gi(50)).storageClass(ssd).storagePath("/pgdata")).build().manifest();
        StatefulSet set = m.find(StatefulSet.class, "a", "db").orElseThrow();
        // THEN the one data template carries size and class, and the container mounts it there
        assertThat(set.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(t -> {
            assertThat(t.getMetadata().getName()).isEqualTo("data");
            assertThat(t.getSpec().getStorageClassName()).isEqualTo("ssd");
            assertThat(t.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("50Gi");
        });
        assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                .anySatisfy(v -> {
                    assertThat(v.getName()).isEqualTo("data");
                    assertThat(v.getMountPath()).isEqualTo("/pgdata");
                });
    }

    @Test
    void the_storage_class_applies_to_the_presets_claim_template_without_a_size() {
        Manifest m = Berth.application("a").add(Berth.datastore("db", DatastorePresets.postgresql())
                .storageClass("ssd")).build().manifest();
        assertThat(m.find(StatefulSet.class, "a", "db").orElseThrow().getSpec().getVolumeClaimTemplates())
                .singleElement().satisfies(t -> {
                    assertThat(t.getSpec().getStorageClassName()).isEqualTo("ssd");
                    assertThat(t.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("20Gi");
                });
    }

    @Test
    void a_relative_storage_path_is_refused() {
        assertThatThrownBy(() -> Berth.datastore("db", DatastorePresets.postgresql()).storagePath("pgdata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storage path of db must be absolute, was pgdata");
    }

    // "hard pod anti-affinity across nodes as an option beside the topology spread
    // (`spread(Spread.requiredAcrossNodes())`), with the spread's semantics documented"

    @Test
    void required_across_nodes_writes_a_hard_pod_anti_affinity_instead_of_the_topology_spread() {
        // GIVEN a Cassandra ring that must never put two members on one node
        Manifest m = Berth.application("a").add(Berth.datastore("cassandra", DatastorePresets.cassandra())
                .pattern(StatefulPattern.ring(3)).spread(Spread.requiredAcrossNodes())).build().manifest();
        var pod = m.find(StatefulSet.class, "a", "cassandra").orElseThrow().getSpec().getTemplate().getSpec();
        // THEN a required anti-affinity on the hostname selects the ring's own pods, and there is no soft spread
        assertThat(pod.getTopologySpreadConstraints()).isEmpty();
        assertThat(pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(term -> {
                    assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(term.getLabelSelector().getMatchLabels())
                            .containsEntry("app.kubernetes.io/name", "cassandra");
                });
    }

    @Test
    void the_default_spread_is_the_topology_spread_and_no_anti_affinity() {
        Manifest m = Berth.application("a").add(Berth.datastore("db", DatastorePresets.postgresql())
                .spread(Spread.topologySpread())).build().manifest();
        var pod = m.find(StatefulSet.class, "a", "db").orElseThrow().getSpec().getTemplate().getSpec();
        assertThat(pod.getTopologySpreadConstraints()).singleElement()
                .satisfies(c -> assertThat(c.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule"));
        assertThat(pod.getAffinity()).isNull();
    }

    // "pod DNS names for every StatefulSet of a pattern (primary and replicas)"

    @Test
    void a_primary_with_read_replicas_gives_the_pod_dns_names_of_both_statefulsets() {
        Application app = Berth.application("shop").add(Berth.datastore("db", DatastorePresets.postgresql())
                .pattern(StatefulPattern.primaryWithReadReplicas(2))).build();
        assertThat(app.podDnsNames("db")).containsExactly("db-0.db-headless.shop.svc.cluster.local");
        assertThat(app.podDnsNames("db-replica")).containsExactly(
                "db-replica-0.db-replica-headless.shop.svc.cluster.local",
                "db-replica-1.db-replica-headless.shop.svc.cluster.local");
    }

    // "In-memory state (the shopping basket whose sessions may be lost): allow a StatefulSet without storage when
    // asked, and mark the profile on the output (an annotation)"

    @Test
    void in_memory_state_may_keep_a_statefulset_without_storage_when_asked_and_the_profile_is_marked() {
        // GIVEN the basket on a StatefulSet without storage, with the reason
        Manifest m = Berth.application("a").add(Berth.statefulService("basket", StateProfile.inMemoryState())
                .image("basket:1").expose(Ports.http(8080)).withoutStorage("sessions may be lost")).build()
                .manifest();
        StatefulSet set = m.find(StatefulSet.class, "a", "basket").orElseThrow();
        // THEN no claim template, and the profile and the reason on the StatefulSet
        assertThat(set.getSpec().getVolumeClaimTemplates()).isEmpty();
        assertThat(set.getMetadata().getAnnotations())
                .containsEntry("berth.dev/state-profile", "STATEFUL/NONE/NONE")
                .containsEntry("berth.dev/without-storage", "sessions may be lost");
    }

    @Test
    void in_memory_state_on_a_statefulset_without_the_verb_is_refused() {
        var app = Berth.application("a").add(Berth.statefulService("basket", StateProfile.inMemoryState())
                .image("basket:1"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profile " + StateProfile.inMemoryState() + " of basket does not need stable identity: "
                        + "use Berth.statelessService or Berth.service, which choose a Deployment, or keep a "
                        + "StatefulSet without storage with withoutStorage(\"reason\")");
    }

    @Test
    void without_storage_on_a_profile_that_writes_to_disk_is_refused() {
        assertThatThrownBy(() -> Berth.datastore("db", DatastorePresets.postgresql()).withoutStorage("why not"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withoutStorage of db: profile STATEFUL/READ_WRITE/AUTHORITATIVE writes to disk, so it "
                        + "needs storage(Quantities.gi(n)); withoutStorage is for state kept in memory "
                        + "(StateProfile.inMemoryState())");
    }

    @Test
    void without_storage_needs_a_reason() {
        assertThatThrownBy(() -> Berth.statefulService("basket", StateProfile.inMemoryState()).withoutStorage(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withoutStorage of basket needs a reason (why losing the state on restart is acceptable), "
                        + "was \" \"");
    }
}
