package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.PersistentVolumes;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.StorageClasses;
import dev.berth.dsl.storage.Volumes;
import dev.berth.dsl.workload.Backup;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import org.junit.jupiter.api.Test;

class BatchAgentStorageTest {

    @Test
    void a_cron_job_gets_a_deadline_no_overlap_history_limits_and_a_ttl() {
        // GIVEN a nightly report WHEN built
        Manifest m = Berth.application("a").add(Berth.cronJob("report", "0 2 * * *").image("report:3.1.0")
                .deadlineSeconds(3600)).build().manifest();
        CronJob cron = m.find(CronJob.class, "a", "report").orElseThrow();
        // THEN
        assertThat(cron.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(cron.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(3);
        assertThat(cron.getSpec().getFailedJobsHistoryLimit()).isEqualTo(3);
        assertThat(cron.getSpec().getStartingDeadlineSeconds()).isEqualTo(300L);
        var job = cron.getSpec().getJobTemplate().getSpec();
        assertThat(job.getActiveDeadlineSeconds()).isEqualTo(3600L);
        assertThat(job.getTtlSecondsAfterFinished()).isEqualTo(86400);
        assertThat(job.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void a_job_runs_once() {
        Manifest m = Berth.application("a").add(Berth.job("reindex").image("search:4.0.1").args("reindex")
                .backoffLimit(1)).build().manifest();
        assertThat(m.find(Job.class, "a", "reindex").orElseThrow().getSpec().getBackoffLimit()).isEqualTo(1);
    }

    @Test
    void a_backup_to_a_claim_is_a_cron_job_writing_the_dump_into_its_own_claim() {
        Manifest m = Berth.application("a").add(Berth.datastore("db", DatastorePresets.postgresql())
                .backup(Backup.toClaim("0 3 * * *", Quantities.gi(50)))).build().manifest();
        CronJob cron = m.find(CronJob.class, "a", "db-backup").orElseThrow();
        var pod = cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getPersistentVolumeClaim().getClaimName())
                .isEqualTo("db-backups"));
        assertThat(pod.getContainers().get(0).getCommand().get(2)).contains("pg_dump");
        assertThat(m.find(PersistentVolumeClaim.class, "a", "db-backups")).isPresent();
    }

    @Test
    void a_per_node_agent_is_a_daemonset_and_a_host_path_is_read_only() {
        Manifest m = Berth.application("a").add(Berth.agent("logs").image("fluent/fluent-bit:3.1.9")
                .mount("/var/log", Volumes.unsafeHostPath("/var/log"))).build().manifest();
        DaemonSet ds = m.find(DaemonSet.class, "a", "logs").orElseThrow();
        assertThat(ds.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                .anySatisfy(v -> assertThat(v.getReadOnly()).isTrue());
    }

    @Test
    void storage_classes_and_persistent_volumes_retain_data_and_bind_where_the_pod_lands() {
        Manifest m = Berth.application("a")
                .add(StorageClasses.named("fast", "ebs.csi.aws.com").parameter("type", "gp3"))
                .add(PersistentVolumes.local("ssd-node1", "/mnt/ssd", "node1", Quantities.gi(200), "fast"))
                .add(PersistentVolumes.nfs("archive", "nfs.internal", "/exports/archive", Quantities.gi(500)))
                .build().manifest();
        StorageClass sc = m.all(StorageClass.class).get(0);
        assertThat(sc.getReclaimPolicy()).isEqualTo("Retain");
        assertThat(sc.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer");
        assertThat(sc.getAllowVolumeExpansion()).isTrue();
        PersistentVolume local = named(m, "ssd-node1");
        assertThat(local.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().get(0).getMatchExpressions()
                .get(0).getValues()).containsExactly("node1");
        assertThat(local.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Retain");
        assertThat(named(m, "archive").getSpec().getAccessModes())
                .containsExactly("ReadWriteMany");
    }

    private static PersistentVolume named(Manifest m, String name) {
        return m.all(PersistentVolume.class).stream().filter(v -> v.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
