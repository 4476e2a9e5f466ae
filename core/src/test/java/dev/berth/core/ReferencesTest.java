package dev.berth.core;

import static dev.berth.core.K8s.clusterRole;
import static dev.berth.core.K8s.configMap;
import static dev.berth.core.K8s.deployment;
import static dev.berth.core.K8s.persistentVolume;
import static dev.berth.core.K8s.pod;
import static dev.berth.core.K8s.secret;
import static dev.berth.core.K8s.service;
import static dev.berth.core.K8s.serviceAccount;
import static dev.berth.core.K8s.statefulSet;
import static dev.berth.core.K8s.storageClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The references between the objects of a manifest, and the selections made by Services, budgets and policies. */
class ReferencesTest {

    private static final Map<String, String> WEB = Map.of("app", "web");
    private static final Map<String, String> DB = Map.of("app", "db");

    private static Deployment deploymentWith(String namespace, String name, PodSpec spec) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(WEB).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(WEB).endMetadata().withSpec(spec).endTemplate()
                .endSpec().build();
    }

    private static PersistentVolumeClaim claim(String namespace, String name, String volumeName,
            String storageClassName) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .endMetadata().withNewSpec().withVolumeName(volumeName).withStorageClassName(storageClassName)
                .withAccessModes("ReadWriteOnce").endSpec().build();
    }

    private static Role role(String namespace, String name) {
        return new RoleBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addNewRule().withApiGroups("").withResources("pods").withVerbs("get").endRule().build();
    }

    private static RoleBinding roleBinding(String namespace, String name, String roleKind, String roleName) {
        return new RoleBindingBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind(roleKind).withName(roleName)
                .endRoleRef().build();
    }

    private static List<String> paths(References references, HasMetadata object) {
        return references.from(object).stream().map(Reference::fieldPath).toList();
    }

    @Test
    void a_statefulset_references_its_governing_service_in_its_own_namespace() {
        // GIVEN a StatefulSet shop/db, Service shop/db and Service blog/db
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        Service governing = service("shop", "db", DB);
        Service elsewhere = service("blog", "db", DB);
        Manifest manifest = Manifest.of(elsewhere, db, governing);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.governingService(db)).containsSame(governing);
        Reference reference = references.from(db).get(0);
        assertThat(reference.from()).isEqualTo(ObjectRef.of(db));
        assertThat(reference.fieldPath()).isEqualTo("spec.serviceName");
        assertThat(reference.to()).isEqualTo(ObjectRef.of("Service", "shop", "db"));
        assertThat(reference.resolved()).containsSame(governing);
        assertThat(reference).hasToString("StatefulSet shop/db spec.serviceName -> Service shop/db");
    }

    @Test
    void a_governing_service_in_another_namespace_does_not_count() {
        // GIVEN a StatefulSet shop/db and only Service blog/db
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        Manifest manifest = Manifest.of(db, service("blog", "db", DB));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.governingService(db)).isEmpty();
        Reference reference = references.from(db).get(0);
        assertThat(reference.isResolved()).isFalse();
        assertThat(reference.resolved()).isEmpty();
        assertThat(reference).hasToString("StatefulSet shop/db spec.serviceName -> Service shop/db (not in the set)");
    }

    @Test
    void a_statefulset_without_service_name_has_no_governing_service() {
        // GIVEN
        StatefulSet db = statefulSet("shop", "db", null, DB);
        StatefulSet noSpec = new StatefulSetBuilder().withNewMetadata().withName("x").endMetadata().build();
        Manifest manifest = Manifest.of(db, noSpec, service("shop", "db", DB));
        // WHEN / THEN
        assertThat(manifest.references().governingService(db)).isEmpty();
        assertThat(manifest.references().governingService(noSpec)).isEmpty();
        assertThat(manifest.references().from(db)).isEmpty();
    }

    @Test
    void a_workload_runs_as_the_service_account_it_names() {
        // GIVEN
        Deployment web = deploymentWith("shop", "web", new PodSpecBuilder().withServiceAccountName("web-sa").build());
        ServiceAccount account = serviceAccount("shop", "web-sa");
        Manifest manifest = Manifest.of(web, account, serviceAccount("blog", "web-sa"));
        Workload workload = manifest.workloadOf(web).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountName(workload)).isEqualTo("web-sa");
        assertThat(references.serviceAccount(workload)).containsSame(account);
        assertThat(references.from(web)).singleElement().satisfies(r -> {
            assertThat(r.fieldPath()).isEqualTo("spec.template.spec.serviceAccountName");
            assertThat(r.target()).isSameAs(account);
        });
    }

    @Test
    void the_deprecated_service_account_field_is_read_when_service_account_name_is_absent() {
        // GIVEN
        Deployment web = deploymentWith("shop", "web", new PodSpecBuilder().withServiceAccount("legacy").build());
        ServiceAccount legacy = serviceAccount("shop", "legacy");
        Manifest manifest = Manifest.of(web, legacy);
        Workload workload = manifest.workloadOf(web).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountName(workload)).isEqualTo("legacy");
        assertThat(references.serviceAccount(workload)).containsSame(legacy);
        assertThat(paths(references, web)).containsExactly("spec.template.spec.serviceAccount");
    }

    @Test
    void service_account_name_wins_over_the_deprecated_field() {
        // GIVEN
        Deployment web = deploymentWith("shop", "web",
                new PodSpecBuilder().withServiceAccountName("new").withServiceAccount("old").build());
        Manifest manifest = Manifest.of(web);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountName(manifest.workloads().get(0))).isEqualTo("new");
        assertThat(references.from(web)).extracting(Reference::to)
                .containsExactly(ObjectRef.of("ServiceAccount", "shop", "new"));
    }

    @Test
    void a_workload_that_names_no_service_account_runs_as_default_without_a_reference() {
        // GIVEN a Deployment naming none, and the default ServiceAccount of its namespace
        Deployment web = deployment("shop", "web", WEB);
        ServiceAccount defaultAccount = serviceAccount("shop", "default");
        Manifest manifest = Manifest.of(web, defaultAccount);
        Workload workload = manifest.workloadOf(web).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountName(workload)).isEqualTo("default");
        assertThat(references.serviceAccount(workload)).containsSame(defaultAccount);
        assertThat(references.from(web)).isEmpty();
    }

    @Test
    void volumes_reference_claims_config_maps_secrets_and_projected_sources() {
        // GIVEN a Deployment mounting one of each
        PodSpec spec = new PodSpecBuilder()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data")
                .endPersistentVolumeClaim().endVolume()
                .addNewVolume().withName("cfg").withNewConfigMap().withName("cfg").endConfigMap().endVolume()
                .addNewVolume().withName("tls").withNewSecret().withSecretName("tls").endSecret().endVolume()
                .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("all").withNewProjected()
                .addNewSource().withNewConfigMap().withName("p-cfg").endConfigMap().endSource()
                .addNewSource().withNewSecret().withName("p-secret").endSecret().endSource()
                .addNewSource().withNewServiceAccountToken().withPath("token").endServiceAccountToken().endSource()
                .endProjected().endVolume()
                .build();
        Deployment web = deploymentWith("shop", "web", spec);
        PersistentVolumeClaim data = claim("shop", "data", null, null);
        Manifest manifest = Manifest.of(web, data, configMap("shop", "cfg"), secret("shop", "tls"),
                configMap("shop", "p-cfg"), secret("shop", "p-secret"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(web)).extracting(Reference::fieldPath, r -> r.to().toString())
                .containsExactly(
                        tuple("spec.template.spec.volumes[0].persistentVolumeClaim.claimName",
                                "PersistentVolumeClaim shop/data"),
                        tuple("spec.template.spec.volumes[1].configMap.name",
                                "ConfigMap shop/cfg"),
                        tuple("spec.template.spec.volumes[2].secret.secretName",
                                "Secret shop/tls"),
                        tuple(
                                "spec.template.spec.volumes[4].projected.sources[0].configMap.name",
                                "ConfigMap shop/p-cfg"),
                        tuple(
                                "spec.template.spec.volumes[4].projected.sources[1].secret.name",
                                "Secret shop/p-secret"));
        assertThat(references.from(web)).allMatch(Reference::isResolved);
        assertThat(references.claims(manifest.workloadOf(web).orElseThrow())).containsExactly(data);
    }

    @Test
    void environment_references_secrets_and_config_maps_from_every_container() {
        // GIVEN an init container reading a Secret key and a container reading a ConfigMap key and whole sources
        PodSpec spec = new PodSpecBuilder()
                .addNewInitContainer().withName("migrate").withImage("flyway:10")
                .addNewEnv().withName("PASSWORD").withNewValueFrom().withNewSecretKeyRef().withName("db")
                .withKey("password").endSecretKeyRef().endValueFrom().endEnv()
                .endInitContainer()
                .addNewContainer().withName("app").withImage("web:1")
                .addNewEnv().withName("PLAIN").withValue("x").endEnv()
                .addNewEnv().withName("MODE").withNewValueFrom().withNewConfigMapKeyRef().withName("settings")
                .withKey("mode").endConfigMapKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("POD").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.name")
                .endFieldRef().endValueFrom().endEnv()
                .addNewEnvFrom().withNewConfigMapRef().withName("env-cfg").endConfigMapRef().endEnvFrom()
                .addNewEnvFrom().withPrefix("S_").withNewSecretRef().withName("env-secret").endSecretRef()
                .endEnvFrom()
                .endContainer()
                .build();
        Deployment web = deploymentWith("shop", "web", spec);
        Manifest manifest = Manifest.of(web, secret("shop", "db"), configMap("shop", "env-cfg"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(web)).extracting(Reference::fieldPath, r -> r.to().toString(),
                Reference::isResolved).containsExactly(
                        tuple(
                                "spec.template.spec.initContainers[0].env[0].valueFrom.secretKeyRef.name",
                                "Secret shop/db", true),
                        tuple(
                                "spec.template.spec.containers[0].env[1].valueFrom.configMapKeyRef.name",
                                "ConfigMap shop/settings", false),
                        tuple(
                                "spec.template.spec.containers[0].envFrom[0].configMapRef.name",
                                "ConfigMap shop/env-cfg", true),
                        tuple(
                                "spec.template.spec.containers[0].envFrom[1].secretRef.name",
                                "Secret shop/env-secret", false));
    }

    @Test
    void image_pull_secrets_reference_secrets() {
        // GIVEN
        PodSpec spec = new PodSpecBuilder().addNewImagePullSecret("regcred").addNewImagePullSecret("backup")
                .build();
        Deployment web = deploymentWith("shop", "web", spec);
        Manifest manifest = Manifest.of(web, secret("shop", "regcred"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(web)).extracting(Reference::fieldPath, Reference::isResolved).containsExactly(
                tuple("spec.template.spec.imagePullSecrets[0]", true),
                tuple("spec.template.spec.imagePullSecrets[1]", false));
    }

    @Test
    void a_bare_pod_and_a_cronjob_name_their_references_at_their_own_pod_spec_path() {
        // GIVEN a Pod and a CronJob, both mounting ConfigMap cfg, both in the default namespace
        PodSpec spec = new PodSpecBuilder().addNewVolume().withName("cfg").withNewConfigMap().withName("cfg")
                .endConfigMap().endVolume().build();
        Pod pod = new PodBuilder().withNewMetadata().withName("debug").endMetadata().withSpec(spec).build();
        CronJob cron = new CronJobBuilder().withNewMetadata().withName("backup").endMetadata().withNewSpec()
                .withSchedule("0 3 * * *").withNewJobTemplate().withNewSpec().withNewTemplate()
                .withSpec(new PodSpecBuilder(spec).build()).endTemplate().endSpec().endJobTemplate().endSpec()
                .build();
        var cfg = configMap(null, "cfg");
        Manifest manifest = Manifest.of(pod, cron, cfg);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(paths(references, pod)).containsExactly("spec.volumes[0].configMap.name");
        assertThat(paths(references, cron)).containsExactly(
                "spec.jobTemplate.spec.template.spec.volumes[0].configMap.name");
        assertThat(references.all()).allSatisfy(r -> assertThat(r.target()).isSameAs(cfg));
    }

    @Test
    void references_from_a_workload_stay_in_its_namespace() {
        // GIVEN a Deployment in shop mounting claim data, which exists only in blog
        PodSpec spec = new PodSpecBuilder().addNewVolume().withName("data").withNewPersistentVolumeClaim()
                .withClaimName("data").endPersistentVolumeClaim().endVolume().build();
        Deployment web = deploymentWith("shop", "web", spec);
        Manifest manifest = Manifest.of(web, claim("blog", "data", null, null));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(web)).singleElement().satisfies(r -> {
            assertThat(r.to()).isEqualTo(ObjectRef.of("PersistentVolumeClaim", "shop", "data"));
            assertThat(r.isResolved()).isFalse();
        });
        assertThat(references.claims(manifest.workloads().get(0))).isEmpty();
    }

    @Test
    void a_claim_references_its_volume_and_its_storage_class() {
        // GIVEN a claim in shop binding PersistentVolume pv-1 of class fast
        PersistentVolumeClaim data = claim("shop", "data", "pv-1", "fast");
        PersistentVolume volume = persistentVolume("pv-1");
        StorageClass fast = storageClass("fast");
        Manifest manifest = Manifest.of(data, volume, fast);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.volume(data)).containsSame(volume);
        assertThat(references.storageClass(data)).containsSame(fast);
        assertThat(references.from(data)).extracting(Reference::fieldPath, Reference::to).containsExactly(
                tuple("spec.volumeName", ObjectRef.of("PersistentVolume", "", "pv-1")),
                tuple("spec.storageClassName", ObjectRef.of("StorageClass", "", "fast")));
    }

    @Test
    void an_empty_storage_class_name_means_no_class_and_is_no_reference() {
        // GIVEN a claim with storageClassName "" (static provisioning) and one with none (the default class)
        PersistentVolumeClaim explicitNone = claim("shop", "a", null, "");
        PersistentVolumeClaim unset = claim("shop", "b", null, null);
        Manifest manifest = Manifest.of(explicitNone, unset, storageClass(""));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(explicitNone)).isEmpty();
        assertThat(references.from(unset)).isEmpty();
        assertThat(references.storageClass(explicitNone)).isEmpty();
        assertThat(references.volume(unset)).isEmpty();
    }

    @Test
    void a_missing_volume_or_class_is_an_unresolved_reference() {
        // GIVEN
        PersistentVolumeClaim data = claim("shop", "data", "pv-9", "slow");
        Manifest manifest = Manifest.of(data);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(data)).hasSize(2).noneMatch(Reference::isResolved);
        assertThat(references.volume(data)).isEmpty();
        assertThat(references.storageClass(data)).isEmpty();
    }

    @Test
    void a_volume_references_its_storage_class_and_the_claim_it_is_reserved_for() {
        // GIVEN a PersistentVolume of class fast reserved for shop/data, and one reserved for a claim without namespace
        PersistentVolume reserved = new PersistentVolumeBuilder().withNewMetadata().withName("pv-1").endMetadata()
                .withNewSpec().withStorageClassName("fast").withNewClaimRef().withName("data").withNamespace("shop")
                .endClaimRef().endSpec().build();
        PersistentVolume noNamespace = new PersistentVolumeBuilder().withNewMetadata().withName("pv-2")
                .endMetadata().withNewSpec().withNewClaimRef().withName("data").endClaimRef().endSpec().build();
        PersistentVolume emptyNamespace = new PersistentVolumeBuilder().withNewMetadata().withName("pv-3")
                .endMetadata().withNewSpec().withStorageClassName("").withNewClaimRef().withName("data")
                .withNamespace("").endClaimRef().endSpec().build();
        PersistentVolumeClaim data = claim("shop", "data", "pv-1", "fast");
        PersistentVolumeClaim defaultData = claim(null, "data", null, null);
        StorageClass fast = storageClass("fast");
        Manifest manifest = Manifest.of(reserved, noNamespace, emptyNamespace, data, defaultData, fast);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(reserved)).extracting(Reference::fieldPath, Reference::target).containsExactly(
                tuple("spec.storageClassName", fast),
                tuple("spec.claimRef", data));
        assertThat(references.from(noNamespace)).extracting(Reference::to, Reference::target).containsExactly(
                tuple(ObjectRef.of("PersistentVolumeClaim", "default", "data"),
                        defaultData));
        assertThat(references.from(emptyNamespace)).extracting(Reference::to)
                .containsExactly(ObjectRef.of("PersistentVolumeClaim", "default", "data"));
    }

    @Test
    void a_statefulset_claim_template_references_its_storage_class() {
        // GIVEN a StatefulSet with two claim templates, one of class fast and one of class ""
        StatefulSet db = new StatefulSetBuilder(statefulSet("shop", "db", null, DB)).editSpec()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata().withNewSpec()
                .withStorageClassName("fast").endSpec().endVolumeClaimTemplate()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("logs").endMetadata().withNewSpec()
                .withStorageClassName("").endSpec().endVolumeClaimTemplate()
                .endSpec().build();
        StorageClass fast = storageClass("fast");
        Manifest manifest = Manifest.of(db, fast);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(db)).singleElement().satisfies(r -> {
            assertThat(r.fieldPath()).isEqualTo("spec.volumeClaimTemplates[0].spec.storageClassName");
            assertThat(r.target()).isSameAs(fast);
        });
    }

    @Test
    void a_role_binding_references_a_role_of_its_own_namespace() {
        // GIVEN RoleBinding shop/read naming Role reader, which exists in shop and in blog
        RoleBinding binding = roleBinding("shop", "read", "Role", "reader");
        Role reader = role("shop", "reader");
        Manifest manifest = Manifest.of(role("blog", "reader"), binding, reader);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.role(binding)).containsSame(reader);
        assertThat(references.from(binding)).singleElement().extracting(Reference::fieldPath, Reference::to)
                .containsExactly("roleRef", ObjectRef.of("Role", "shop", "reader"));
    }

    @Test
    void a_role_binding_may_reference_a_cluster_role() {
        // GIVEN
        RoleBinding binding = roleBinding("shop", "view", "ClusterRole", "view");
        ClusterRole view = clusterRole("view");
        Manifest manifest = Manifest.of(binding, view, role("shop", "view"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.role(binding)).containsSame(view);
    }

    @Test
    void a_role_binding_to_a_role_elsewhere_is_unresolved() {
        // GIVEN RoleBinding shop/read naming Role reader, which exists only in blog
        RoleBinding binding = roleBinding("shop", "read", "Role", "reader");
        Manifest manifest = Manifest.of(binding, role("blog", "reader"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.role(binding)).isEmpty();
        assertThat(references.from(binding)).singleElement().matches(r -> !r.isResolved());
    }

    @Test
    void a_cluster_role_binding_references_a_cluster_role() {
        // GIVEN
        ClusterRoleBinding binding = new ClusterRoleBindingBuilder().withNewMetadata().withName("admins")
                .endMetadata().withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
                .withName("admin").endRoleRef().build();
        ClusterRole admin = clusterRole("admin");
        Manifest manifest = Manifest.of(binding, admin);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.role(binding)).containsSame(admin);
        assertThat(references.from(binding)).extracting(Reference::to)
                .containsExactly(ObjectRef.of("ClusterRole", "", "admin"));
    }

    @Test
    void binding_subjects_reference_service_accounts_in_their_namespace_or_the_bindings() {
        // GIVEN a RoleBinding in shop with a ServiceAccount subject in blog, one without namespace, a user and a group
        RoleBinding binding = new RoleBindingBuilder(roleBinding("shop", "read", "Role", "reader"))
                .addNewSubject().withKind("ServiceAccount").withName("indexer").withNamespace("blog").endSubject()
                .addNewSubject().withKind("ServiceAccount").withName("web").endSubject()
                .addNewSubject().withKind("User").withName("jane").withApiGroup("rbac.authorization.k8s.io")
                .endSubject()
                .addNewSubject().withKind("Group").withName("devs").withApiGroup("rbac.authorization.k8s.io")
                .endSubject()
                .addNewSubject().withKind("ServiceAccount").withName("ghost").endSubject()
                .build();
        ServiceAccount indexer = serviceAccount("blog", "indexer");
        ServiceAccount web = serviceAccount("shop", "web");
        Manifest manifest = Manifest.of(binding, indexer, web, serviceAccount("shop", "indexer"));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountSubjects(binding)).containsExactly(indexer, web);
        assertThat(references.from(binding)).extracting(Reference::fieldPath, Reference::to).containsExactly(
                tuple("roleRef", ObjectRef.of("Role", "shop", "reader")),
                tuple("subjects[0]", ObjectRef.of("ServiceAccount", "blog", "indexer")),
                tuple("subjects[1]", ObjectRef.of("ServiceAccount", "shop", "web")),
                tuple("subjects[4]", ObjectRef.of("ServiceAccount", "shop", "ghost")));
    }

    @Test
    void a_cluster_role_binding_subject_names_its_service_account_namespace() {
        // GIVEN
        ClusterRoleBinding binding = new ClusterRoleBindingBuilder().withNewMetadata().withName("metrics")
                .endMetadata().withNewRoleRef().withKind("ClusterRole").withName("metrics").endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName("metrics").withNamespace("monitoring")
                .endSubject().build();
        ServiceAccount account = serviceAccount("monitoring", "metrics");
        Manifest manifest = Manifest.of(binding, account);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.serviceAccountSubjects(binding)).containsExactly(account);
        assertThat(references.role(binding)).isEmpty();
    }

    @Test
    void every_autoscaler_version_references_its_target_workload() {
        // GIVEN a Deployment and a StatefulSet, scaled by autoscalers of four API versions
        Deployment web = deployment("shop", "web", WEB);
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        var v1 = new io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("v1").withNamespace("shop").endMetadata().withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().withMaxReplicas(5).endSpec().build();
        var v2 = new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("v2").withNamespace("shop").endMetadata().withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("StatefulSet").withName("db")
                .endScaleTargetRef().withMaxReplicas(5).endSpec().build();
        var v2beta1 = new io.fabric8.kubernetes.api.model.autoscaling.v2beta1.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("v2beta1").withNamespace("shop").endMetadata().withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().withMaxReplicas(5).endSpec().build();
        var v2beta2 = new io.fabric8.kubernetes.api.model.autoscaling.v2beta2.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("v2beta2").withNamespace("shop").endMetadata().withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().withMaxReplicas(5).endSpec().build();
        Manifest manifest = Manifest.of(web, db, v1, v2, v2beta1, v2beta2);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.scaleTarget(v1)).map(Workload::owner).containsSame(web);
        assertThat(references.scaleTarget(v2)).map(Workload::owner).containsSame(db);
        assertThat(references.scaleTarget(v2beta1)).map(Workload::owner).containsSame(web);
        assertThat(references.scaleTarget(v2beta2)).map(Workload::owner).containsSame(web);
        assertThat(references.from(v2)).singleElement().extracting(Reference::fieldPath, Reference::to)
                .containsExactly("spec.scaleTargetRef", ObjectRef.of("StatefulSet", "shop", "db"));
    }

    @Test
    void an_autoscaler_whose_target_is_missing_or_in_another_namespace_has_no_target() {
        // GIVEN an autoscaler in shop naming Deployment web, which exists only in blog
        var hpa = new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("web").withNamespace("shop").endMetadata().withNewSpec()
                .withNewScaleTargetRef().withKind("Deployment").withName("web").endScaleTargetRef()
                .withMaxReplicas(5).endSpec().build();
        Manifest manifest = Manifest.of(hpa, deployment("blog", "web", WEB));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.scaleTarget(hpa)).isEmpty();
        assertThat(references.from(hpa)).singleElement().matches(r -> !r.isResolved());
        assertThat(references.scaleTarget(deployment("blog", "web", WEB))).isEmpty();
    }

    @Test
    void an_ingress_references_the_services_of_its_default_backend_and_rules() {
        // GIVEN an Ingress with a default backend and two paths
        Ingress ingress = new IngressBuilder().withNewMetadata().withName("shop").withNamespace("shop")
                .endMetadata().withNewSpec()
                .withNewDefaultBackend().withNewService().withName("fallback").withNewPort().withNumber(80)
                .endPort().endService().endDefaultBackend()
                .addNewRule().withHost("shop.example.com").withNewHttp()
                .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService()
                .withName("web").withNewPort().withNumber(80).endPort().endService().endBackend().endPath()
                .addNewPath().withPath("/static").withPathType("Prefix").withNewBackend()
                .withNewResource("k8s.example.com", "StorageBucket", "static").endBackend().endPath()
                .addNewPath().withPath("/api").withPathType("Prefix").withNewBackend().withNewService()
                .withName("api").withNewPort().withName("http").endPort().endService().endBackend().endPath()
                .endHttp().endRule()
                .addNewRule().withHost("empty.example.com").endRule()
                .endSpec().build();
        Service web = service("shop", "web", WEB);
        Service api = service("shop", "api", Map.of("app", "api"));
        Manifest manifest = Manifest.of(ingress, web, api, service("blog", "fallback", WEB));
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.from(ingress)).extracting(Reference::fieldPath, Reference::target).containsExactly(
                tuple("spec.defaultBackend.service.name", null),
                tuple("spec.rules[0].http.paths[0].backend.service.name", web),
                tuple("spec.rules[0].http.paths[2].backend.service.name", api));
    }

    @Test
    void all_lists_every_reference_in_object_order_resolved_or_not() {
        // GIVEN a StatefulSet whose Service is missing, then a claim whose class is present
        StatefulSet db = statefulSet("shop", "db", "db-headless", DB);
        PersistentVolumeClaim data = claim("shop", "data", null, "fast");
        Manifest manifest = Manifest.of(db, data, storageClass("fast"));
        // WHEN
        List<Reference> all = manifest.references().all();
        // THEN
        assertThat(all).extracting(Reference::from).containsExactly(ObjectRef.of(db), ObjectRef.of(data));
        assertThat(all).extracting(Reference::isResolved).containsExactly(false, true);
        assertThat(all).isUnmodifiable();
        assertThat(manifest.references().from(storageClass("fast"))).isEmpty();
    }

    @Test
    void services_select_workloads_and_workloads_know_their_services() {
        // GIVEN two Services selecting web, one selecting db, one without selector, one in another namespace
        Deployment web = deployment("shop", "web", Map.of("app", "web", "tier", "front"));
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        Service webSvc = service("shop", "web", Map.of("app", "web"));
        Service frontSvc = service("shop", "front", Map.of("tier", "front"));
        Service dbSvc = service("shop", "db", DB);
        Service external = service("shop", "external", null);
        Service otherNs = service("blog", "web", Map.of("app", "web"));
        Manifest manifest = Manifest.of(web, db, webSvc, frontSvc, dbSvc, external, otherNs);
        Workload webWorkload = manifest.workloadOf(web).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.servicesSelecting(webWorkload)).containsExactly(webSvc, frontSvc);
        assertThat(references.servicesSelecting(manifest.workloadOf(db).orElseThrow())).containsExactly(dbSvc);
        assertThat(references.selected(webSvc)).containsExactly(webWorkload);
        assertThat(references.selected(external)).isEmpty();
        assertThat(references.selected(otherNs)).isEmpty();
        assertThat(references.selected(web)).isEmpty();
    }

    @Test
    void disruption_budgets_of_both_policy_versions_are_found_for_the_workloads_they_select() {
        // GIVEN a policy/v1 budget and a policy/v1beta1 budget selecting db, and one selecting nothing
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        PodDisruptionBudget v1 = new PodDisruptionBudgetBuilder().withNewMetadata().withName("db")
                .withNamespace("shop").endMetadata().withNewSpec().withMinAvailable(new IntOrString(2))
                .withNewSelector().withMatchLabels(DB).endSelector().endSpec().build();
        var beta = new io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("db-old").withNamespace("shop").endMetadata().withNewSpec()
                .withMaxUnavailable(new IntOrString(1)).withNewSelector().addNewMatchExpression().withKey("app")
                .withOperator("In").withValues("db", "cache").endMatchExpression().endSelector().endSpec().build();
        PodDisruptionBudget none = new PodDisruptionBudgetBuilder().withNewMetadata().withName("none")
                .withNamespace("shop").endMetadata().withNewSpec().withMinAvailable(new IntOrString(1))
                .endSpec().build();
        Manifest manifest = Manifest.of(db, v1, beta, none, service("shop", "db", DB));
        Workload workload = manifest.workloadOf(db).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.disruptionBudgetsFor(workload)).containsExactly(v1, beta);
        assertThat(references.selected(v1)).containsExactly(workload);
        assertThat(references.selected(beta)).containsExactly(workload);
        assertThat(references.selected(none)).isEmpty();
    }

    @Test
    void network_policies_select_by_pod_selector_and_an_empty_one_selects_the_whole_namespace() {
        // GIVEN a policy for db, a default-deny policy ({}), and a default-deny in another namespace
        Deployment web = deployment("shop", "web", WEB);
        StatefulSet db = statefulSet("shop", "db", "db", DB);
        NetworkPolicy dbOnly = new NetworkPolicyBuilder().withNewMetadata().withName("db").withNamespace("shop")
                .endMetadata().withNewSpec().withNewPodSelector().withMatchLabels(DB).endPodSelector()
                .withPolicyTypes("Ingress").endSpec().build();
        NetworkPolicy denyAll = new NetworkPolicyBuilder().withNewMetadata().withName("deny").withNamespace("shop")
                .endMetadata().withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress")
                .endSpec().build();
        NetworkPolicy otherNs = new NetworkPolicyBuilder().withNewMetadata().withName("deny").withNamespace("blog")
                .endMetadata().withNewSpec().withNewPodSelector().endPodSelector().endSpec().build();
        Manifest manifest = Manifest.of(web, db, dbOnly, denyAll, otherNs);
        Workload webWorkload = manifest.workloadOf(web).orElseThrow();
        Workload dbWorkload = manifest.workloadOf(db).orElseThrow();
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.networkPoliciesFor(dbWorkload)).containsExactly(dbOnly, denyAll);
        assertThat(references.networkPoliciesFor(webWorkload)).containsExactly(denyAll);
        assertThat(references.selected(denyAll)).containsExactly(webWorkload, dbWorkload);
        assertThat(references.selected(otherNs)).isEmpty();
        assertThat(references.servicesSelecting(webWorkload)).isEmpty();
        assertThat(references.disruptionBudgetsFor(webWorkload)).isEmpty();
    }

    @Test
    void a_service_selects_bare_pods_too() {
        // GIVEN
        Pod debug = pod("shop", "debug", WEB);
        Service web = service("shop", "web", WEB);
        Manifest manifest = Manifest.of(debug, web);
        // WHEN
        References references = manifest.references();
        // THEN
        assertThat(references.selected(web)).extracting(Workload::owner).containsExactly(debug);
        assertThat(references.servicesSelecting(manifest.workloads().get(0))).containsExactly(web);
    }

    @Test
    void an_object_outside_the_manifest_makes_no_references() {
        // GIVEN
        Manifest manifest = Manifest.of(statefulSet("shop", "db", "db", DB));
        StatefulSet stranger = statefulSet("shop", "db", "db", DB);
        // WHEN / THEN
        assertThat(manifest.references().from(stranger)).isEmpty();
        assertThat(manifest.references().from(manifest.objects().get(0))).hasSize(1);
    }
}
