package dev.berth.dsl.datastore;

import dev.berth.core.state.Datastore;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Resources;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one datastore takes: image, user, ports and data path (from core's {@code Datastores} catalogue),
 * probes, where credentials come from, resources, storage size, how peers find each other and how to back it up.
 * Immutable; every value can be replaced with a {@code with...} copy, and every one can still be overridden on the
 * component.
 *
 * <pre>{@code
 * DatastorePreset pg = DatastorePresets.postgresql().withImage("postgres:17.0").withStorageSize(Quantities.gi(50));
 * }</pre>
 *
 * @param datastore the catalogue entry: id, ports, data path
 * @param image the image, with a concrete tag
 * @param uid the UID (and GID, fsGroup) the image's server runs as
 * @param readOnlyRootFilesystem whether the server works with a read-only root filesystem
 * @param writablePaths paths the server writes besides its data path and {@code /tmp}, given emptyDirs
 * @param env literal environment variables the server needs
 * @param credentials environment variables filled from keys of the credentials Secret: variable to key
 * @param readiness the readiness probe
 * @param liveness the liveness probe
 * @param startup the startup probe
 * @param resources the resources
 * @param storageSize the size of each replica's data claim
 * @param command the command, empty for the image's
 * @param args the arguments
 * @param peerListEnv the variable that receives the peers' stable DNS names in a ring, or empty
 * @param peerFormat how one peer is written: {@code {host}} is its DNS name, {@code {n}} its ordinal plus one
 * @param peerSeparator what joins the peers
 * @param backupCommand a shell command that dumps the server at {@code $HOST} into {@code /backup}, or empty
 * @param role the {@code app.kubernetes.io/component} label, such as {@code database}
 */
public record DatastorePreset(Datastore datastore, String image, long uid, boolean readOnlyRootFilesystem,
        List<String> writablePaths, Map<String, String> env, Map<String, String> credentials, Probe readiness,
        Probe liveness, Probe startup, Resources resources, Quantity storageSize, List<String> command,
        List<String> args, Optional<String> peerListEnv, String peerFormat, String peerSeparator,
        Optional<String> backupCommand, String role) {

    /**
     * Checks and copies.
     *
     * @param datastore the catalogue entry
     * @param image the image
     * @param uid the UID
     * @param readOnlyRootFilesystem whether the root filesystem can be read-only
     * @param writablePaths writable paths
     * @param env literal environment
     * @param credentials credential variables
     * @param readiness readiness probe
     * @param liveness liveness probe
     * @param startup startup probe
     * @param resources resources
     * @param storageSize storage size
     * @param command command
     * @param args arguments
     * @param peerListEnv the peer list variable
     * @param peerFormat the peer format
     * @param peerSeparator the peer separator
     * @param backupCommand the backup command
     * @param role the component label
     */
    public DatastorePreset {
        Objects.requireNonNull(datastore, "datastore");
        Objects.requireNonNull(image, "image");
        if (uid <= 0) {
            throw new IllegalArgumentException("uid of the " + datastore.id() + " preset must be > 0, was " + uid);
        }
        writablePaths = List.copyOf(writablePaths);
        env = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(env));
        credentials = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(credentials));
        command = List.copyOf(command);
        args = List.copyOf(args);
        Objects.requireNonNull(storageSize, "storageSize");
        Objects.requireNonNull(resources, "resources");
    }

    /** @return the catalogue's ports as named container ports, primary first */
    public List<Port> ports() {
        return datastore.ports().stream().map(p -> Port.of(p.name(), p.number())).toList();
    }

    /** @return where the server keeps its data */
    public String dataPath() {
        return datastore.dataPath().orElse("/data");
    }

    /**
     * A copy with another image.
     *
     * @param value such as {@code postgres:17.0}
     * @return the copy
     */
    public DatastorePreset withImage(String value) {
        return new DatastorePreset(datastore, value, uid, readOnlyRootFilesystem, writablePaths, env, credentials,
                readiness, liveness, startup, resources, storageSize, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }

    /**
     * A copy with other resources.
     *
     * @param value the resources
     * @return the copy
     */
    public DatastorePreset withResources(Resources value) {
        return new DatastorePreset(datastore, image, uid, readOnlyRootFilesystem, writablePaths, env, credentials,
                readiness, liveness, startup, value, storageSize, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }

    /**
     * A copy with another storage size.
     *
     * @param value the size of each replica's claim
     * @return the copy
     */
    public DatastorePreset withStorageSize(Quantity value) {
        return new DatastorePreset(datastore, image, uid, readOnlyRootFilesystem, writablePaths, env, credentials,
                readiness, liveness, startup, resources, value, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }

    /**
     * A copy running as another UID.
     *
     * @param value the UID, not 0
     * @return the copy
     */
    public DatastorePreset withUid(long value) {
        return new DatastorePreset(datastore, image, value, readOnlyRootFilesystem, writablePaths, env, credentials,
                readiness, liveness, startup, resources, storageSize, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }

    /**
     * A copy with other probes.
     *
     * @param newReadiness the readiness probe
     * @param newLiveness the liveness probe
     * @param newStartup the startup probe
     * @return the copy
     */
    public DatastorePreset withProbes(Probe newReadiness, Probe newLiveness, Probe newStartup) {
        return new DatastorePreset(datastore, image, uid, readOnlyRootFilesystem, writablePaths, env, credentials,
                newReadiness, newLiveness, newStartup, resources, storageSize, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }

    /**
     * A copy with another literal environment.
     *
     * @param value variable to value
     * @return the copy
     */
    public DatastorePreset withEnv(Map<String, String> value) {
        return new DatastorePreset(datastore, image, uid, readOnlyRootFilesystem, writablePaths, value, credentials,
                readiness, liveness, startup, resources, storageSize, command, args, peerListEnv, peerFormat,
                peerSeparator, backupCommand, role);
    }
}
