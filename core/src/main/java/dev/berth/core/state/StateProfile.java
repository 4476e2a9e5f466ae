package dev.berth.core.state;

import java.util.Objects;

/**
 * What an application remembers, what it does with a disk, and whose data it holds: three questions answered
 * separately, because they lead to different Kubernetes objects.
 *
 * <p>The DSL reads a profile to choose a workload kind and its volumes; the validator reads the same profile to judge
 * objects built elsewhere. The three answers are independent except for the combinations that cannot exist, which the
 * constructor rejects:
 * <ul>
 *   <li>{@link Data#AUTHORITATIVE} data needs a {@link Disk#READ_WRITE} disk: an application that is the source of
 *       truth must be able to write what it is the source of truth for
 *       ({@code "data AUTHORITATIVE needs disk READ_WRITE, was READ_ONLY"}).</li>
 *   <li>A {@link Disk#READ_ONLY} disk needs {@link Data#EXTERNAL} data: something other than the application put the
 *       content there, and that something is where the data lives ({@code "disk READ_ONLY needs data EXTERNAL, was
 *       NONE"}).</li>
 * </ul>
 * Every other combination is legal, including the surprising ones: a {@link State#STATELESS} process with
 * {@link Data#AUTHORITATIVE} data (an upload service, {@link #sharedFiles()}), a {@link State#STATEFUL} process without
 * a disk ({@link #inMemoryState()}), and a {@link Disk#READ_WRITE} disk without data (scratch space,
 * {@link #scratchSpace()}). Whether a legal profile is a wise one is left to the validation rules.
 *
 * <pre>{@code
 * StateProfile db = StateProfile.datastore();
 * db.prefersStatefulSet();      // true
 * db.needsPersistentStorage();  // true
 *
 * StateProfile web = StateProfile.of(State.STATELESS, Disk.READ_ONLY, Data.EXTERNAL); // same as staticContent()
 * web.nodeLocalStorageIsEnough(); // true
 * }</pre>
 *
 * @param state whether the process remembers past interactions
 * @param disk what the process does with a disk
 * @param data whose data the application holds
 */
public record StateProfile(State state, Disk disk, Data data) {

    /**
     * The annotation that carries a workload's profile as {@link #annotationValue()}, such as
     * {@code berth.dev/state-profile: STATEFUL/NONE/NONE}, so the validator can judge the workload by what its author
     * said it remembers.
     */
    public static final String ANNOTATION = "berth.dev/state-profile";

    /**
     * The annotation that carries why a stateful workload keeps no storage (its state may be lost on restart), beside
     * {@link #ANNOTATION}.
     */
    public static final String WITHOUT_STORAGE_ANNOTATION = "berth.dev/without-storage";

    /** Whether the process remembers past interactions. */
    public enum State {
        /** Answers each request from the request alone: a geo-coordinate converter. */
        STATELESS,
        /** Remembers past interactions: a shopping basket, a database. */
        STATEFUL
    }

    /** What the process does with a disk. */
    public enum Disk {
        /** Needs no disk beyond its image. */
        NONE,
        /** Reads files it did not write: a web server loading static content at start-up. */
        READ_ONLY,
        /** Writes files: an upload service, a relational database, a transcoder's scratch space. */
        READ_WRITE
    }

    /** Whose data the application holds. */
    public enum Data {
        /** Holds no data of its own. */
        NONE,
        /**
         * Holds a copy whose initial or authoritative state lives elsewhere (object storage, another database), so
         * losing it costs a rebuild, not data: node-local storage is enough.
         */
        EXTERNAL,
        /**
         * Is the source of truth: the data must sit on a persistent volume that survives the loss of a node and is
         * retained when its claim is deleted (reclaim policy {@code Retain}).
         */
        AUTHORITATIVE
    }

    /**
     * Checks the combination can exist.
     *
     * @param state whether the process remembers past interactions
     * @param disk what the process does with a disk
     * @param data whose data the application holds
     * @throws IllegalArgumentException naming the values when it cannot; see the type's documentation
     */
    public StateProfile {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(data, "data");
        if (data == Data.AUTHORITATIVE && disk != Disk.READ_WRITE) {
            throw new IllegalArgumentException("data AUTHORITATIVE needs disk READ_WRITE, was " + disk);
        }
        if (disk == Disk.READ_ONLY && data != Data.EXTERNAL) {
            throw new IllegalArgumentException("disk READ_ONLY needs data EXTERNAL, was " + data);
        }
    }

