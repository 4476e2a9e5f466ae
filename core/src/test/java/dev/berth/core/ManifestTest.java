package dev.berth.core;

import static dev.berth.core.K8s.clusterRole;
import static dev.berth.core.K8s.configMap;
import static dev.berth.core.K8s.deployment;
import static dev.berth.core.K8s.namespace;
import static dev.berth.core.K8s.persistentVolume;
import static dev.berth.core.K8s.service;
import static dev.berth.core.K8s.statefulSet;
import static dev.berth.core.K8s.storageClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.read.ManifestReader;
import dev.berth.core.source.FieldPositions;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building a {@link Manifest}, and looking objects up by type, kind, namespace and name. */
class ManifestTest {

    private static final Map<String, String> WEB = Map.of("app", "web");
    private static final Map<String, String> DB = Map.of("app", "db");

    private static ObjectSource source(String origin, int document) {
        return ObjectSource.of(origin, document, -1, "", new SourcePosition(1, 1), FieldPositions.none(), List.of(),
                List.of());
    }

    @Test
    void of_keeps_the_objects_in_the_order_given() {
        // GIVEN three objects of different kinds
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        ConfigMap config = configMap("shop", "web");
        // WHEN
        Manifest manifest = Manifest.of(svc, web, config);
        // THEN
        assertThat(manifest.objects()).containsExactly(svc, web, config);
        assertThat(manifest).containsExactly(svc, web, config);
        assertThat(manifest.stream()).containsExactly(svc, web, config);
        assertThat(manifest.size()).isEqualTo(3);
        assertThat(manifest.isEmpty()).isFalse();
        assertThat(manifest.sourceOf(svc)).isEmpty();
    }

    @Test
    void position_of_a_reference_is_the_place_of_its_first_object() {
        // GIVEN a Service, a Deployment, and the Service again
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        Manifest manifest = Manifest.of(svc, web, service("shop", "web", DB));
        // WHEN / THEN the first Service stands at 0, the Deployment at 1, and a reference it lacks at -1
        assertThat(manifest.positionOf(ObjectRef.of(svc))).isZero();
        assertThat(manifest.positionOf(ObjectRef.of(web))).isEqualTo(1);
        assertThat(manifest.positionOf(ObjectRef.of("Service", "shop", "api"))).isEqualTo(-1);
    }

    @Test
    void of_a_collection_equals_of_the_same_objects_as_arguments() {
        // GIVEN
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        // WHEN
        Manifest fromList = Manifest.of(List.of(svc, web));
        Manifest fromArgs = Manifest.of(svc, web);
        // THEN
        assertThat(fromList).isEqualTo(fromArgs).hasSameHashCodeAs(fromArgs);
        assertThat(fromList).hasToString("Manifest[2 objects]");
    }

