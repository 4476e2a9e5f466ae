package dev.berth.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatastoresRecognitionTest {

    private static final String SHA = "sha256:" + "0123456789abcdef".repeat(4);

    static Stream<Arguments> datastoreImages() {
        return Stream.of(
                Arguments.of("postgres", "postgresql"),
                Arguments.of("postgres:15-alpine", "postgresql"),
                Arguments.of("postgresql", "postgresql"),
                Arguments.of("bitnami/postgresql:16.2.0-debian-12-r5", "postgresql"),
                Arguments.of("docker.io/bitnamilegacy/postgresql:14.10.0", "postgresql"),
                Arguments.of("rapidfort/postgresql:16", "postgresql"),
                Arguments.of("rapidfort/postgresql-official:16", "postgresql"),
                Arguments.of("bitnami/postgresql-repmgr:15", "postgresql"),
                Arguments.of("postgis/postgis:16-3.4", "postgresql"),
                Arguments.of("timescale/timescaledb:latest-pg16", "postgresql"),
                Arguments.of("timescale/timescaledb-ha:pg16", "postgresql"),
                Arguments.of("registry.developers.crunchydata.com/crunchydata/crunchy-postgres:ubi8-16.2-0",
                        "postgresql"),
                Arguments.of("crunchydata/crunchy-postgres-gis:ubi8-16", "postgresql"),
                Arguments.of("ghcr.io/cloudnative-pg/postgresql:16.2", "postgresql"),
                Arguments.of("ghcr.io/zalando/spilo-16:3.2-p2", "postgresql"),
                Arguments.of("pgvector/pgvector:pg16", "postgresql"),
                Arguments.of("registry.example.com:5000/mirror/postgres:16", "postgresql"),
                Arguments.of("mysql:8.0", "mysql"),
                Arguments.of("public.ecr.aws/docker/library/mysql:8.0", "mysql"),
                Arguments.of("bitnami/mysql:8.4", "mysql"),
                Arguments.of("mysql/mysql-server:8.0", "mysql"),
                Arguments.of("percona/percona-server:8.0", "mysql"),
                Arguments.of("percona:8.0", "mysql"),
                Arguments.of("percona/percona-xtradb-cluster:8.0", "mysql"),
                Arguments.of("mariadb:11", "mariadb"),
                Arguments.of("bitnami/mariadb-galera:11.2", "mariadb"),
                Arguments.of("mariadb/server:10.6", "mariadb"),
                Arguments.of("mongo:4.2", "mongodb"),
                Arguments.of("mongodb/mongodb-community-server:7.0-ubi8", "mongodb"),
                Arguments.of("mongodb/mongodb-enterprise-server:7.0", "mongodb"),
                Arguments.of("bitnami/mongodb:7.0", "mongodb"),
                Arguments.of("bitnami/mongodb-sharded:7.0", "mongodb"),
                Arguments.of("percona/percona-server-mongodb:7.0", "mongodb"),
                Arguments.of("redis", "redis"),
                Arguments.of("redis:alpine", "redis"),
                Arguments.of("bitnami/redis:7.2", "redis"),
                Arguments.of("bitnami/redis-cluster:7.2", "redis"),
                Arguments.of("redis/redis-stack-server:7.2.0-v9", "redis"),
                Arguments.of("registry.k8s.io/redis:e2e", "redis"),
                Arguments.of("gcr.io/google_samples/gb-redisslave:v1", "redis"),
                Arguments.of("gcr.io/google_samples/gb-redis-follower:v2", "redis"),
                Arguments.of("valkey/valkey:8", "valkey"),
                Arguments.of("bitnami/valkey-cluster:8", "valkey"),
                Arguments.of("memcached:1.6", "memcached"),
                Arguments.of("bitnami/memcached:1.6", "memcached"),
                Arguments.of("elasticsearch:8.12.0", "elasticsearch"),
                Arguments.of("docker.elastic.co/elasticsearch/elasticsearch:8.12.0", "elasticsearch"),
                Arguments.of("docker.elastic.co/elasticsearch/elasticsearch-oss:7.10.2", "elasticsearch"),
                Arguments.of("quay.io/pires/docker-elasticsearch-kubernetes:6.2.4", "elasticsearch"),
                Arguments.of("opensearchproject/opensearch:2.12.0", "opensearch"),
                Arguments.of("solr:9", "solr"),
                Arguments.of("bitnami/solr:9", "solr"),
                Arguments.of("cassandra:4.1", "cassandra"),
                Arguments.of("bitnami/cassandra:4.1", "cassandra"),
                Arguments.of("gcr.io/google-samples/cassandra:v14", "cassandra"),
                Arguments.of("k8ssandra/cass-management-api:4.1", "cassandra"),
                Arguments.of("datastax/dse-server:6.8", "cassandra"),
                Arguments.of("scylladb/scylla:5.4", "scylladb"),
                Arguments.of("scylladb/scylla-enterprise:2024.1", "scylladb"),
                Arguments.of("confluentinc/cp-kafka:7.6.0", "kafka"),
                Arguments.of("confluentinc/cp-server:7.6.0", "kafka"),
                Arguments.of("bitnami/kafka:3.7", "kafka"),
                Arguments.of("apache/kafka:3.7.0", "kafka"),
                Arguments.of("apache/kafka-native:3.8.0", "kafka"),
                Arguments.of("quay.io/strimzi/kafka:0.40.0-kafka-3.7.0", "kafka"),
                Arguments.of("strimzi/kafka:0.20.0-kafka-2.6.0", "kafka"),
                Arguments.of("apachepulsar/pulsar:3.2.0", "pulsar"),
                Arguments.of("apachepulsar/pulsar-all:3.2.0", "pulsar"),
                Arguments.of("nats:2.10-alpine", "nats"),
                Arguments.of("bitnami/nats:2", "nats"),
                Arguments.of("rabbitmq:3-management", "rabbitmq"),
                Arguments.of("bitnami/rabbitmq:3.13", "rabbitmq"),
                Arguments.of("zookeeper:3.9", "zookeeper"),
                Arguments.of("bitnami/zookeeper:3.9", "zookeeper"),
                Arguments.of("registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10", "zookeeper"),
                Arguments.of("k8s.gcr.io/kubernetes-zookeeper:1.0-3.4.10", "zookeeper"),
                Arguments.of("gcr.io/google_samples/k8szk:v3", "zookeeper"),
                Arguments.of("confluentinc/cp-zookeeper:7.6.0", "zookeeper"),
                Arguments.of("quay.io/coreos/etcd:v3.5.12", "etcd"),
                Arguments.of("bitnami/etcd:3.5", "etcd"),
                Arguments.of("registry.k8s.io/etcd:3.5.12-0", "etcd"),
                Arguments.of("cockroachdb/cockroach:v1.1.0", "cockroachdb"),
                Arguments.of("clickhouse/clickhouse-server:24.3", "clickhouse"),
                Arguments.of("yandex/clickhouse-server:21.3", "clickhouse"),
                Arguments.of("bitnami/clickhouse:24", "clickhouse"),
                Arguments.of("influxdb:2.7", "influxdb"),
                Arguments.of("neo4j:5", "neo4j"),
                Arguments.of("couchdb:3", "couchdb"),
                Arguments.of("apache/couchdb:3.3", "couchdb"),
                Arguments.of("minio/minio:latest", "minio"),
                Arguments.of("quay.io/minio/minio:RELEASE.2024-03-15T01-07-19Z", "minio"),
                Arguments.of("bitnami/minio:2024", "minio"));
    }

    @ParameterizedTest(name = "{0} is recognised as {1}")
    @MethodSource("datastoreImages")
    void well_known_images_are_recognised_as_their_datastore(String image, String id) {
        // GIVEN an image as written in a pod spec
        // WHEN it is recognised
        // THEN it is the expected datastore
        assertThat(Datastores.recognise(image)).map(Datastore::id).contains(id);
    }

    @Test
    void every_datastore_in_the_catalogue_is_recognised_from_at_least_one_image() {
        // GIVEN the catalogue and the images above
        Set<String> covered = datastoreImages().map(a -> (String) a.get()[1]).collect(Collectors.toSet());
        // WHEN the ids are compared
        // THEN no datastore is left without a recognition test
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                Datastores.all().stream().map(Datastore::id).toList());
    }

    @Test
    void bitnami_postgres_with_digest_is_recognised_as_postgresql() {
        // GIVEN a Bitnami image pinned by tag and digest
        // WHEN it is recognised
        // THEN tag and digest play no part
        assertThat(Datastores.recognise("docker.io/bitnami/postgresql:16.2.0@" + SHA)).map(Datastore::id)
                .contains("postgresql");
    }

    @Test
    void recognition_ignores_case_and_surrounding_whitespace() {
        // GIVEN an image written in mixed case with stray spaces, which the grammar would reject
        // WHEN it is recognised
        // THEN it is still PostgreSQL
        assertThat(Datastores.recognise("  Docker.IO/Library/Postgres:16 ")).map(Datastore::id)
                .contains("postgresql");
    }

    @Test
    void recognition_from_a_parsed_reference_gives_the_same_answer() {
        // GIVEN a parsed reference
        ImageReference ref = ImageReference.parse("quay.io/minio/minio:latest");
        // WHEN it is recognised
        // THEN it is the same datastore as its string
        assertThat(Datastores.recognise(ref)).isEqualTo(Datastores.recognise(ref.toString()));
        assertThat(Datastores.recognise(ref)).map(Datastore::id).contains("minio");
    }

    @ParameterizedTest(name = "{0} is not a datastore")
    @ValueSource(strings = {
        "postgres-exporter", "prometheuscommunity/postgres-exporter:v0.15.0", "bitnami/postgres-exporter",
        "quay.io/prometheuscommunity/postgres-exporter", "oliver006/redis_exporter:v1.58.0", "redis-commander",
        "rediscommander/redis-commander:latest", "bitnami/redis-sentinel:7.2", "redis/redisinsight",
        "mysqld-exporter", "prom/mysqld-exporter:v0.15.1", "mysql/mysql-router:8.0", "mongo-express",
        "mongo-express:1.0", "cvallance/mongo-k8s-sidecar", "percona/mongodb_exporter:0.40",
        "bitnami/mongodb-exporter", "pgbouncer/pgbouncer", "bitnami/pgbouncer", "bitnami/pgpool",
        "elasticsearch-exporter", "quay.io/prometheuscommunity/elasticsearch-exporter:v1.7.0",
        "justwatch/elasticsearch_exporter:1.1.0", "opensearchproject/opensearch-dashboards:2.12.0",
        "provectuslabs/kafka-ui:latest", "kafka-ui", "obsidiandynamics/kafdrop", "danielqsj/kafka-exporter",
        "confluentinc/cp-kafka-connect:7.6.0", "confluentinc/cp-kafka-rest:7.6.0",
        "confluentinc/cp-server-connect:7.6.0", "confluentinc/cp-schema-registry:7.6.0",
        "quay.io/strimzi/operator:0.40.0", "thelastpickle/cassandra-reaper:3.5.0", "cassandra-reaper",
        "cockroachdb/cockroach-k8s-init:0.2", "gcr.io/google-samples/xtrabackup:1.0", "minio/mc",
        "bitnami/minio-client", "quay.io/minio/operator", "natsio/nats-box", "natsio/prometheus-nats-exporter",
        "natsio/nats-server-config-reloader", "apachepulsar/pulsar-manager", "scylladb/scylla-manager",
        "rabbitmqoperator/cluster-operator", "bitnami/rabbitmq-cluster-operator", "quay.io/coreos/etcd-operator",
        "clickhouse/clickhouse-keeper", "altinity/clickhouse-operator", "bitnami/zookeeper-exporter",
        "zalando/postgres-operator", "mariadb/maxscale", "nginx", "wordpress:4.8-apache", "busybox",
        "registry.k8s.io/volume-nfs:0.8", "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.0",
        "cartservice"})
    void tools_around_a_datastore_are_not_recognised_as_one(String image) {
        // GIVEN an exporter, UI, sidecar, operator, proxy, tool or an unrelated image
        // WHEN it is recognised
        // THEN nothing is found
        assertThat(Datastores.recognise(image)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is recognised as nothing")
    @ValueSource(strings = {"", "   ", "not an image", "postgres@sha256:abc", "foo//bar", ":::", "@", "postgres:"})
    void unparseable_images_are_recognised_as_nothing_without_throwing(String image) {
        // GIVEN a string that is no image reference
        // WHEN it is recognised
        // THEN the answer is empty rather than an exception
        assertThat(Datastores.recognise(image)).isEmpty();
    }

    @Test
    void a_null_image_string_is_recognised_as_nothing() {
        // GIVEN a container without an image
        String image = null;
        // WHEN it is recognised
        // THEN the answer is empty
        assertThat(Datastores.recognise(image)).isEmpty();
    }

    @Test
    void a_null_image_reference_is_a_programming_error() {
        // GIVEN no parsed reference
        ImageReference image = null;
        // WHEN it is recognised
        // THEN the missing argument is named
        assertThatNullPointerException().isThrownBy(() -> Datastores.recognise(image)).withMessage("image");
    }
}