    /**
     * A profile from its three answers, for the combinations no named factory covers.
     *
     * <pre>{@code
     * StateProfile p = StateProfile.of(State.STATEFUL, Disk.READ_ONLY, Data.EXTERNAL);
     * }</pre>
     *
     * @param state whether the process remembers past interactions
     * @param disk what the process does with a disk
     * @param data whose data the application holds
     * @return the profile
     * @throws IllegalArgumentException for a combination that cannot exist
     */
    public static StateProfile of(State state, Disk disk, Data data) {
        return new StateProfile(state, disk, data);
    }

    /**
     * Remembers nothing, needs no disk, holds no data: a geo-coordinate converter, a stateless REST facade.
     *
     * <pre>{@code
     * StateProfile.stateless().prefersStatefulSet(); // false
     * }</pre>
     *
     * @return STATELESS, disk NONE, data NONE
     */
    public static StateProfile stateless() {
        return new StateProfile(State.STATELESS, Disk.NONE, Data.NONE);
    }

    /**
     * Reads content it did not write: a web server loading static content at start-up, from files that are published
     * elsewhere and copied in.
     *
     * <pre>{@code
     * StateProfile.staticContent().nodeLocalStorageIsEnough(); // true
     * }</pre>
     *
     * @return STATELESS, disk READ_ONLY, data EXTERNAL
     */
    public static StateProfile staticContent() {
        return new StateProfile(State.STATELESS, Disk.READ_ONLY, Data.EXTERNAL);
    }

    /**
     * Writes temporary files it can lose: a video transcoder, a report renderer.
     *
     * <pre>{@code
     * StateProfile.scratchSpace().nodeLocalStorageIsEnough(); // true: an emptyDir will do
     * }</pre>
     *
     * @return STATELESS, disk READ_WRITE, data NONE
     */
    public static StateProfile scratchSpace() {
        return new StateProfile(State.STATELESS, Disk.READ_WRITE, Data.NONE);
    }

    /**
     * Stores files it is the source of truth for, while each request stands alone: an idempotent upload service
     * whose replicas share one volume.
     *
     * <pre>{@code
     * StateProfile uploads = StateProfile.sharedFiles();
     * uploads.needsPersistentStorage(); // true
     * uploads.prefersStatefulSet();     // false: replicas share the data, none owns a part of it
     * }</pre>
     *
     * @return STATELESS, disk READ_WRITE, data AUTHORITATIVE
     */
    public static StateProfile sharedFiles() {
        return new StateProfile(State.STATELESS, Disk.READ_WRITE, Data.AUTHORITATIVE);
    }

    /**
     * Remembers past interactions in memory only, and may forget them on restart: a shopping basket kept in the
     * process.
     *
     * <pre>{@code
     * StateProfile.inMemoryState().needsStableIdentity(); // false: a restart forgets the state anyway
     * }</pre>
     *
     * @return STATEFUL, disk NONE, data NONE
     */
    public static StateProfile inMemoryState() {
        return new StateProfile(State.STATEFUL, Disk.NONE, Data.NONE);
    }

    /**
     * Keeps a copy of data held elsewhere, in memory: Memcached or Redis in front of a database.
     *
     * <pre>{@code
     * StateProfile.cache().needsPersistentStorage(); // false
     * }</pre>
     *
     * @return STATEFUL, disk NONE, data EXTERNAL
     */
    public static StateProfile cache() {
        return new StateProfile(State.STATEFUL, Disk.NONE, Data.EXTERNAL);
    }

    /**
     * Keeps a rebuildable copy of data held elsewhere on its own disk: a search index fed from a database, a Redis
     * cache that snapshots to disk to restart warm.
     *
     * <pre>{@code
     * StateProfile index = StateProfile.diskCache();
     * index.nodeLocalStorageIsEnough(); // true
     * index.prefersStatefulSet();       // true: each replica's copy is its own
     * }</pre>
     *
     * @return STATEFUL, disk READ_WRITE, data EXTERNAL
     */
    public static StateProfile diskCache() {
        return new StateProfile(State.STATEFUL, Disk.READ_WRITE, Data.EXTERNAL);
    }