    @Test
    void the_objects_of_a_manifest_cannot_be_changed_through_its_list() {
        // GIVEN
        Manifest manifest = Manifest.of(service("shop", "web", WEB));
        // WHEN / THEN
        assertThatThrownBy(() -> manifest.objects().add(configMap("shop", "c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_manifest_without_objects_is_the_empty_manifest() {
        // GIVEN / WHEN
        Manifest fromBuilder = Manifest.builder().build();
        Manifest fromList = Manifest.of(List.of());
        // THEN
        assertThat(fromBuilder).isSameAs(Manifest.empty()).isSameAs(fromList);
        assertThat(Manifest.empty().isEmpty()).isTrue();
        assertThat(Manifest.empty().workloads()).isEmpty();
        assertThat(Manifest.empty().namespaces()).isEmpty();
        assertThat(Manifest.empty().references().all()).isEmpty();
    }

    @Test
    void a_null_object_is_refused() {
        // GIVEN
        Manifest.Builder builder = Manifest.builder();
        // WHEN / THEN
        assertThatThrownBy(() -> builder.add(null)).isInstanceOf(NullPointerException.class).hasMessage("object");
    }

    @Test
    void the_builder_keeps_order_and_the_source_of_each_object() {
        // GIVEN two objects with sources and one without
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        ConfigMap config = configMap("shop", "web");
        ObjectSource svcSource = source("svc.yaml", 0);
        ObjectSource webSource = source("web.yaml", 2);
        // WHEN
        Manifest.Builder builder = Manifest.builder().add(svc, svcSource).add(web, webSource).add(config, null);
        Manifest manifest = builder.build();
        // THEN
        assertThat(builder.size()).isEqualTo(3);
        assertThat(manifest.objects()).containsExactly(svc, web, config);
        assertThat(manifest.sourceOf(svc)).containsSame(svcSource);
        assertThat(manifest.sourceOf(web)).containsSame(webSource);
        assertThat(manifest.sourceOf(config)).isEmpty();
    }

    @Test
    void a_copy_holds_equal_objects_with_their_sources_and_shares_nothing_mutable() {
        // GIVEN a manifest of a Deployment read from a file and a ConfigMap
        Deployment web = deployment("shop", "web", WEB);
        ObjectSource webSource = source("web.yaml", 2);
        Manifest manifest = Manifest.builder().add(web, webSource).add(configMap("shop", "web")).build();
        // WHEN copied, and the copy's objects changed
        Manifest copy = manifest.copy();
        HasMetadata copied = copy.objects().get(0);
        // THEN the copy is equal, keeps the source, and changing it leaves the original alone
        assertThat(copy).isEqualTo(manifest);
        assertThat(copy.sourceOf(copied)).containsSame(webSource);
        copied.getMetadata().setName("other");
        ((Deployment) copied).getSpec().getTemplate().getMetadata().getLabels().clear();
        assertThat(web.getMetadata().getName()).isEqualTo("web");
        assertThat(web.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(WEB);
    }

    @Test
    void sources_belong_to_the_object_instance_not_to_an_equal_copy() {
        // GIVEN two equal but distinct ConfigMaps, only the first with a source
        ConfigMap first = configMap("shop", "c");
        ConfigMap copy = configMap("shop", "c");
        ObjectSource source = source("a.yaml", 0);
        // WHEN
        Manifest manifest = Manifest.builder().add(first, source).add(copy).build();
        // THEN
        assertThat(first).isEqualTo(copy);
        assertThat(manifest.sourceOf(first)).containsSame(source);
        assertThat(manifest.sourceOf(copy)).isEmpty();
    }

    @Test
    void plus_another_manifest_appends_its_objects_and_keeps_both_sets_of_sources() {
        // GIVEN two manifests read from two "files"
        ManifestReader reader = new ManifestReader();
        Manifest first = reader.readString("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n", "a.yaml");
        Manifest second = reader.readString(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\n---\n"
                        + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n", "b.yaml");
        // WHEN
        Manifest both = first.plus(second);
        // THEN
        assertThat(both.objects()).extracting(HasMetadata::getKind).containsExactly("Service", "ConfigMap", "Secret");
        assertThat(both.objects()).extracting(o -> both.sourceOf(o).orElseThrow().describe())
                .containsExactly("a.yaml:1:1", "b.yaml:1:1", "b.yaml:6:1");
        // AND the originals are unchanged
        assertThat(first.size()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void plus_objects_appends_them_after_the_existing_ones_and_keeps_existing_sources() {
        // GIVEN a manifest read from a file
        Manifest read = new ManifestReader().readString("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n",
                "db.yaml");
        ConfigMap added = configMap("default", "extra");
        // WHEN
        Manifest more = read.plus(added);
        // THEN
        assertThat(more.objects()).hasSize(2).endsWith(added);
        assertThat(more.sourceOf(more.objects().get(0)).orElseThrow().origin()).isEqualTo("db.yaml");
        assertThat(more.sourceOf(added)).isEmpty();
    }

    @Test
    void all_returns_the_objects_of_a_type_in_order() {
        // GIVEN Services and Deployments interleaved
        Service a = service("shop", "a", WEB);
        Deployment web = deployment("shop", "web", WEB);
        Service b = service("shop", "b", DB);
        Manifest manifest = Manifest.of(a, web, b);
        // WHEN
        List<Service> services = manifest.all(Service.class);
        // THEN
        assertThat(services).containsExactly(a, b);
        assertThat(manifest.all(Deployment.class)).containsExactly(web);
        assertThat(manifest.all(StatefulSet.class)).isEmpty();
        assertThat(manifest.all(HasMetadata.class)).containsExactly(a, web, b);
    }

    @Test
    void of_kind_matches_typed_and_generic_objects_alike() {
        // GIVEN a typed Service, a custom resource, and a Service read under an unknown apiVersion
        Service typed = service("shop", "a", WEB);
        GenericKubernetesResource cert = new GenericKubernetesResourceBuilder().withApiVersion("cert-manager.io/v1")
                .withKind("Certificate").withNewMetadata().withName("tls").withNamespace("shop").endMetadata().build();
        GenericKubernetesResource odd = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v9")
                .withKind("Service").withNewMetadata().withName("b").withNamespace("shop").endMetadata().build();
        Manifest manifest = Manifest.of(typed, cert, odd);
        // WHEN / THEN
        assertThat(manifest.ofKind("Service")).containsExactly(typed, odd);
        assertThat(manifest.ofKind("Certificate")).containsExactly(cert);
        assertThat(manifest.ofKind("Ingress")).isEmpty();
    }

    @Test
    void find_by_reference_and_by_kind_namespace_and_name_return_the_object() {
        // GIVEN a Service and a Deployment of the same name, and a Service of that name elsewhere
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        Service other = service("blog", "web", WEB);
        Manifest manifest = Manifest.of(svc, web, other);
        // WHEN / THEN
        assertThat(manifest.find(ObjectRef.of("Service", "shop", "web"))).containsSame(svc);
        assertThat(manifest.find(ObjectRef.of(web))).containsSame(web);
        assertThat(manifest.find("Service", "blog", "web")).containsSame(other);
        assertThat(manifest.find("Service", "shop", "api")).isEmpty();
        assertThat(manifest.find("StatefulSet", "shop", "web")).isEmpty();
    }

    @Test
    void find_by_class_checks_the_type_as_well_as_namespace_and_name() {
        // GIVEN a Service and a Deployment of the same name
        Service svc = service("shop", "web", WEB);
        Deployment web = deployment("shop", "web", WEB);
        Manifest manifest = Manifest.of(svc, web);
        // WHEN / THEN
        assertThat(manifest.find(Deployment.class, "shop", "web")).containsSame(web);
        assertThat(manifest.find(Service.class, "shop", "web")).containsSame(svc);
        assertThat(manifest.find(StatefulSet.class, "shop", "web")).isEmpty();
        assertThat(manifest.find(Service.class, "blog", "web")).isEmpty();
    }

    @Test
    void of_two_definitions_of_one_object_find_returns_the_same_one_whatever_their_order() {
        // GIVEN two definitions of one Service with different content, read in either order (files renamed)
        Service one = service("shop", "web", WEB);
        Service other = service("shop", "web", DB);
        Manifest readFirst = Manifest.of(one, other);
        Manifest readLast = Manifest.of(other, one);
        // WHEN either is looked up THEN both orders answer with the same definition, by kind and by class
        HasMetadata chosen = readFirst.find("Service", "shop", "web").orElseThrow();
        assertThat(readLast.find("Service", "shop", "web")).containsSame(chosen);
        assertThat(readFirst.find(Service.class, "shop", "web")).containsSame((Service) chosen);
        assertThat(readLast.find(Service.class, "shop", "web")).containsSame((Service) chosen);
        // AND the set still holds both, in reading order
        assertThat(readLast.objects()).containsExactly(other, one);
    }

    @Test
    void a_namespaced_object_without_a_namespace_is_in_the_default_namespace() {
        // GIVEN a Service and a Deployment that name no namespace
        Service svc = service(null, "web", WEB);
        Deployment web = deployment(null, "web", WEB);
        Manifest manifest = Manifest.of(svc, web);
        // WHEN / THEN
        assertThat(ObjectRef.namespaceOf(svc)).isEqualTo("default");
        assertThat(ObjectRef.of(web)).hasToString("Deployment default/web");
        assertThat(manifest.find("Service", "default", "web")).containsSame(svc);
        assertThat(manifest.find(Deployment.class, "default", "web")).containsSame(web);
        assertThat(manifest.inNamespace("default")).containsExactly(svc, web);
        assertThat(manifest.namespaces()).containsExactly("default");
    }

    @Test
    void an_empty_namespace_counts_as_no_namespace() {
        // GIVEN a ConfigMap with namespace ""
        ConfigMap config = configMap("", "c");
        // WHEN / THEN
        assertThat(ObjectRef.namespaceOf(config)).isEqualTo("default");
        assertThat(Manifest.of(config).find("ConfigMap", "default", "c")).containsSame(config);
    }

    @Test
    void cluster_scoped_kinds_are_in_the_empty_namespace() {
        // GIVEN a StorageClass, a PersistentVolume, a ClusterRole and a Namespace, none with a namespace
        var fast = storageClass("fast");
        var volume = persistentVolume("pv-1");
        var role = clusterRole("reader");
        var ns = namespace("shop");
        Manifest manifest = Manifest.of(fast, volume, role, ns, service("shop", "web", WEB));
        // WHEN / THEN
        assertThat(List.of(fast, volume, role, ns)).allSatisfy(o -> {
            assertThat(ObjectRef.namespaceOf(o)).isEmpty();
            assertThat(ObjectRef.of(o).clusterScoped()).isTrue();
        });
        assertThat(ObjectRef.of(fast)).hasToString("StorageClass fast");
        assertThat(manifest.find("StorageClass", "", "fast")).containsSame(fast);
        assertThat(manifest.find("PersistentVolume", "", "pv-1")).containsSame(volume);
        assertThat(manifest.find("ClusterRole", "", "reader")).containsSame(role);
        assertThat(manifest.find("Namespace", "", "shop")).containsSame(ns);
        assertThat(manifest.find("StorageClass", "default", "fast")).isEmpty();
        assertThat(manifest.inNamespace("")).containsExactly(fast, volume, role, ns);
        assertThat(manifest.namespaces()).containsExactly("", "shop");
    }

    @Test
    void a_cluster_scoped_object_that_names_a_namespace_is_still_cluster_scoped() {
        // GIVEN a ClusterRole and a StorageClass with metadata.namespace set, as Helm charts often render them
        var role = new io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder(clusterRole("reader")).editMetadata()
                .withNamespace("shop").endMetadata().build();
        var fast = new io.fabric8.kubernetes.api.model.storage.StorageClassBuilder(storageClass("fast"))
                .editMetadata().withNamespace("shop").endMetadata().build();
        Manifest manifest = Manifest.of(role, fast);
        // WHEN / THEN the API server ignores the namespace, and so does the manifest
        assertThat(ObjectRef.of(role)).isEqualTo(ObjectRef.of("ClusterRole", "", "reader"));
        assertThat(ObjectRef.namespaceOf(fast)).isEmpty();
        assertThat(manifest.find("ClusterRole", "", "reader")).containsSame(role);
        assertThat(manifest.inNamespace("shop")).isEmpty();
        assertThat(manifest.namespaces()).containsExactly("");
    }

    @Test
    void a_custom_resource_of_a_cluster_scoped_kind_read_generically_is_cluster_scoped() {
        // GIVEN a StorageClass under an apiVersion no model class types
        GenericKubernetesResource generic = new GenericKubernetesResourceBuilder()
                .withApiVersion("storage.k8s.io/v9").withKind("StorageClass")
                .withNewMetadata().withName("fast").endMetadata().build();
        // WHEN / THEN
        assertThat(ObjectRef.namespaceOf(generic)).isEmpty();
    }

    @Test
    void an_object_without_kind_or_name_gets_empty_parts_in_its_reference() {
        // GIVEN a generic resource with neither kind nor metadata
        GenericKubernetesResource bare = new GenericKubernetesResource();
        // WHEN
        ObjectRef ref = ObjectRef.of(bare);
        // THEN
        assertThat(ref).isEqualTo(ObjectRef.of("", "default", ""));
        assertThat(Manifest.of(bare).find(ref)).containsSame(bare);
    }

    @Test
    void in_namespace_lists_the_objects_of_one_namespace_in_order() {
        // GIVEN objects in two namespaces
        Service a = service("shop", "a", WEB);
        Service b = service("blog", "b", WEB);
        Deployment c = deployment("shop", "c", WEB);
        Manifest manifest = Manifest.of(a, b, c);
        // WHEN / THEN
        assertThat(manifest.inNamespace("shop")).containsExactly(a, c);
        assertThat(manifest.inNamespace("blog")).containsExactly(b);
        assertThat(manifest.inNamespace("nowhere")).isEmpty();
        assertThat(manifest.namespaces()).containsExactly("blog", "shop");
    }

    @Test
    void two_objects_with_the_same_kind_namespace_and_name_are_duplicates() {
        // GIVEN a Service defined twice, and objects that share only part of a reference with it
        Manifest manifest = Manifest.of(
                service("shop", "web", WEB),
                deployment("shop", "web", WEB),
                service("blog", "web", WEB),
                service(null, "web", WEB),
                service("shop", "web", DB),
                service("shop", "web", DB),
                service("default", "web", WEB));
        // WHEN
        var duplicates = manifest.duplicates();
        // THEN each duplicated reference is listed once, sorted by namespace
        assertThat(duplicates).containsExactly(ObjectRef.of("Service", "default", "web"),
                ObjectRef.of("Service", "shop", "web"));
    }

    @Test
    void a_manifest_without_repeated_references_has_no_duplicates() {
        // GIVEN
        Manifest manifest = Manifest.of(service("shop", "web", WEB), deployment("shop", "web", WEB),
                statefulSet("shop", "db", "db", DB));
        // WHEN / THEN
        assertThat(manifest.duplicates()).isEmpty();
    }

    @Test
    void the_two_zk_pdb_budgets_of_the_corpus_are_duplicates() {
        // GIVEN the zookeeper StatefulSet file and the standalone budget, both defining PodDisruptionBudget zk-pdb
        Manifest manifest = K8s.readCorpus("k8s-website-zookeeper-statefulset.yaml",
                "k8s-website-zookeeper-pdb-minavailable.yaml");
        // WHEN
        var duplicates = manifest.duplicates();
        // THEN
        assertThat(duplicates).containsExactly(ObjectRef.of("PodDisruptionBudget", "default", "zk-pdb"));
        assertThat(manifest.all(PodDisruptionBudget.class)).hasSize(2);
        assertThat(manifest.find("PodDisruptionBudget", "default", "zk-pdb"))
                .containsSame(manifest.all(PodDisruptionBudget.class).get(0));
    }

    @Test
    void object_references_sort_by_namespace_then_name_then_kind() {
        // GIVEN
        ObjectRef a = ObjectRef.of("Service", "a", "z");
        ObjectRef b = ObjectRef.of("Deployment", "b", "a");
        ObjectRef c = ObjectRef.of("Service", "b", "a");
        ObjectRef d = ObjectRef.of("Deployment", "b", "b");
        // WHEN
        var sorted = new java.util.TreeSet<>(List.of(d, c, b, a));
        // THEN
        assertThat(sorted).containsExactly(a, b, c, d);
    }

    @Test
    void an_object_reference_needs_all_three_parts() {
        // GIVEN / WHEN a part is missing / THEN the reference names it
        assertThatThrownBy(() -> ObjectRef.of(null, "ns", "n")).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> ObjectRef.of("Service", null, "n")).isInstanceOf(NullPointerException.class)
                .hasMessage("namespace");
        assertThatThrownBy(() -> ObjectRef.of("Service", "ns", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }
}
