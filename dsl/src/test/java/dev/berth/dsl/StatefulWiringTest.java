package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.workload.StatefulPattern;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

class StatefulWiringTest {

    private static Manifest postgres(StatefulPattern pattern) {
        return Berth.application("shop").add(Berth.datastore("db", DatastorePresets.postgresql()).pattern(pattern))
                .build().manifest();
    }

    @Test
    void a_datastore_becomes_a_statefulset_governed_by_a_headless_service_that_selects_its_pods() {
        // GIVEN a PostgreSQL datastore WHEN built
        Manifest m = postgres(StatefulPattern.singlePrimary());
        StatefulSet set = m.find(StatefulSet.class, "shop", "db").orElseThrow();
        // THEN serviceName names a headless Service whose selector is the pod labels' subset, with named ports
        Service headless = m.find(Service.class, "shop", set.getSpec().getServiceName()).orElseThrow();
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(set.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(headless.getSpec().getSelector());
        assertThat(set.getSpec().getSelector().getMatchLabels()).isEqualTo(headless.getSpec().getSelector());
        assertThat(headless.getSpec().getPorts()).extracting("name").containsExactly("postgresql");
        assertThat(m.find(Service.class, "shop", "db").orElseThrow().getSpec().getClusterIP()).isNull();
    }

    @Test
    void a_datastore_keeps_its_data_spreads_across_nodes_and_has_a_disruption_budget() {
        Manifest m = postgres(StatefulPattern.singlePrimary());
        StatefulSet set = m.find(StatefulSet.class, "shop", "db").orElseThrow();
        assertThat(set.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isEqualTo("Retain");
        assertThat(set.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenScaled()).isEqualTo("Retain");
        assertThat(set.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(t -> {
            assertThat(t.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("20Gi");
            assertThat(t.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        });
        assertThat(set.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()).singleElement()
                .satisfies(c -> assertThat(c.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
        assertThat(m.find(PodDisruptionBudget.class, "shop", "db").orElseThrow().getSpec().getMaxUnavailable()
                .getIntVal()).isEqualTo(1);
        assertThat(set.getSpec().getPodManagementPolicy()).isEqualTo("OrderedReady");
    }

    @Test
    void a_ring_starts_in_parallel_publishes_not_ready_peers_and_lists_its_seeds_by_stable_name() {
        // GIVEN a Cassandra ring of 3
        Application app = Berth.application("events").add(Berth.datastore("cassandra", DatastorePresets.cassandra())
                .pattern(StatefulPattern.ring(3))).build();
        StatefulSet set = app.manifest().find(StatefulSet.class, "events", "cassandra").orElseThrow();
        // THEN
        assertThat(set.getSpec().getPodManagementPolicy()).isEqualTo("Parallel");
        assertThat(set.getSpec().getReplicas()).isEqualTo(3);
        assertThat(app.manifest().find(Service.class, "events", "cassandra-headless").orElseThrow().getSpec()
                .getPublishNotReadyAddresses()).isTrue();
        assertThat(app.podDnsNames("cassandra")).containsExactly(
                "cassandra-0.cassandra-headless.events.svc.cluster.local",
                "cassandra-1.cassandra-headless.events.svc.cluster.local",
                "cassandra-2.cassandra-headless.events.svc.cluster.local");
        assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anySatisfy(e -> {
                    assertThat(e.getName()).isEqualTo("CASSANDRA_SEEDS");
                    assertThat(e.getValue()).isEqualTo(String.join(",", app.podDnsNames("cassandra")));
                });
    }

    @Test
    void read_replicas_get_their_own_statefulset_and_a_read_only_service_beside_the_read_write_one() {
        Manifest m = postgres(StatefulPattern.primaryWithReadReplicas(2));
        assertThat(m.find(StatefulSet.class, "shop", "db").orElseThrow().getSpec().getReplicas()).isEqualTo(1);
        StatefulSet replicas = m.find(StatefulSet.class, "shop", "db-replica").orElseThrow();
        assertThat(replicas.getSpec().getReplicas()).isEqualTo(2);
        assertThat(m.find(Service.class, "shop", "db").orElseThrow().getSpec().getSelector())
                .containsEntry("app.kubernetes.io/name", "db");
        assertThat(m.find(Service.class, "shop", "db-read").orElseThrow().getSpec().getSelector())
                .containsEntry("app.kubernetes.io/name", "db-replica");
        assertThat(replicas.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anySatisfy(e -> assertThat(e.getValue()).isEqualTo("db-0.db-headless.shop.svc.cluster.local"));
    }

    @Test
    void credentials_come_from_a_secret_key_and_never_inline() {
        Manifest m = postgres(StatefulPattern.singlePrimary());
        var env = m.find(StatefulSet.class, "shop", "db").orElseThrow().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getEnv();
        assertThat(env).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("POSTGRES_PASSWORD");
            assertThat(e.getValue()).isNull();
            assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("db-credentials");
            assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
        });
    }

    @Test
    void every_datastore_preset_builds_with_a_concrete_tag_probes_and_resources() {
        for (var preset : java.util.List.of(DatastorePresets.postgresql(), DatastorePresets.mysql(),
                DatastorePresets.mongodb(), DatastorePresets.redis(), DatastorePresets.elasticsearch(),
                DatastorePresets.cassandra(), DatastorePresets.kafka(), DatastorePresets.zookeeper())) {
            Manifest m = Berth.application("x").add(Berth.datastore("store", preset)).build().manifest();
            var c = m.find(StatefulSet.class, "x", "store").orElseThrow().getSpec().getTemplate().getSpec()
                    .getContainers().get(0);
            assertThat(c.getImage()).as(preset.datastore().id()).matches(".+:[0-9][^:]*");
            assertThat(c.getReadinessProbe()).as(preset.datastore().id()).isNotNull();
            assertThat(c.getLivenessProbe()).as(preset.datastore().id()).isNotNull();
            assertThat(c.getResources().getRequests()).as(preset.datastore().id()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(preset.datastore().id()).containsKey("memory");
            assertThat(c.getPorts().get(0).getContainerPort()).isEqualTo(preset.datastore().primaryPort().number());
            assertThat(c.getVolumeMounts()).anySatisfy(v -> assertThat(v.getMountPath()).isEqualTo(preset.dataPath()));
        }
    }

    @Test
    void a_zookeeper_ensemble_lists_its_servers_in_zookeeper_syntax() {
        Manifest m = Berth.application("coord").add(Berth.datastore("zk", DatastorePresets.zookeeper())
                .pattern(StatefulPattern.ring(3))).build().manifest();
        var env = m.find(StatefulSet.class, "coord", "zk").orElseThrow().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getEnv();
        assertThat(env).anySatisfy(e -> assertThat(e.getValue()).isEqualTo(
                "server.1=zk-0.zk-headless.coord.svc.cluster.local:2888:3888;2181 "
                        + "server.2=zk-1.zk-headless.coord.svc.cluster.local:2888:3888;2181 "
                        + "server.3=zk-2.zk-headless.coord.svc.cluster.local:2888:3888;2181"));
    }
}
