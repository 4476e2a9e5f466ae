package dev.berth.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatastoresCatalogueTest {

    @Test
    void the_catalogue_lists_datastores_in_a_stable_order_with_unique_ids() {
        // GIVEN the catalogue, read twice
        // WHEN the ids are listed
        List<String> ids = Datastores.all().stream().map(Datastore::id).toList();
        // THEN they are unique, start with the relational stores and never change order
        assertThat(ids).doesNotHaveDuplicates().startsWith("postgresql", "mysql", "mariadb", "mongodb");
        assertThat(Datastores.all()).isSameAs(Datastores.all());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void the_catalogue_cannot_be_modified() {
        // GIVEN the catalogue
        // WHEN someone tries to add to it
        // THEN it refuses
        assertThatThrownBy(() -> Datastores.all().add(Datastores.all().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_image_name_belongs_to_two_datastores() {
        // GIVEN every name and vendor path in the catalogue
        List<String> all = new ArrayList<>();
        Datastores.all().forEach(d -> {
            all.addAll(d.names());
            all.addAll(d.vendorPaths());
        });
        // WHEN they are compared
        // THEN recognition can never depend on catalogue order
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void each_name_recognises_its_own_datastore_and_no_earlier_one() {
        // GIVEN every name, written as an image
        for (Datastore datastore : Datastores.all()) {
            for (String name : datastore.names()) {
                // WHEN it is recognised
                // THEN the first match is its own datastore
                assertThat(Datastores.recognise(name)).as(name).contains(datastore);
            }
        }
    }

    @Test
    void postgresql_is_described_with_its_port_data_path_and_family() {
        // GIVEN PostgreSQL
        // WHEN it is looked up by id
        Datastore pg = Datastores.byId("postgresql").orElseThrow();
        // THEN its defaults are those of the official image
        assertThat(pg.displayName()).isEqualTo("PostgreSQL");
        assertThat(pg.family()).isEqualTo(Datastore.Family.RELATIONAL);
        assertThat(pg.primaryPort()).isEqualTo(DatastorePort.of("postgresql", 5432));
        assertThat(pg.dataPath()).contains("/var/lib/postgresql/data");
        assertThat(pg.cacheCapable()).isFalse();
        assertThat(pg).hasToString("PostgreSQL (postgresql)");
    }

    @Test
    void a_datastore_with_several_ports_lists_the_client_port_first() {
        // GIVEN ZooKeeper, which serves clients, followers and elections
        // WHEN its ports are read
        Datastore zk = Datastores.byId("zookeeper").orElseThrow();
        // THEN the client port comes first
        assertThat(zk.ports()).extracting(DatastorePort::toString)
                .containsExactly("client/2181", "server/2888", "leader-election/3888");
        assertThat(zk.primaryPort().number()).isEqualTo(2181);
    }

    @Test
    void only_redis_valkey_and_memcached_are_cache_capable() {
        // GIVEN the catalogue
        // WHEN the caches are selected
        // THEN they are the three in-memory key-value stores
        assertThat(Datastores.all().stream().filter(Datastore::cacheCapable).map(Datastore::id))
                .containsExactly("redis", "valkey", "memcached");
    }

    @Test
    void memcached_keeps_no_data_on_disk_and_every_other_datastore_does() {
        // GIVEN the catalogue
        // WHEN the datastores without a data path are selected
        // THEN only Memcached is among them
        assertThat(Datastores.all().stream().filter(d -> d.dataPath().isEmpty()).map(Datastore::id))
                .containsExactly("memcached");
    }

    @Test
    void every_family_has_at_least_one_datastore() {
        // GIVEN the catalogue
        // WHEN the families are collected
        // THEN none is empty
        assertThat(Datastores.all().stream().map(Datastore::family).distinct())
                .containsExactlyInAnyOrder(Datastore.Family.values());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        // GIVEN an id not in the catalogue, and one in the wrong case
        // WHEN they are looked up
        // THEN nothing is found
        assertThat(Datastores.byId("oracle")).isEmpty();
        assertThat(Datastores.byId("PostgreSQL")).isEmpty();
    }

    @Test
    void a_datastore_without_ports_is_rejected() {
        // GIVEN an entry without ports
        // WHEN it is built
        // THEN the missing ports are named
        assertThatIllegalArgumentException()
                .isThrownBy(() -> datastore("x", List.of(), List.of("x")))
                .withMessage("ports of x must not be empty");
    }

    @Test
    void a_datastore_id_must_be_kebab_case() {
        // GIVEN an id in camel case
        // WHEN the entry is built
        // THEN the id is named
        assertThatIllegalArgumentException()
                .isThrownBy(() -> datastore("myStore", List.of(DatastorePort.of("tcp", 1)), List.of("x")))
                .withMessage("id must be kebab-case, was \"myStore\"");
    }

    @Test
    void a_datastore_name_must_be_a_single_lowercase_path_component() {
        // GIVEN a name with a vendor and one in uppercase
        // WHEN the entries are built
        // THEN the names are rejected
        List<DatastorePort> ports = List.of(DatastorePort.of("tcp", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> datastore("x", ports, List.of("vendor/x")))
                .withMessage("names of x must be distinct lowercase path components, was \"vendor/x\"");
        assertThatIllegalArgumentException().isThrownBy(() -> datastore("x", ports, List.of("X")))
                .withMessageContaining("was \"X\"");
    }

    @Test
    void port_names_follow_kubernetes_rules() {
        // GIVEN port names too long, without a letter, and with a double dash
        // WHEN the ports are built
        // THEN each is rejected by name
        for (String name : List.of("leader-election-x", "1234", "a--b", "-a", "Http")) {
            assertThatIllegalArgumentException().isThrownBy(() -> DatastorePort.of(name, 80))
                    .withMessageEndingWith("was \"" + name + "\"");
        }
        assertThat(DatastorePort.of("leader-election", 3888).name()).hasSize(15);
    }

    @Test
    void port_numbers_must_be_ports() {
        // GIVEN numbers outside 1 to 65535
        // WHEN the ports are built
        // THEN the number is named
        assertThatIllegalArgumentException().isThrownBy(() -> DatastorePort.of("http", 0))
                .withMessage("port number must be 1 to 65535, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DatastorePort.of("http", 65_536))
                .withMessage("port number must be 1 to 65535, was 65536");
    }

    private static Datastore datastore(String id, List<DatastorePort> ports, List<String> names) {
        return new Datastore(id, "X", Datastore.Family.KEY_VALUE, ports, Optional.empty(), false, names, List.of());
    }
}
