package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.UploadSharedVolume;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import org.junit.jupiter.api.Test;

/** What makes the {@code upload-shared-volume} sample right, one property per test. */
class UploadSharedVolumeTest {

    private final Manifest m = new UploadSharedVolume().manifest();

    @Test
    void the_upload_service_is_a_deployment() {
        assertThat(m).hasWorkloadOfKind("upload", "Deployment");
    }

    @Test
    void every_replica_mounts_the_one_read_write_many_claim() {
        assertThat(m).claim("uploads").hasAccessMode("ReadWriteMany").hasStorageClass("nfs-client");
        assertThat(m).deployment("upload").mountsClaim("uploads");
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertThat(m).deployment("upload").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("upload").container("upload").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void clients_reach_it_on_8080() {
        assertThat(m).allowsTraffic().fromAnywhere().to("upload").on(8080);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
