package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.UploadSharedVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import org.junit.jupiter.api.Test;

/** What makes the {@code upload-shared-volume} sample right, one property per test. */
class UploadSharedVolumeTest {

    private final Manifest m = new UploadSharedVolume().manifest();

    @Test
    void the_upload_service_is_a_deployment() {
        assertKind(m, "upload", "Deployment");
    }

    @Test
    void every_replica_mounts_the_one_read_write_many_claim() {
        PersistentVolumeClaim uploads = m.find(PersistentVolumeClaim.class, "media", "uploads").orElseThrow();
        assertThat(uploads.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
        assertThat(uploads.getSpec().getStorageClassName()).isEqualTo("nfs-client");
        assertThat(workload(m, "upload").podSpec().orElseThrow().getVolumes())
                .anySatisfy(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("uploads"));
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertBudget(m, "upload");
        assertSpreadAcrossNodes(m, "upload");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "upload");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void clients_reach_it_on_8080() {
        assertThat(Reachability.allowsFromOutside(m, "upload", 8080)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
