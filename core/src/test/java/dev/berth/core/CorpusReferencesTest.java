package dev.berth.core;

import static dev.berth.core.K8s.readCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References and selections in real-world manifests of the shared corpus. */
class CorpusReferencesTest {

    @Test
    void the_mysql_statefulset_is_governed_by_the_headless_mysql_service() {
        // GIVEN the mysql StatefulSet and its Services
        Manifest manifest = readCorpus("k8s-website-mysql-statefulset.yaml", "k8s-website-mysql-services.yaml");
        StatefulSet mysql = manifest.find(StatefulSet.class, "default", "mysql").orElseThrow();
        // WHEN
        Service governing = manifest.references().governingService(mysql).orElseThrow();
        // THEN
        assertThat(governing.getMetadata().getName()).isEqualTo("mysql");
        assertThat(governing.getSpec().getClusterIP()).isEqualTo("None");
        // AND both Services select its pods
        Workload workload = manifest.workloadOf(mysql).orElseThrow();
        assertThat(manifest.references().servicesSelecting(workload)).extracting(s -> s.getMetadata().getName())
                .containsExactly("mysql", "mysql-read");
    }

    @Test
    void the_mysql_statefulset_config_map_volume_resolves_against_the_mysql_config_map() {
        // GIVEN
        Manifest manifest = readCorpus("k8s-website-mysql-statefulset.yaml", "k8s-website-mysql-configmap.yaml");
        StatefulSet mysql = manifest.find(StatefulSet.class, "default", "mysql").orElseThrow();
        ConfigMap config = manifest.find(ConfigMap.class, "default", "mysql").orElseThrow();
        // WHEN
        List<Reference> references = manifest.references().from(mysql);
        // THEN
        assertThat(references).filteredOn(r -> r.to().kind().equals("ConfigMap")).singleElement()
                .satisfies(r -> {
                    assertThat(r.fieldPath()).isEqualTo("spec.template.spec.volumes[1].configMap.name");
                    assertThat(r.target()).isSameAs(config);
                });
        // AND the governing Service, which is in another file, is listed as unresolved
        assertThat(references).filteredOn(r -> r.to().kind().equals("Service")).singleElement()
                .matches(r -> !r.isResolved());
    }

    @Test
    void the_zookeeper_budget_selects_the_zk_statefulset_and_the_standalone_one_selects_nothing() {
        // GIVEN the zookeeper file (with its own zk-pdb) and the standalone zk-pdb selecting another label
        Manifest manifest = readCorpus("k8s-website-zookeeper-statefulset.yaml",
                "k8s-website-zookeeper-pdb-minavailable.yaml");
        List<PodDisruptionBudget> budgets = manifest.all(PodDisruptionBudget.class);
        StatefulSet zk = manifest.find(StatefulSet.class, "default", "zk").orElseThrow();
        Workload workload = manifest.workloadOf(zk).orElseThrow();
        References references = manifest.references();
        // WHEN
        List<Workload> byInline = references.selected(budgets.get(0));
        List<Workload> byStandalone = references.selected(budgets.get(1));
        // THEN
        assertThat(budgets).hasSize(2);
        assertThat(byInline).containsExactly(workload);
        assertThat(byStandalone).isEmpty();
        assertThat(references.disruptionBudgetsFor(workload)).containsExactly(budgets.get(0));
        // AND the headless zk-hs governs it
        assertThat(references.governingService(zk)).map(s -> s.getMetadata().getName()).contains("zk-hs");
    }

