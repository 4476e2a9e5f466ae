package dev.berth.samples.quadrants;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.Volumes;
import dev.berth.samples.ApplicationSample;

/**
 * Quadrant B, stateless with storage: an idempotent upload service (storing a file twice under its content hash
 * changes nothing) whose replicas are interchangeable, so a Deployment, all writing to one shared
 * {@code ReadWriteMany} volume from an NFS StorageClass.
 *
 * <pre>{@code
 * Manifest manifest = new UploadSharedVolume().manifest();
 * }</pre>
 */
public final class UploadSharedVolume extends ApplicationSample {

    /** Creates the sample. */
    public UploadSharedVolume() {
        super("upload-shared-volume", "Quadrant B: an idempotent upload service whose replicas share one "
                + "ReadWriteMany volume");
    }

    @Override
    public Application application() {
        return Berth.application("media")
                .add(Berth.service("upload", StateProfile.sharedFiles()).image("ghcr.io/acme/upload:1.0.3")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .mount("/srv/uploads", Volumes.fromClaim(
                                Claims.shared("uploads", Quantities.gi(200)).readWriteMany().storageClass("nfs-client"))))
                .allowFromAnywhere().to("upload").on(8080)
                .defaultDeny()
                .build();
    }
}
