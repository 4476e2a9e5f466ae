package dev.berth.core.state;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of well-known datastores, and recognition of their container images.
 *
 * <p>The DSL uses it to fill in ports and data paths; the validator uses it to tell that a Deployment runs a database,
 * whatever registry or vendor the image comes from.
 *
 * <pre>{@code
 * Datastores.recognise("registry.example.com:5000/mirror/postgres:16@sha256:...") // Optional[PostgreSQL (postgresql)]
 * Datastores.recognise("prometheuscommunity/postgres-exporter:v0.15.0")        // Optional.empty()
 * Datastores.byId("kafka").orElseThrow().primaryPort()                          // kafka/9092
 * }</pre>
 */
public final class Datastores {

    /**
     * How many distinct image texts {@link #recognise(String)} remembers. Several rules recognise every container's
     * image, and a repository has few distinct images; the answer depends only on the text and on the catalogue,
     * which is immutable, so a remembered answer is always the one recognising again would give.
     */
    private static final int REMEMBERED = 4_096;
    private static final Map<String, Optional<Datastore>> RECOGNISED = new ConcurrentHashMap<>();

    private Datastores() {
    }

    /**
     * Every datastore in the catalogue, in a stable order: relational and document stores first, then key-value,
     * search, wide-column, streaming, queues, coordination and the rest.
     *
     * <pre>{@code
     * Datastores.all().stream().filter(Datastore::cacheCapable).toList(); // Redis, Valkey, Memcached
     * }</pre>
     *
     * @return the unmodifiable catalogue
     */
    public static List<Datastore> all() {
        return DatastoreCatalogue.ENTRIES;
    }

    /**
     * <pre>{@code
     * Datastores.byId("mongodb").orElseThrow().dataPath(); // Optional[/data/db]
     * }</pre>
     *
     * @param id a kebab-case id, such as {@code postgresql}
     * @return the datastore with that id, or empty
     */
    public static Optional<Datastore> byId(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Recognises the datastore an image reference runs, however it is written: on any registry, with or without
     * {@code library/}, a tag or a digest, in any case. A {@code null}, blank or unparseable reference is recognised
     * as nothing rather than throwing, so that a validator can pass any container's image as it is.
     *
     * <pre>{@code
     * Datastores.recognise("docker.io/bitnamilegacy/postgresql:14.10.0-debian-11-r30"); // PostgreSQL
     * Datastores.recognise("Postgres:16");                                             // PostgreSQL
     * Datastores.recognise("not an image");                                            // empty
     * }</pre>
     *
     * @param image an image reference as written in a pod spec, may be {@code null}
     * @return the datastore the image runs, or empty
     * @see #recognise(ImageReference) for the matching rule
     */
    public static Optional<Datastore> recognise(String image) {
        if (image == null || image.isBlank()) {
            return Optional.empty();
        }
        Optional<Datastore> known = RECOGNISED.get(image);
        if (known != null) {
            return known;
        }
        Optional<Datastore> found = recogniseText(image);
        if (RECOGNISED.size() < REMEMBERED) {
            RECOGNISED.put(image, found);
        }
        return found;
    }

    private static Optional<Datastore> recogniseText(String image) {
        ImageReference reference;
        try {
            reference = ImageReference.parse(image.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unparseable) {
            return Optional.empty();
        }
        return recognise(reference);
    }

    /**
     * Recognises the datastore an image runs. Registry, tag and digest play no part; the image matches a datastore
     * when
     * <ul>
     *   <li>its last path component is one of the datastore's {@link Datastore#names() names}, such as
     *       {@code postgres} in {@code registry.example.com:5000/mirror/postgres} or {@code postgresql} in
     *       {@code bitnami/postgresql}, or</li>
     *   <li>its path ends with one of the datastore's {@link Datastore#vendorPaths() vendor paths}, for images whose
     *       last component says too little alone, such as {@code mariadb/server},</li>
     * </ul>
     * where the last component may add flavour words after a '-', '_' or '.' separator: {@code server},
     * {@code community}, {@code enterprise}, {@code oss}, {@code official}, {@code cluster}, {@code sharded},
     * {@code galera}, {@code repmgr}, {@code stack}, {@code ha}, {@code native}, {@code all}, {@code gis} and version
     * numbers. So {@code redis-stack-server}, {@code mongodb-community-server} and {@code spilo-16} match, while the
     * programs around a datastore do not: {@code postgres-exporter}, {@code redis_exporter}, {@code redis-commander},
     * {@code mongo-express}, {@code mongo-k8s-sidecar}, {@code cassandra-reaper}, {@code kafka-ui},
     * {@code cockroach-k8s-init}. Names never merely contain a datastore's name: {@code pgbouncer} and
     * {@code kafdrop} match nothing.
     *
     * <pre>{@code
     * Datastores.recognise(ImageReference.parse("bitnami/mongodb-sharded:7.0")); // MongoDB
     * Datastores.recognise(ImageReference.parse("cvallance/mongo-k8s-sidecar"));  // empty
     * }</pre>
     *
     * @param image the image
     * @return the datastore the image runs, or empty
     */
    public static Optional<Datastore> recognise(ImageReference image) {
        Objects.requireNonNull(image, "image");
        String[] segments = ImageNameMatcher.segments(image);
        for (Datastore datastore : all()) {
            if (datastore.matches(segments)) {
                return Optional.of(datastore);
            }
        }
        return Optional.empty();
    }
}