    @Test
    void the_nfs_claim_binds_the_nfs_volume_and_names_no_storage_class() {
        // GIVEN
        Manifest manifest = readCorpus("k8s-examples-nfs-pvc.yaml", "k8s-examples-nfs-pv.yaml");
        PersistentVolumeClaim claim = manifest.find(PersistentVolumeClaim.class, "default", "nfs").orElseThrow();
        PersistentVolume volume = manifest.find(PersistentVolume.class, "", "nfs").orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.volume(claim)).containsSame(volume);
        assertThat(references.storageClass(claim)).isEmpty();
        assertThat(references.from(claim)).extracting(Reference::fieldPath).containsExactly("spec.volumeName");
        assertThat(references.from(volume)).isEmpty();
    }

    @Test
    void the_mysql_hostpath_claim_names_the_manual_class_which_is_not_in_the_set() {
        // GIVEN
        Manifest manifest = readCorpus("k8s-website-mysql-hostpath-pv-and-pvc.yaml");
        PersistentVolumeClaim claim = manifest.find(PersistentVolumeClaim.class, "default", "mysql-pv-claim")
                .orElseThrow();
        // WHEN
        List<Reference> references = manifest.references().from(claim);
        // THEN
        assertThat(references).singleElement().satisfies(r -> {
            assertThat(r.to()).isEqualTo(ObjectRef.of("StorageClass", "", "manual"));
            assertThat(r.isResolved()).isFalse();
        });
    }

    @Test
    void the_kube_state_metrics_binding_resolves_its_cluster_role_and_service_account() {
        // GIVEN
        Manifest manifest = readCorpus("ksm-standard-clusterrolebinding.yaml", "ksm-standard-clusterrole.yaml",
                "ksm-standard-serviceaccount.yaml", "ksm-standard-deployment.yaml");
        ClusterRoleBinding binding = manifest.all(ClusterRoleBinding.class).get(0);
        ClusterRole role = manifest.all(ClusterRole.class).get(0);
        ServiceAccount account = manifest.find(ServiceAccount.class, "kube-system", "kube-state-metrics")
                .orElseThrow();
        References references = manifest.references();
        // WHEN / THEN
        assertThat(references.role(binding)).containsSame(role);
        assertThat(references.serviceAccountSubjects(binding)).containsExactly(account);
        assertThat(references.from(binding)).extracting(Reference::to).containsExactly(
                ObjectRef.of("ClusterRole", "", "kube-state-metrics"),
                ObjectRef.of("ServiceAccount", "kube-system", "kube-state-metrics"));
        // AND the Deployment runs as that ServiceAccount
        Workload deployment = manifest.workloadOf(manifest.all(Deployment.class).get(0)).orElseThrow();
        assertThat(references.serviceAccount(deployment)).containsSame(account);
        assertThat(manifest.namespaces()).containsExactly("", "kube-system");
    }

    @Test
    void the_php_apache_autoscaler_target_is_not_in_the_set() {
        // GIVEN
        Manifest manifest = readCorpus("k8s-website-hpa-php-apache.yaml");
        HasMetadata hpa = manifest.objects().get(0);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(hpa).isInstanceOf(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class);
        assertThat(references.scaleTarget(hpa)).isEmpty();
        assertThat(references.from(hpa)).singleElement().satisfies(r -> {
            assertThat(r.to()).isEqualTo(ObjectRef.of("Deployment", "default", "php-apache"));
            assertThat(r.isResolved()).isFalse();
        });
    }

    @Test
    void the_eks_catalog_mysql_statefulset_is_governed_by_a_clusterip_service_that_is_not_headless() {
        // GIVEN
        Manifest manifest = readCorpus("eks-workshop-catalog-mysql-statefulset-emptydir.yaml",
                "eks-workshop-catalog-mysql-clusterip-service.yaml");
        StatefulSet mysql = manifest.all(StatefulSet.class).get(0);
        // WHEN
        Service governing = manifest.references().governingService(mysql).orElseThrow();
        // THEN
        assertThat(governing.getMetadata().getName()).isEqualTo("catalog-mysql");
        assertThat(governing.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(governing.getSpec().getClusterIP()).isNotEqualTo("None");
        // AND its password Secret is referenced but not in the set
        assertThat(manifest.references().from(mysql)).filteredOn(r -> r.to().kind().equals("Secret"))
                .extracting(Reference::to, Reference::isResolved).containsOnly(
                        org.assertj.core.api.Assertions.tuple(ObjectRef.of("Secret", "default", "catalog-db"), false));
    }

    @Test
    void the_wordpress_mysql_deployment_mounts_its_claim_and_reads_a_missing_secret() {
        // GIVEN
        Manifest manifest = readCorpus("k8s-website-wordpress-mysql-deployment.yaml");
        Deployment mysql = manifest.find(Deployment.class, "default", "wordpress-mysql").orElseThrow();
        PersistentVolumeClaim claim = manifest.find(PersistentVolumeClaim.class, "default", "mysql-pv-claim")
                .orElseThrow();
        Workload workload = manifest.workloadOf(mysql).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.claims(workload)).containsExactly(claim);
        assertThat(references.from(mysql)).filteredOn(r -> r.to().kind().equals("Secret"))
                .extracting(Reference::fieldPath).containsExactly(
                        "spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name",
                        "spec.template.spec.containers[0].env[3].valueFrom.secretKeyRef.name");
        assertThat(references.servicesSelecting(workload)).extracting(s -> s.getMetadata().getName())
                .containsExactly("wordpress-mysql");
    }

    @Test
    void the_default_deny_policy_applies_to_every_workload_of_its_namespace() {
        // GIVEN the default-deny policy read with two workloads of the default namespace
        Manifest manifest = readCorpus("k8s-website-networkpolicy-default-deny-ingress.yaml",
                "k8s-website-nginx-deployment.yaml", "k8s-website-mysql-statefulset.yaml");
        NetworkPolicy deny = manifest.all(NetworkPolicy.class).get(0);
        // WHEN
        List<Workload> selected = manifest.references().selected(deny);
        // THEN
        assertThat(selected).hasSize(2).containsExactlyElementsOf(manifest.workloads());
        assertThat(manifest.workloads()).allSatisfy(w ->
                assertThat(manifest.references().networkPoliciesFor(w)).containsExactly(deny));
    }

    @Test
    void the_whole_corpus_reads_into_one_manifest_whose_indexes_agree_with_a_scan() {
        // GIVEN every file of the corpus
        Manifest manifest = new dev.berth.core.read.ManifestReader().read(K8s.corpus());
        // WHEN
        References references = manifest.references();
        // THEN every object is found again under its own reference, and every workload is listed
        assertThat(manifest.size()).isGreaterThan(50);
        for (HasMetadata object : manifest) {
            assertThat(manifest.find(ObjectRef.of(object))).isPresent();
            assertThat(manifest.ofKind(ObjectRef.of(object).kind())).contains(object);
            assertThat(manifest.inNamespace(ObjectRef.namespaceOf(object))).contains(object);
        }
        long scanned = manifest.stream().filter(o -> Workload.of(o).isPresent()).count();
        assertThat(manifest.workloads()).hasSize((int) scanned);
        assertThat(references.all()).isNotEmpty().allSatisfy(r ->
                assertThat(r.isResolved()).isEqualTo(manifest.find(r.to()).isPresent()));
    }
}
