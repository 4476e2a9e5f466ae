package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.berth.core.Manifest;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.StorageClasses;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.workload.Backup;
import dev.berth.dsl.workload.ReplicatedService;
import dev.berth.dsl.workload.Spread;
import dev.berth.dsl.workload.StatefulPattern;
import dev.berth.dsl.workload.StatefulService;
import dev.berth.dsl.workload.StatelessService;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    // "Backups that prune: a retention (`keepLast(7)`) for dumps into a claim and to object storage."

    private static io.fabric8.kubernetes.api.model.Container backupContainer(Backup backup) {
        Manifest m = Berth.application("a").add(Berth.datastore("db", DatastorePresets.postgresql()).backup(backup))
                .build().manifest();
        return m.find(CronJob.class, "a", "db-backup").orElseThrow().getSpec().getJobTemplate().getSpec()
                .getTemplate().getSpec().getContainers().get(0);
    }

    @Test
    void a_backup_into_a_claim_that_keeps_the_last_seven_deletes_older_dumps_after_each_dump() {
        var dump = backupContainer(Backup.toClaim("0 3 * * *", Quantities.gi(100)).keepLast(7));
        assertThat(dump.getCommand()).containsExactly("sh", "-c", "PGPASSWORD=\"$PASSWORD\" pg_dump -h \"$HOST\" "
                + "-U postgres -Fc -f /backup/$(date +%Y%m%dT%H%M%S).pgdump && ls -1 /backup "
                + "| grep '^[0-9]\\{8\\}T[0-9]\\{6\\}' | sort -r | tail -n +8 "
                + "| while read -r f; do rm -f -- \"/backup/$f\"; done");
    }

    @Test
    void the_claims_prune_leaves_exactly_the_newest_dumps_and_nothing_else_is_touched(@TempDir Path dir)
            throws Exception {
        // GIVEN ten nightly dumps and lost+found in the backup claim
        for (int day = 1; day <= 10; day++) {
            Files.createFile(dir.resolve(String.format("202501%02dT030000.pgdump", day)));
        }
        Files.createDirectory(dir.resolve("lost+found"));
        // WHEN the rendered command runs there, its dump replaced by a no-op
        String command = backupContainer(Backup.toClaim("0 3 * * *", Quantities.gi(100)).keepLast(7)).getCommand()
                .get(2);
        String prune = "true" + command.substring(command.indexOf(" && ")).replace("/backup", dir.toString());
        Process sh = new ProcessBuilder("sh", "-c", prune).redirectErrorStream(true).start();
        String output = new String(sh.getInputStream().readAllBytes());
        // THEN the seven newest dumps and lost+found are left, and the job succeeds
        assertThat(sh.waitFor()).as(output).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "20250104T030000.pgdump", "20250105T030000.pgdump", "20250106T030000.pgdump",
                    "20250107T030000.pgdump", "20250108T030000.pgdump", "20250109T030000.pgdump",
                    "20250110T030000.pgdump", "lost+found");
        }
    }

    @Test
    void a_backup_to_object_storage_that_keeps_the_last_seven_deletes_older_objects_after_the_upload() {
        var upload = backupContainer(Backup.toObjectStorage("0 3 * * *", "s3://acme-backups/shop-db/",
                Secrets.existing("s3-backup")).keepLast(7));
        assertThat(upload.getCommand()).containsExactly("sh", "-c", "aws s3 cp --recursive /backup \"$BACKUP_URL\" "
                + "&& aws s3 ls \"$BACKUP_URL/\" | sed 's/.* //' | grep '^[0-9]\\{8\\}T[0-9]\\{6\\}' | sort -r "
                + "| tail -n +8 | while read -r f; do aws s3 rm \"$BACKUP_URL/$f\"; done");
        assertThat(upload.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("BACKUP_URL");
            assertThat(e.getValue()).isEqualTo("s3://acme-backups/shop-db");
        });
    }

    @Test
    void a_backup_without_retention_keeps_every_dump() {
        var upload = backupContainer(Backup.toObjectStorage("0 3 * * *", "s3://acme-backups/shop-db",
                Secrets.existing("s3-backup")));
        assertThat(upload.getCommand()).containsExactly("aws", "s3", "cp", "--recursive", "/backup",
                "s3://acme-backups/shop-db");
    }

    @Test
    void keeping_no_dump_is_refused() {
        assertThatThrownBy(() -> Backup.toClaim("0 3 * * *", Quantities.gi(100)).keepLast(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keepLast of a backup must be >= 1, was 0");
    }

    // "Observability from the seeds' chapter on monitoring: a `metrics(port, path)` verb that names the port and, when
    // asked, writes a Prometheus Operator `ServiceMonitor` (kept as a custom resource through the escape hatch model,
    // no new dependency needed)."

    @Test
    void metrics_names_the_port_on_the_container_and_the_service_and_writes_no_service_monitor_unasked() {
        Manifest m = Berth.application("a").add(Berth.statelessService("api").image("api:1").expose(Ports.http(8080))
                .metrics(9090, "/metrics")).build().manifest();
        assertThat(m.find(Deployment.class, "a", "api").orElseThrow().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getPorts()).extracting("name", "containerPort")
                .containsExactly(tuple("http", 8080), tuple("metrics", 9090));
        assertThat(m.find(Service.class, "a", "api").orElseThrow().getSpec().getPorts()).extracting("name")
                .containsExactly("http", "metrics");
        assertThat(m.objects()).noneMatch(o -> o.getKind().equals("ServiceMonitor"));
    }

    @Test
    void a_service_monitor_scrapes_the_named_port_and_path_on_the_client_services_only() {
        // GIVEN PostgreSQL with read replicas whose exporter port is already exposed, asked for a ServiceMonitor
        Manifest m = Berth.application("shop").add(Berth.datastore("db", DatastorePresets.postgresql())
                .pattern(StatefulPattern.primaryWithReadReplicas(1)).expose(Port.of("exporter", 9187))
                .metrics(9187, "/metrics").serviceMonitor()).build().manifest();
        // THEN one monitoring.coreos.com/v1 ServiceMonitor names the existing port and the path
        assertThat(m.objects()).filteredOn(o -> o.getKind().equals("ServiceMonitor")).hasSize(1);
        GenericKubernetesResource monitor = m.all(GenericKubernetesResource.class).stream()
                .filter(o -> o.getKind().equals("ServiceMonitor")).findFirst().orElseThrow();
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.getMetadata().getName()).isEqualTo("db");
        assertThat(monitor.getAdditionalProperties().get("spec")).isEqualTo(Map.of(
                "selector", Map.of("matchLabels", Map.of("berth.dev/metrics", "db",
                        "app.kubernetes.io/instance", "shop")),
                "endpoints", List.of(Map.of("port", "exporter", "path", "/metrics"))));
        // AND the read-write and read-only Services carry the label, the headless ones do not
        assertThat(List.of("db", "db-read", "db-headless", "db-replica-headless"))
                .map(n -> m.find(Service.class, "shop", n).orElseThrow().getMetadata().getLabels()
                        .get("berth.dev/metrics"))
                .containsExactly("db", "db", null, null);
    }

    @Test
    void a_service_monitor_without_a_metrics_port_is_refused() {
        var app = Berth.application("a").add(Berth.statelessService("api").image("api:1").expose(Ports.http(8080))
                .serviceMonitor());
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("api asks for a ServiceMonitor but names no metrics port: call metrics(port, \"/metrics\") "
                        + "first");
    }

    @Test
    void a_relative_metrics_path_is_refused() {
        assertThatThrownBy(() -> Berth.statelessService("api").metrics(9090, "metrics"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metrics path of api must be absolute, was metrics");
    }

    // "The DSL's output must stay validation-clean"

    @Test
    void the_new_verbs_together_pass_the_recommended_rules_with_nothing_above_info() {
        // GIVEN a ring kept apart on nodes with metrics, a datastore on a named class with a pruning backup, and the
        // in-memory basket on a StatefulSet without storage
        Application app = Berth.application("shop")
                .add(Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3))
                        .spread(Spread.requiredAcrossNodes()).metrics(7070, "/metrics").serviceMonitor())
                .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50))
                        .storageClass("ssd").backup(Backup.toClaim("0 3 * * *", Quantities.gi(100)).keepLast(7)))
                .add(Berth.statefulService("basket", StateProfile.inMemoryState()).image("ghcr.io/acme/basket:1.8.0")
                        .expose(Ports.http(8080)).readiness(Probes.http("/ready", 8080))
                        .liveness(Probes.http("/healthz", 8080)).replicas(2)
                        .withoutStorage("sessions may be lost"))
                .build();
        // WHEN validated with the recommended rules
        Report report = Validator.of(RuleSets.recommended()).evaluate(app.manifest());
        // THEN nothing above info, and the basket's missing storage is said as information
        assertThat(report.atLeast(Severity.LOW).findings()).as(report.toText()).isEmpty();
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("stateful-without-storage");
            assertThat(f.message()).contains("berth.dev/without-storage: sessions may be lost");
        });
    }
}