    /**
     * Is the source of truth for data it writes to disk: PostgreSQL, MongoDB, Kafka, ZooKeeper.
     *
     * <pre>{@code
     * StateProfile.datastore().prefersStatefulSet(); // true
     * }</pre>
     *
     * @return STATEFUL, disk READ_WRITE, data AUTHORITATIVE
     */
    public static StateProfile datastore() {
        return new StateProfile(State.STATEFUL, Disk.READ_WRITE, Data.AUTHORITATIVE);
    }

    /**
     * Whether each replica must come back under the same name, with the same volume: true for a
     * {@link State#STATEFUL} process that writes its own data to a {@link Disk#READ_WRITE} disk (authoritative or
     * rebuildable), because peers and clients address that replica, and its disk holds what it remembers.
     *
     * <p>A stateful process without a disk ({@link #inMemoryState()}, {@link #cache()}) forgets on restart, so a new
     * name costs nothing more; a stateless one with authoritative data ({@link #sharedFiles()}) shares that data among
     * interchangeable replicas.
     *
     * <pre>{@code
     * StateProfile.datastore().needsStableIdentity(); // true
     * StateProfile.cache().needsStableIdentity();     // false
     * }</pre>
     *
     * @return true when replicas need stable names and their own volumes
     */
    public boolean needsStableIdentity() {
        return state == State.STATEFUL && disk == Disk.READ_WRITE && data != Data.NONE;
    }

    /**
     * Whether the data must sit on a persistent volume that survives the loss of a node and is retained (reclaim
     * policy {@code Retain}): true exactly for {@link Data#AUTHORITATIVE} data.
     *
     * <pre>{@code
     * StateProfile.sharedFiles().needsPersistentStorage(); // true
     * StateProfile.diskCache().needsPersistentStorage();   // false
     * }</pre>
     *
     * @return true when losing the volume loses data
     */
    public boolean needsPersistentStorage() {
        return data == Data.AUTHORITATIVE;
    }

    /**
     * Whether the application uses a disk whose content can be rebuilt, so node-local storage ({@code emptyDir}, a
     * local volume) is enough: true when the disk is not {@link Disk#NONE} and the data is not
     * {@link Data#AUTHORITATIVE}. False for an application that needs no disk at all.
     *
     * <pre>{@code
     * StateProfile.staticContent().nodeLocalStorageIsEnough(); // true
     * StateProfile.datastore().nodeLocalStorageIsEnough();     // false
     * StateProfile.stateless().nodeLocalStorageIsEnough();     // false: no disk to place
     * }</pre>
     *
     * @return true when a disk is used and losing it costs a rebuild, not data
     */
    public boolean nodeLocalStorageIsEnough() {
        return disk != Disk.NONE && data != Data.AUTHORITATIVE;
    }

    /**
     * Whether a StatefulSet suits the application better than a Deployment. A StatefulSet is the workload that gives
     * each replica a stable name and its own volume, so it is preferred exactly when {@link #needsStableIdentity()}:
     * every stateful application with authoritative data on disk (a datastore), and also a stateful one keeping a
     * rebuildable copy on its own disk (a search index), which a Deployment would restart under a new name with an
     * empty disk.
     *
     * <pre>{@code
     * StateProfile.datastore().prefersStatefulSet();   // true
     * StateProfile.sharedFiles().prefersStatefulSet(); // false: a Deployment sharing one volume
     * }</pre>
     *
     * @return true when a StatefulSet is the better workload kind
     */
    public boolean prefersStatefulSet() {
        return needsStableIdentity();
    }

    /**
     * The profile as the value of {@link #ANNOTATION}: its three answers, separated by slashes.
     *
     * <pre>{@code
     * StateProfile.inMemoryState().annotationValue(); // "STATEFUL/NONE/NONE"
     * }</pre>
     *
     * @return {@code STATE/DISK/DATA}
     */
    public String annotationValue() {
        return state + "/" + disk + "/" + data;
    }

    /**
     * The profile an {@link #ANNOTATION} value says, if it says one that can exist.
     *
     * <pre>{@code
     * StateProfile.fromAnnotation("STATEFUL/NONE/NONE"); // Optional[inMemoryState()]
     * StateProfile.fromAnnotation("stateful");           // Optional.empty
     * }</pre>
     *
     * @param value the annotation's value, or null
     * @return the profile, or empty when the value is absent or not a profile
     */
    public static java.util.Optional<StateProfile> fromAnnotation(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        String[] parts = value.trim().split("/", -1);
        if (parts.length != 3) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new StateProfile(State.valueOf(parts[0]), Disk.valueOf(parts[1]),
                    Data.valueOf(parts[2])));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
