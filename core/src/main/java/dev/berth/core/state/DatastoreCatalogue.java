package dev.berth.core.state;

import static dev.berth.core.state.Datastore.Family.COORDINATION;
import static dev.berth.core.state.Datastore.Family.DOCUMENT;
import static dev.berth.core.state.Datastore.Family.GRAPH;
import static dev.berth.core.state.Datastore.Family.KEY_VALUE;
import static dev.berth.core.state.Datastore.Family.MESSAGE_QUEUE;
import static dev.berth.core.state.Datastore.Family.OBJECT_STORE;
import static dev.berth.core.state.Datastore.Family.RELATIONAL;
import static dev.berth.core.state.Datastore.Family.SEARCH;
import static dev.berth.core.state.Datastore.Family.STREAMING;
import static dev.berth.core.state.Datastore.Family.TIME_SERIES;
import static dev.berth.core.state.Datastore.Family.WIDE_COLUMN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data behind {@link Datastores}: one entry per datastore, in the order {@link Datastores#all()} returns them.
 * Data paths are those of the official images; the names cover vendor rebuilds (Bitnami, Percona, Crunchy Data,
 * Confluent, Strimzi) and the Kubernetes examples.
 */
final class DatastoreCatalogue {

    static final List<Datastore> ENTRIES = List.of(
            entry("postgresql", "PostgreSQL", RELATIONAL).port("postgresql", 5432).data("/var/lib/postgresql/data")
                    .names("postgres", "postgresql", "postgis", "timescaledb", "crunchy-postgres", "spilo",
                            "pgvector", "percona-distribution-postgresql")
                    .build(),
            entry("mysql", "MySQL", RELATIONAL).port("mysql", 3306).data("/var/lib/mysql")
                    .names("mysql", "percona", "percona-server", "percona-xtradb-cluster")
                    .build(),
            entry("mariadb", "MariaDB", RELATIONAL).port("mysql", 3306).data("/var/lib/mysql")
                    .names("mariadb").vendorPaths("mariadb/server")
                    .build(),
            entry("mongodb", "MongoDB", DOCUMENT).port("mongodb", 27017).data("/data/db")
                    .names("mongo", "mongodb", "percona-server-mongodb")
                    .build(),
            entry("redis", "Redis", KEY_VALUE).port("redis", 6379).data("/data").cache()
                    .names("redis", "gb-redisslave", "gb-redis-follower")
                    .build(),
            entry("valkey", "Valkey", KEY_VALUE).port("redis", 6379).data("/data").cache()
                    .names("valkey")
                    .build(),
            entry("memcached", "Memcached", KEY_VALUE).port("memcached", 11211).cache()
                    .names("memcached")
                    .build(),
            entry("elasticsearch", "Elasticsearch", SEARCH).port("http", 9200).port("transport", 9300)
                    .data("/usr/share/elasticsearch/data")
                    .names("elasticsearch", "docker-elasticsearch-kubernetes")
                    .build(),
            entry("opensearch", "OpenSearch", SEARCH).port("http", 9200).port("transport", 9300)
                    .data("/usr/share/opensearch/data")
                    .names("opensearch")
                    .build(),
            entry("solr", "Apache Solr", SEARCH).port("http", 8983).data("/var/solr")
                    .names("solr")
                    .build(),
            entry("cassandra", "Apache Cassandra", WIDE_COLUMN).port("cql", 9042).port("intra-node", 7000)
                    .data("/var/lib/cassandra")
                    .names("cassandra", "cass-management-api").vendorPaths("datastax/dse-server")
                    .build(),
            entry("scylladb", "ScyllaDB", WIDE_COLUMN).port("cql", 9042).port("intra-node", 7000)
                    .data("/var/lib/scylla")
                    .names("scylla")
                    .build(),
            entry("kafka", "Apache Kafka", STREAMING).port("kafka", 9092).data("/var/lib/kafka/data")
                    .names("kafka", "cp-kafka", "cp-enterprise-kafka").vendorPaths("confluentinc/cp-server")
                    .build(),
            entry("pulsar", "Apache Pulsar", STREAMING).port("pulsar", 6650).port("http", 8080).data("/pulsar/data")
                    .names("pulsar")
                    .build(),
            entry("nats", "NATS JetStream", STREAMING).port("client", 4222).port("cluster", 6222)
                    .port("monitor", 8222).data("/data")
                    .names("nats", "nats-streaming")
                    .build(),
            entry("rabbitmq", "RabbitMQ", MESSAGE_QUEUE).port("amqp", 5672).port("management", 15672)
                    .data("/var/lib/rabbitmq")
                    .names("rabbitmq")
                    .build(),
            entry("zookeeper", "Apache ZooKeeper", COORDINATION).port("client", 2181).port("server", 2888)
                    .port("leader-election", 3888).data("/data")
                    .names("zookeeper", "kubernetes-zookeeper", "k8szk", "cp-zookeeper")
                    .build(),
            entry("etcd", "etcd", COORDINATION).port("client", 2379).port("peer", 2380).data("/var/lib/etcd")
                    .names("etcd")
                    .build(),
            entry("cockroachdb", "CockroachDB", RELATIONAL).port("grpc", 26257).port("http", 8080)
                    .data("/cockroach/cockroach-data")
                    .names("cockroach")
                    .build(),
            entry("clickhouse", "ClickHouse", RELATIONAL).port("http", 8123).port("native", 9000)
                    .data("/var/lib/clickhouse")
                    .names("clickhouse")
                    .build(),
            entry("influxdb", "InfluxDB", TIME_SERIES).port("http", 8086).data("/var/lib/influxdb2")
                    .names("influxdb")
                    .build(),
            entry("neo4j", "Neo4j", GRAPH).port("http", 7474).port("bolt", 7687).data("/data")
                    .names("neo4j")
                    .build(),
            entry("couchdb", "Apache CouchDB", DOCUMENT).port("http", 5984).data("/opt/couchdb/data")
                    .names("couchdb")
                    .build(),
            entry("minio", "MinIO", OBJECT_STORE).port("api", 9000).port("console", 9001).data("/data")
                    .names("minio")
                    .build());

    private DatastoreCatalogue() {
    }

    private static Entry entry(String id, String displayName, Datastore.Family family) {
        return new Entry(id, displayName, family);
    }

    /** Reads an entry left to right: id, ports, data path, cache, names. */
    private static final class Entry {
        private final String id;
        private final String displayName;
        private final Datastore.Family family;
        private final List<DatastorePort> ports = new ArrayList<>();
        private Optional<String> dataPath = Optional.empty();
        private boolean cacheCapable;
        private List<String> names = List.of();
        private List<String> vendorPaths = List.of();

        Entry(String id, String displayName, Datastore.Family family) {
            this.id = id;
            this.displayName = displayName;
            this.family = family;
        }

        Entry port(String name, int number) {
            ports.add(DatastorePort.of(name, number));
            return this;
        }

        Entry data(String path) {
            dataPath = Optional.of(path);
            return this;
        }

        Entry cache() {
            cacheCapable = true;
            return this;
        }

        Entry names(String... values) {
            names = List.of(values);
            return this;
        }

        Entry vendorPaths(String... values) {
            vendorPaths = List.of(values);
            return this;
        }

        Datastore build() {
            return new Datastore(id, displayName, family, ports, dataPath, cacheCapable, names, vendorPaths);
        }
    }
}
