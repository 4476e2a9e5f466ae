package dev.berth.core.state;

import dev.berth.core.text.Patterns;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A well-known datastore: how Berth recognises its images, where it listens and where it keeps its data. The entries
 * live in {@link Datastores}.
 *
 * <pre>{@code
 * Datastore pg = Datastores.byId("postgresql").orElseThrow();
 * pg.primaryPort();  // postgresql/5432
 * pg.dataPath();     // Optional[/var/lib/postgresql/data]
 * pg.matches(ImageReference.parse("bitnami/postgresql:16")); // true
 * }</pre>
 *
 * @param id the kebab-case id, such as {@code postgresql}
 * @param displayName the name people write, such as {@code PostgreSQL}
 * @param family what kind of datastore it is
 * @param ports the default ports, primary first; never empty
 * @param dataPath where the official image keeps its data, empty for a datastore that keeps none on disk
 *     (Memcached); vendor rebuilds may use another path, such as {@code /bitnami/postgresql}
 * @param cacheCapable whether it is typically deployed as a cache (Redis, Valkey, Memcached)
 * @param names the last path components its images are known by, on any registry and under any vendor, such as
 *     {@code postgres} and {@code postgresql}
 * @param vendorPaths trailing image paths whose last component is too generic to identify it alone, such as
 *     {@code mariadb/server}
 */
public record Datastore(String id, String displayName, Family family, List<DatastorePort> ports,
        Optional<String> dataPath, boolean cacheCapable, List<String> names, List<String> vendorPaths) {

    private static final Pattern KEBAB_CASE = Patterns.whole("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What kind of datastore it is. */
    public enum Family {
        /** Tables queried with SQL: PostgreSQL, MySQL, CockroachDB, ClickHouse. */
        RELATIONAL,
        /** JSON-like documents: MongoDB, CouchDB. */
        DOCUMENT,
        /** Values looked up by key: Redis, Valkey, Memcached. */
        KEY_VALUE,
        /** Full-text and vector search indexes: Elasticsearch, OpenSearch, Solr. */
        SEARCH,
        /** Partitioned rows of many columns: Cassandra, ScyllaDB. */
        WIDE_COLUMN,
        /** Durable, replayable logs of events: Kafka, Pulsar, NATS JetStream. */
        STREAMING,
        /** Consensus and configuration for other systems: ZooKeeper, etcd. */
        COORDINATION,
        /** Buckets of objects behind an S3-style API: MinIO. */
        OBJECT_STORE,
        /** Measurements indexed by time: InfluxDB. */
        TIME_SERIES,
        /** Nodes and relationships: Neo4j. */
        GRAPH,
        /** Queues of messages consumed once: RabbitMQ. */
        MESSAGE_QUEUE
    }

    /**
     * Checks the entry is complete and copies its lists.
     *
     * @param id the kebab-case id
     * @param displayName the name people write
     * @param family what kind of datastore it is
     * @param ports the default ports, primary first
     * @param dataPath where the official image keeps its data, if anywhere
     * @param cacheCapable whether it is typically deployed as a cache
     * @param names the last path components its images are known by
     * @param vendorPaths trailing image paths that identify it
     * @throws IllegalArgumentException naming the value that is wrong
     */
    public Datastore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(dataPath, "dataPath");
        ports = List.copyOf(ports);
        names = List.copyOf(names);
        vendorPaths = List.copyOf(vendorPaths);
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be kebab-case, was \"" + id + "\"");
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName of " + id + " must not be blank");
        }
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("ports of " + id + " must not be empty");
        }
        if (ports.stream().map(DatastorePort::name).distinct().count() != ports.size()) {
            throw new IllegalArgumentException("port names of " + id + " must be unique, were " + ports);
        }
        if (dataPath.isPresent() && !dataPath.get().startsWith("/")) {
            throw new IllegalArgumentException("dataPath of " + id + " must be absolute, was \"" + dataPath.get() + "\"");
        }
        if (names.isEmpty() && vendorPaths.isEmpty()) {
            throw new IllegalArgumentException("names and vendorPaths of " + id + " must not both be empty");
        }
        checkImageNames(id, names, vendorPaths);
    }

    /**
     * The port clients connect to.
     *
     * <pre>{@code
     * Datastores.byId("elasticsearch").orElseThrow().primaryPort(); // http/9200
     * }</pre>
     *
     * @return the first of {@link #ports()}
     */
    public DatastorePort primaryPort() {
        return ports.get(0);
    }

    /**
     * Whether an image is one this datastore is known by; see {@link Datastores#recognise(ImageReference)} for the
     * rule.
     *
     * <pre>{@code
     * redis.matches(ImageReference.parse("bitnami/redis-cluster:7.2")); // true
     * redis.matches(ImageReference.parse("oliver006/redis_exporter"));  // false
     * }</pre>
     *
     * @param image the image
     * @return true when the image's name or trailing path identifies this datastore
     */
    public boolean matches(ImageReference image) {
        return ImageNameMatcher.matches(Objects.requireNonNull(image, "image"), names, vendorPaths);
    }

    /**
     * @param segments an image's registry and repository components, as {@link ImageNameMatcher#segments} gives them
     * @return what {@link #matches(ImageReference)} returns for that image
     */
    boolean matches(String[] segments) {
        return ImageNameMatcher.matches(segments, names, vendorPaths);
    }

    /** @return the display name and id, such as {@code PostgreSQL (postgresql)} */
    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }

    private static void checkImageNames(String id, List<String> names, List<String> vendorPaths) {
        var seen = new HashSet<String>();
        for (String name : names) {
            if (name.contains("/") || ImageGrammar.repositoryProblem(name) != null || !seen.add(name)) {
                throw new IllegalArgumentException(
                        "names of " + id + " must be distinct lowercase path components, was \"" + name + "\"");
            }
        }
        for (String path : vendorPaths) {
            if (!path.contains("/") || ImageGrammar.repositoryProblem(path) != null || !seen.add(path)) {
                throw new IllegalArgumentException(
                        "vendorPaths of " + id + " must be distinct lowercase paths with a '/', was \"" + path + "\"");
            }
        }
    }
}
