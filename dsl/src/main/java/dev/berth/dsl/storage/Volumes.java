package dev.berth.dsl.storage;

import dev.berth.dsl.config.Config;
import dev.berth.dsl.config.ConfigMapRef;
import dev.berth.dsl.config.SecretRef;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeProjectionBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Volumes to mount: scratch space, configuration, secrets, claims. Configuration and secrets are mounted read-only;
 * host paths only through {@link #unsafeHostPath(String)}.
 *
 * <pre>{@code
 * service.mount("/var/cache/app", Volumes.emptyDir(Quantities.mi(500)))
 *        .mount("/etc/app", Volumes.fromConfigMap(config))
 *        .mount("/srv/uploads", Volumes.fromClaim(uploads));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/storage/volumes/">Volumes</a>.
 */
public final class Volumes {

    private Volumes() {
    }

    /**
     * Node-local scratch space, emptied when the pod goes, without a size limit.
     *
     * <pre>{@code
     * Volumes.emptyDir();
     * }</pre>
     *
     * @return the volume
     */
    public static Volume emptyDir() {
        return writable(new VolumeBuilder().withNewEmptyDir().endEmptyDir());
    }

    /**
     * Node-local scratch space with a size limit; the pod is evicted when it writes more.
     *
     * <pre>{@code
     * Volumes.emptyDir(Quantities.gi(1));
     * }</pre>
     *
     * @param sizeLimit the limit
     * @return the volume
     */
    public static Volume emptyDir(Quantity sizeLimit) {
        return writable(new VolumeBuilder().withNewEmptyDir().withSizeLimit(sizeLimit).endEmptyDir());
    }

    /**
     * Scratch space in memory ({@code medium: Memory}); what is written counts against the memory limit.
     *
     * <pre>{@code
     * Volumes.inMemory(Quantities.mi(64));
     * }</pre>
     *
     * @param sizeLimit the limit
     * @return the volume
     */
    public static Volume inMemory(Quantity sizeLimit) {
        return writable(new VolumeBuilder().withNewEmptyDir().withMedium("Memory").withSizeLimit(sizeLimit).endEmptyDir());
    }

    /**
     * A ConfigMap of the application, mounted read-only; it is added with the component, and a change rolls the pods.
     *
     * <pre>{@code
     * Volumes.fromConfigMap(ConfigMaps.named("web").with("nginx.conf", "events {}"));
     * }</pre>
     *
     * @param config the ConfigMap
     * @return the volume
     */
    public static Volume fromConfigMap(Config config) {
        return new Volume(Optional.empty(), new VolumeBuilder().withNewConfigMap().withName(config.name()).endConfigMap()
                .build(), true, Optional.of(config), Optional.of(config), List.of());
    }

    /**
     * A ConfigMap read by name, mounted read-only: one managed elsewhere ({@code ConfigMaps.existing(name)}), or one
     * added to the application ({@code ConfigMaps.ref(name)}; a build that never adds it is refused).
     *
     * <pre>{@code
     * Volumes.fromConfigMap(ConfigMaps.existing("ca-bundle"));
     * }</pre>
     *
     * @param configMap the ConfigMap
     * @return the volume
     */
    public static Volume fromConfigMap(ConfigMapRef configMap) {
        return new Volume(Optional.empty(), new VolumeBuilder().withNewConfigMap().withName(configMap.name())
                .endConfigMap().build(), true, Optional.empty(), Optional.empty(), List.of(), List.of(configMap));
    }

    /**
     * A Secret, mounted read-only with mode 0400 files.
     *
     * <pre>{@code
     * Volumes.fromSecret(Secrets.existing("tls"));
     * }</pre>
     *
     * @param secret the Secret
     * @return the volume
     */
    public static Volume fromSecret(SecretRef secret) {
        return new Volume(Optional.empty(), new VolumeBuilder().withNewSecret().withSecretName(secret.name())
                .withDefaultMode(0400).endSecret().build(), true, Optional.empty(), Optional.empty(), List.of(secret));
    }

    /**
     * A shared claim, mounted read-write; the claim is added with the component.
     *
     * <pre>{@code
     * Volumes.fromClaim(Claims.shared("uploads", Quantities.gi(100)).readWriteMany());
     * }</pre>
     *
     * @param claim the claim
     * @return the volume
     */
    public static Volume fromClaim(SharedClaim claim) {
        return new Volume(Optional.of(claim.name()), new VolumeBuilder().withNewPersistentVolumeClaim()
                .withClaimName(claim.name()).endPersistentVolumeClaim().build(), false, Optional.of(claim),
                Optional.empty(), List.of());
    }

    /**
     * ConfigMaps and Secrets projected into one read-only folder.
     *
     * <pre>{@code
     * Volumes.projected(List.of(config), List.of(Secrets.existing("tls")));
     * }</pre>
     *
     * @param configs ConfigMaps of the application
     * @param secrets Secrets
     * @return the volume
     */
    public static Volume projected(Collection<Config> configs, Collection<SecretRef> secrets) {
        ProjectedVolumeSourceBuilder p = new ProjectedVolumeSourceBuilder();
        configs.forEach(c -> p.addToSources(new VolumeProjectionBuilder().withNewConfigMap().withName(c.name())
                .endConfigMap().build()));
        secrets.forEach(s -> p.addToSources(new VolumeProjectionBuilder().withNewSecret().withName(s.name())
                .endSecret().build()));
        Optional<Config> first = configs.stream().findFirst();
        List<Config> all = List.copyOf(configs);
        return new Volume(Optional.empty(), new VolumeBuilder().withProjected(p.build()).build(), true,
                all.isEmpty() ? Optional.empty() : Optional.of(assembly -> all.forEach(c -> c.contribute(assembly))),
                configs.size() == 1 ? first : Optional.empty(), List.copyOf(secrets));
    }

    /**
     * A folder of the node, mounted read-only. Unsafe: it ties the pod to a node, bypasses storage accounting, and
     * is refused by the restricted Pod Security Standard. Use it for per-node agents that must read the node
     * ({@code /var/log}), knowing it.
     *
     * <pre>{@code
     * agent.mount("/var/log", Volumes.unsafeHostPath("/var/log"));
     * }</pre>
     *
     * @param path an absolute path on the node
     * @return the volume
     */
    public static Volume unsafeHostPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("host path must be absolute, was " + path);
        }
        return new Volume(Optional.empty(), new VolumeBuilder().withNewHostPath().withPath(path).withType("Directory")
                .endHostPath().build(), true, Optional.empty(), Optional.empty(), List.of());
    }

    private static Volume writable(VolumeBuilder b) {
        return new Volume(Optional.empty(), b.build(), false, Optional.empty(), Optional.empty(), List.of());
    }

}
