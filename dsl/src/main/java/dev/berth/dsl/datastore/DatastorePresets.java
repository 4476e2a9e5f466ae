package dev.berth.dsl.datastore;

import dev.berth.core.state.Datastore;
import dev.berth.core.state.Datastores;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.storage.Quantities;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Presets for the datastores most applications run: PostgreSQL, MySQL, MongoDB, Redis, Elasticsearch, Cassandra,
 * Kafka and ZooKeeper. Ports and data paths come from core's {@code Datastores} catalogue; images carry a concrete
 * tag; credentials come from a Secret's {@code password} key through {@code secretKeyRef}.
 *
 * <pre>{@code
 * StatefulService db = Berth.datastore("db", DatastorePresets.postgresql());
 * StatefulService ring = Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3));
 * }</pre>
 *
 * What the presets do not do: configure replication or clustering inside the server. The DSL wires the topology
 * (Services, stable names, the peer list); the image decides what to do with it.
 */
public final class DatastorePresets {

    private DatastorePresets() {
    }

    /**
     * PostgreSQL 16 (official image, UID 999); {@code POSTGRES_PASSWORD} from the Secret; {@code PGDATA} in a
     * sub-folder of the claim so {@code lost+found} does not stop {@code initdb}.
     *
     * <pre>{@code
     * DatastorePresets.postgresql().withImage("postgres:17.0");
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset postgresql() {
        Probe ready = Probes.exec("pg_isready", "-U", "postgres", "-h", "127.0.0.1");
        return new DatastorePreset(entry("postgresql"), "postgres:16.4", 999, true, List.of("/var/run/postgresql"),
                Map.of("PGDATA", "/var/lib/postgresql/data/pgdata"), Map.of("POSTGRES_PASSWORD", "password"),
                ready, ready, Probes.startup(ready, 300),
                Resources.requests("250m", "512Mi").withMemoryLimit("1Gi"), Quantities.gi(20), List.of(), List.of(),
                Optional.empty(), "{host}", ",",
                Optional.of("PGPASSWORD=\"$PASSWORD\" pg_dump -h \"$HOST\" -U postgres -Fc "
                        + "-f /backup/$(date +%Y%m%dT%H%M%S).pgdump"),
                "database");
    }

    /**
     * MySQL 8.4 (official image, UID 999); {@code MYSQL_ROOT_PASSWORD} from the Secret.
     *
     * <pre>{@code
     * DatastorePresets.mysql();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset mysql() {
        Probe ready = Probes.exec("mysqladmin", "ping", "-h", "127.0.0.1");
        return new DatastorePreset(entry("mysql"), "mysql:8.4.2", 999, true, List.of("/var/run/mysqld"), Map.of(),
                Map.of("MYSQL_ROOT_PASSWORD", "password"), ready, ready, Probes.startup(ready, 300),
                Resources.requests("250m", "512Mi").withMemoryLimit("1Gi"), Quantities.gi(20), List.of(), List.of(),
                Optional.empty(), "{host}", ",",
                Optional.of("MYSQL_PWD=\"$PASSWORD\" mysqldump -h \"$HOST\" -u root --single-transaction "
                        + "--all-databases > /backup/$(date +%Y%m%dT%H%M%S).sql"),
                "database");
    }

    /**
     * MongoDB 7 (official image, UID 999); root user {@code root}, its password from the Secret.
     *
     * <pre>{@code
     * DatastorePresets.mongodb();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset mongodb() {
        Probe ready = Probes.tcp(27017);
        return new DatastorePreset(entry("mongodb"), "mongo:7.0.14", 999, true, List.of(),
                Map.of("MONGO_INITDB_ROOT_USERNAME", "root"), Map.of("MONGO_INITDB_ROOT_PASSWORD", "password"),
                ready, ready, Probes.startup(ready, 300), Resources.requests("250m", "512Mi").withMemoryLimit("1Gi"),
                Quantities.gi(20), List.of(), List.of(), Optional.empty(), "{host}", ",",
                Optional.of("mongodump --host \"$HOST\" -u root -p \"$PASSWORD\" --gzip "
                        + "--archive=/backup/$(date +%Y%m%dT%H%M%S).archive.gz"),
                "database");
    }

    /**
     * Redis 7.4 (official image, UID 999) with an append-only file; {@code --requirepass} from the Secret.
     *
     * <pre>{@code
     * DatastorePresets.redis();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset redis() {
        Probe ready = Probes.tcp(6379);
        return new DatastorePreset(entry("redis"), "redis:7.4.0", 999, true, List.of(), Map.of(),
                Map.of("REDIS_PASSWORD", "password"), ready, ready, Probes.startup(ready, 60),
                Resources.requests("100m", "256Mi").withMemoryLimit("512Mi"), Quantities.gi(5), List.of(),
                List.of("--appendonly", "yes", "--requirepass", "$(REDIS_PASSWORD)"), Optional.empty(), "{host}",
                ",", Optional.empty(), "cache");
    }

    /**
     * Elasticsearch 8.15 (UID 1000); {@code ELASTIC_PASSWORD} from the Secret; the root filesystem stays writable
     * because the server writes its keystore into its configuration folder. In a ring,
     * {@code discovery.seed_hosts} lists the peers.
     *
     * <pre>{@code
     * DatastorePresets.elasticsearch();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset elasticsearch() {
        Probe ready = Probes.tcp(9200);
        return new DatastorePreset(entry("elasticsearch"), "docker.elastic.co/elasticsearch/elasticsearch:8.15.1",
                1000, false, List.of(), Map.of("ES_JAVA_OPTS", "-Xms1g -Xmx1g"),
                Map.of("ELASTIC_PASSWORD", "password"), ready, ready, Probes.startup(ready, 600),
                Resources.requests("500m", "2Gi"), Quantities.gi(50), List.of(), List.of(),
                Optional.of("discovery.seed_hosts"), "{host}", ",", Optional.empty(), "search");
    }

    /**
     * Cassandra 5 (official image, UID 999); the root filesystem stays writable because the entrypoint edits
     * {@code cassandra.yaml}; in a ring, {@code CASSANDRA_SEEDS} lists the peers' stable names.
     *
     * <pre>{@code
     * DatastorePresets.cassandra();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset cassandra() {
        Probe ready = Probes.tcp(9042);
        return new DatastorePreset(entry("cassandra"), "cassandra:5.0.0", 999, false, List.of(),
                Map.of("MAX_HEAP_SIZE", "1G", "HEAP_NEWSIZE", "256M"), Map.of(), ready, Probes.tcp(7000),
                Probes.startup(ready, 600), Resources.requests("1", "3Gi"), Quantities.gi(50), List.of(), List.of(),
                Optional.of("CASSANDRA_SEEDS"), "{host}", ",", Optional.empty(), "database");
    }

    /**
     * Apache Kafka 3.8 (official image, UID 1000); the root filesystem stays writable because the image writes its
     * configuration at start. KRaft quorum settings are the image's: add them with {@code env(...)}.
     *
     * <pre>{@code
     * DatastorePresets.kafka();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset kafka() {
        Probe ready = Probes.tcp(9092);
        return new DatastorePreset(entry("kafka"), "apache/kafka:3.8.0", 1000, false, List.of(),
                Map.of("KAFKA_LOG_DIRS", "/var/lib/kafka/data"), Map.of(), ready, ready, Probes.startup(ready, 300),
                Resources.requests("500m", "1Gi").withMemoryLimit("2Gi"), Quantities.gi(50), List.of(), List.of(),
                Optional.empty(), "{host}", ",", Optional.empty(), "streaming");
    }

    /**
     * ZooKeeper 3.9 (official image, UID 1000); each pod takes {@code ZOO_MY_ID} from its ordinal and
     * {@code ZOO_SERVERS} lists the ensemble's stable names.
     *
     * <pre>{@code
     * DatastorePresets.zookeeper();
     * }</pre>
     *
     * @return the preset
     */
    public static DatastorePreset zookeeper() {
        Probe ready = Probes.tcp(2181);
        return new DatastorePreset(entry("zookeeper"), "zookeeper:3.9.2", 1000, true, List.of("/conf", "/logs"),
                Map.of("ZOO_DATA_DIR", "/data"), Map.of(), ready, ready, Probes.startup(ready, 120),
                Resources.requests("250m", "512Mi").withMemoryLimit("1Gi"), Quantities.gi(10),
                List.of("sh", "-c", "export ZOO_MY_ID=$((${HOSTNAME##*-} + 1)); "
                        + "exec /docker-entrypoint.sh zkServer.sh start-foreground"),
                List.of(), Optional.of("ZOO_SERVERS"), "server.{n}={host}:2888:3888;2181", " ", Optional.empty(),
                "coordination");
    }

    private static Datastore entry(String id) {
        return Datastores.byId(id).orElseThrow(() -> new IllegalStateException("core catalogue lacks " + id));
    }
}
