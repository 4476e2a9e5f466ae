package dev.berth.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PodDnsNamesTest {

    private final PodDnsNames dns = PodDnsNames.clusterLocal();

    @Test
    void a_pod_is_named_after_its_stateful_set_and_ordinal() {
        // GIVEN a StatefulSet "web"
        // WHEN its third pod is named
        // THEN the ordinal follows a dash
        assertThat(dns.podName("web", 2)).isEqualTo("web-2");
    }

    @Test
    void a_pod_fqdn_goes_through_the_headless_service_in_the_default_cluster_domain() {
        // GIVEN StatefulSet db, headless Service db, namespace shop
        // WHEN the first pod's name is built
        // THEN it is the documented stable network ID
        assertThat(dns.podFqdn("db", 0, "db", "shop")).isEqualTo("db-0.db.shop.svc.cluster.local");
        assertThat(dns.clusterDomain()).isEqualTo(PodDnsNames.DEFAULT_CLUSTER_DOMAIN);
    }

    @Test
    void the_service_may_be_named_differently_from_the_stateful_set() {
        // GIVEN the ZooKeeper tutorial's names
        // WHEN a pod's name is built
        // THEN set and service each take their place
        assertThat(dns.podFqdn("zk", 2, "zk-hs", "default")).isEqualTo("zk-2.zk-hs.default.svc.cluster.local");
    }

    @Test
    void all_fqdns_list_one_name_per_replica_in_ordinal_order() {
        // GIVEN three replicas
        // WHEN their names are listed
        // THEN ordinal 0 comes first
        assertThat(dns.allFqdns("cassandra", 3, "cassandra", "data")).containsExactly(
                "cassandra-0.cassandra.data.svc.cluster.local",
                "cassandra-1.cassandra.data.svc.cluster.local",
                "cassandra-2.cassandra.data.svc.cluster.local");
    }

    @Test
    void zero_replicas_have_no_names() {
        // GIVEN a StatefulSet scaled to zero
        // WHEN its names are listed
        // THEN the list is empty
        assertThat(dns.allFqdns("db", 0, "db", "shop")).isEmpty();
    }

    @Test
    void a_service_fqdn_has_no_pod_label() {
        // GIVEN a Service and namespace
        // WHEN its name is built
        // THEN it resolves to the Service
        assertThat(dns.serviceFqdn("db", "shop")).isEqualTo("db.shop.svc.cluster.local");
    }

    @Test
    void another_cluster_domain_replaces_cluster_local() {
        // GIVEN a cluster configured with corp.local
        PodDnsNames corp = dns.withClusterDomain("corp.local");
        // WHEN names are built
        // THEN they end in corp.local, and the default is left alone
        assertThat(corp.podFqdn("db", 1, "db", "shop")).isEqualTo("db-1.db.shop.svc.corp.local");
        assertThat(corp.serviceFqdn("db", "shop")).isEqualTo("db.shop.svc.corp.local");
        assertThat(dns.clusterDomain()).isEqualTo("cluster.local");
        assertThat(corp).isEqualTo(new PodDnsNames("corp.local"));
    }

    @Test
    void a_negative_ordinal_is_rejected() {
        // GIVEN ordinal -1
        // WHEN a pod is named
        // THEN the ordinal is named
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podName("db", -1))
                .withMessage("ordinal must be >= 0, was -1");
    }

    @Test
    void negative_replicas_are_rejected() {
        // GIVEN -1 replicas
        // WHEN the names are listed
        // THEN the count is named
        assertThatIllegalArgumentException().isThrownBy(() -> dns.allFqdns("db", -1, "db", "shop"))
                .withMessage("replicas must be >= 0, was -1");
    }

    @Test
    void a_blank_stateful_set_name_is_rejected() {
        // GIVEN a blank name
        // WHEN a pod is named
        // THEN the blank is reported
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podName(" ", 0))
                .withMessage("StatefulSet name must not be blank, was \" \"");
    }

    @ParameterizedTest(name = "StatefulSet name \"{0}\" is rejected")
    @ValueSource(strings = {"Db", "db_0", "db.shop", "-db", "db-"})
    void a_stateful_set_name_that_is_not_a_dns_1123_label_is_rejected(String name) {
        // GIVEN a name Kubernetes would reject
        // WHEN a pod is named
        // THEN the name and the rule are given
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podName(name, 0))
                .withMessage("StatefulSet name must be a DNS-1123 label (at most 63 lowercase letters, digits and"
                        + " '-', starting and ending with a letter or digit), was \"" + name + "\"");
    }

    @Test
    void a_pod_name_longer_than_a_dns_label_is_rejected() {
        // GIVEN a 62-character StatefulSet name, legal alone
        String set = "a".repeat(62);
        // WHEN pod 10 is named
        // THEN the 65-character pod name is rejected
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podName(set, 10))
                .withMessageStartingWith("pod name must be a DNS-1123 label")
                .withMessageEndingWith("was \"" + set + "-10\"");
    }

    @Test
    void a_service_name_starting_with_a_digit_is_rejected() {
        // GIVEN a Service name that is a DNS-1123 label but not a DNS-1035 one
        // WHEN its name is built
        // THEN the stricter Service rule is given
        assertThatIllegalArgumentException().isThrownBy(() -> dns.serviceFqdn("1db", "shop"))
                .withMessageStartingWith("Service name must be a DNS-1035 label")
                .withMessageEndingWith("was \"1db\"");
    }

    @Test
    void a_namespace_is_required_and_checked() {
        // GIVEN a missing, a blank and an uppercase namespace
        // WHEN a pod FQDN is built
        // THEN each is rejected by name; no default namespace is assumed
        assertThatNullPointerException().isThrownBy(() -> dns.podFqdn("db", 0, "db", null)).withMessage("namespace");
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podFqdn("db", 0, "db", ""))
                .withMessage("namespace must not be blank, was \"\"");
        assertThatIllegalArgumentException().isThrownBy(() -> dns.podFqdn("db", 0, "db", "Shop"))
                .withMessageEndingWith("was \"Shop\"");
    }

    @ParameterizedTest(name = "cluster domain \"{0}\" is rejected")
    @ValueSource(strings = {"corp_local", "corp..local", ".corp", "Corp.Local", "corp.local."})
    void a_cluster_domain_that_is_not_a_dns_subdomain_is_rejected(String domain) {
        // GIVEN a malformed cluster domain
        // WHEN it is configured
        // THEN it is named
        assertThatIllegalArgumentException().isThrownBy(() -> dns.withClusterDomain(domain))
                .withMessage("cluster domain must be a DNS-1123 subdomain (dot-separated DNS-1123 labels, at most 253"
                        + " characters), was \"" + domain + "\"");
    }
}
