package dev.berth.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one view over the pods of every workload kind. */
class WorkloadTest {

    private static final Map<String, String> LABELS = Map.of("app", "web");
    private static final LabelSelector SELECTOR = new LabelSelectorBuilder().withMatchLabels(LABELS).build();

    private static PodSpec podSpec() {
        return new PodSpecBuilder()
                .addNewInitContainer().withName("init").withImage("busybox:1.36").endInitContainer()
                .addNewContainer().withName("app").withImage("nginx:1.27").endContainer()
                .addNewContainer().withName("sidecar").withImage("envoy:1.30").endContainer()
                .build();
    }

    private static PodTemplateSpec template() {
        return new PodTemplateSpecBuilder()
                .withNewMetadata().withLabels(LABELS).addToAnnotations("team", "shop").endMetadata()
                .withSpec(podSpec())
                .build();
    }

    private static Deployment deployment() {
        return new DeploymentBuilder().withNewMetadata().withName("web").withNamespace("shop").endMetadata()
                .withNewSpec().withReplicas(3).withSelector(SELECTOR).withTemplate(template()).endSpec().build();
    }

    private static StatefulSet statefulSet() {
        return new StatefulSetBuilder().withNewMetadata().withName("db").withNamespace("shop").endMetadata()
                .withNewSpec().withServiceName("db").withReplicas(2).withSelector(SELECTOR)
                .withTemplate(template()).endSpec().build();
    }

    private static DaemonSet daemonSet() {
        return new DaemonSetBuilder().withNewMetadata().withName("agent").withNamespace("shop").endMetadata()
                .withNewSpec().withSelector(SELECTOR).withTemplate(template()).endSpec().build();
    }

    private static ReplicaSet replicaSet() {
        return new ReplicaSetBuilder().withNewMetadata().withName("web-1").withNamespace("shop").endMetadata()
                .withNewSpec().withReplicas(4).withSelector(SELECTOR).withTemplate(template()).endSpec().build();
    }

    private static ReplicationController replicationController(Map<String, String> selector) {
        return new ReplicationControllerBuilder().withNewMetadata().withName("rc").withNamespace("shop")
                .endMetadata().withNewSpec().withReplicas(1).withSelector(selector).withTemplate(template())
                .endSpec().build();
    }

    private static Job job() {
        return new JobBuilder().withNewMetadata().withName("migrate").withNamespace("shop").endMetadata()
                .withNewSpec().withTemplate(template()).endSpec().build();
    }

    private static CronJob cronJob() {
        return new CronJobBuilder().withNewMetadata().withName("backup").withNamespace("shop").endMetadata()
                .withNewSpec().withSchedule("0 3 * * *")
                .withNewJobTemplate().withNewSpec().withTemplate(template()).endSpec().endJobTemplate()
                .endSpec().build();
    }

    private static io.fabric8.kubernetes.api.model.batch.v1beta1.CronJob betaCronJob() {
        return new io.fabric8.kubernetes.api.model.batch.v1beta1.CronJobBuilder()
                .withNewMetadata().withName("old-backup").withNamespace("shop").endMetadata()
                .withNewSpec().withSchedule("0 4 * * *")
                .withNewJobTemplate().withNewSpec().withTemplate(template()).endSpec().endJobTemplate()
                .endSpec().build();
    }

    private static Pod pod() {
        return new PodBuilder().withNewMetadata().withName("debug").withNamespace("shop").withLabels(LABELS)
                .addToAnnotations("team", "shop").endMetadata().withSpec(podSpec()).build();
    }

    @Test
    void a_deployment_is_a_workload_with_its_template_selector_and_replicas() {
        // GIVEN
        Deployment deployment = deployment();
        // WHEN
        Workload workload = Workload.of(deployment).orElseThrow();
        // THEN
        assertThat(workload.owner()).isSameAs(deployment);
        assertThat(workload.ref()).isEqualTo(ObjectRef.of("Deployment", "shop", "web"));
        assertThat(workload.kind()).isEqualTo("Deployment");
        assertThat(workload.namespace()).isEqualTo("shop");
        assertThat(workload.name()).isEqualTo("web");
        assertThat(workload.isBarePod()).isFalse();
        assertThat(workload.templatePath()).isEqualTo("spec.template");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).hasValue(3);
        assertThat(workload.selector()).contains(SELECTOR);
        assertThat(workload.podLabels()).isEqualTo(LABELS);
        assertThat(workload.podAnnotations()).containsExactly(Map.entry("team", "shop"));
        assertThat(workload.template()).containsSame(deployment.getSpec().getTemplate());
        assertThat(workload.podSpec()).containsSame(deployment.getSpec().getTemplate().getSpec());
        assertThat(workload).hasToString("Deployment shop/web");
    }

    @Test
    void a_statefulset_is_a_workload_with_its_replicas() {
        // GIVEN / WHEN
        Workload workload = Workload.of(statefulSet()).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("StatefulSet");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).hasValue(2);
        assertThat(workload.selector()).contains(SELECTOR);
    }

    @Test
    void a_daemonset_is_a_workload_without_replicas() {
        // GIVEN / WHEN
        Workload workload = Workload.of(daemonSet()).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("DaemonSet");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).isEmpty();
        assertThat(workload.selector()).contains(SELECTOR);
    }

    @Test
    void a_replicaset_is_a_workload_with_its_replicas() {
        // GIVEN / WHEN
        Workload workload = Workload.of(replicaSet()).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("ReplicaSet");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).hasValue(4);
        assertThat(workload.selector()).contains(SELECTOR);
    }

    @Test
    void a_replication_controller_map_selector_reads_as_match_labels() {
        // GIVEN a ReplicationController selecting app=web
        ReplicationController rc = replicationController(Map.of("app", "web"));
        // WHEN
        Workload workload = Workload.of(rc).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("ReplicationController");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).hasValue(1);
        LabelSelector selector = workload.selector().orElseThrow();
        assertThat(selector.getMatchLabels()).isEqualTo(Map.of("app", "web"));
        assertThat(selector.getMatchExpressions()).isNullOrEmpty();
    }

    @Test
    void a_replication_controller_without_selector_selects_its_template_labels_as_the_api_server_defaults() {
        // GIVEN a ReplicationController that leaves its selector out
        ReplicationController rc = replicationController(null);
        // WHEN
        Workload workload = Workload.of(rc).orElseThrow();
        // THEN
        assertThat(workload.selector()).map(LabelSelector::getMatchLabels).contains(LABELS);
    }

    @Test
    void a_job_is_a_workload_without_replicas() {
        // GIVEN / WHEN
        Workload workload = Workload.of(job()).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("Job");
        assertThat(workload.templatePath()).isEqualTo("spec.template");
        assertThat(workload.podSpecPath()).isEqualTo("spec.template.spec");
        assertThat(workload.replicas()).isEmpty();
        assertThat(workload.podLabels()).isEqualTo(LABELS);
    }

    @Test
    void a_batch_v1_cronjob_has_its_pod_template_under_the_job_template() {
        // GIVEN
        CronJob cronJob = cronJob();
        // WHEN
        Workload workload = Workload.of(cronJob).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("CronJob");
        assertThat(workload.templatePath()).isEqualTo("spec.jobTemplate.spec.template");
        assertThat(workload.podSpecPath()).isEqualTo("spec.jobTemplate.spec.template.spec");
        assertThat(workload.template()).containsSame(cronJob.getSpec().getJobTemplate().getSpec().getTemplate());
        assertThat(workload.selector()).isEmpty();
        assertThat(workload.replicas()).isEmpty();
        assertThat(workload.podLabels()).isEqualTo(LABELS);
    }

    @Test
    void a_batch_v1beta1_cronjob_has_its_pod_template_under_the_job_template() {
        // GIVEN
        var cronJob = betaCronJob();
        // WHEN
        Workload workload = Workload.of(cronJob).orElseThrow();
        // THEN
        assertThat(workload.kind()).isEqualTo("CronJob");
        assertThat(workload.ref()).isEqualTo(ObjectRef.of("CronJob", "shop", "old-backup"));
        assertThat(workload.podSpecPath()).isEqualTo("spec.jobTemplate.spec.template.spec");
        assertThat(workload.template()).containsSame(cronJob.getSpec().getJobTemplate().getSpec().getTemplate());
        assertThat(workload.containers()).extracting("name").containsExactly("app", "sidecar");
    }

    @Test
    void a_cronjob_without_job_template_is_no_workload_and_one_with_an_empty_job_template_has_no_pod_spec() {
        // GIVEN
        CronJob noTemplate = new CronJobBuilder().withNewMetadata().withName("c").endMetadata()
                .withNewSpec().withSchedule("* * * * *").endSpec().build();
        CronJob emptyTemplate = new CronJobBuilder().withNewMetadata().withName("c").endMetadata()
                .withNewSpec().withSchedule("* * * * *").withNewJobTemplate().endJobTemplate().endSpec().build();
        // WHEN / THEN
        assertThat(Workload.of(noTemplate)).isEmpty();
        Workload empty = Workload.of(emptyTemplate).orElseThrow();
        assertThat(empty.template()).isEmpty();
        assertThat(empty.podSpec()).isEmpty();
        assertThat(empty.containers()).isEmpty();
        assertThat(empty.podLabels()).isEmpty();
    }

    @Test
    void a_bare_pod_is_its_own_template_with_its_spec_at_spec() {
        // GIVEN
        Pod pod = pod();
        // WHEN
        Workload workload = Workload.of(pod).orElseThrow();
        // THEN
        assertThat(workload.isBarePod()).isTrue();
        assertThat(workload.kind()).isEqualTo("Pod");
        assertThat(workload.templatePath()).isEmpty();
        assertThat(workload.podSpecPath()).isEqualTo("spec");
        assertThat(workload.podSpec()).containsSame(pod.getSpec());
        assertThat(workload.podLabels()).isEqualTo(LABELS);
        assertThat(workload.podAnnotations()).containsEntry("team", "shop");
        assertThat(workload.selector()).isEmpty();
        assertThat(workload.replicas()).isEmpty();
        assertThat(workload.allContainers()).extracting(Workload.PodContainer::path)
                .containsExactly("spec.initContainers[0]", "spec.containers[0]", "spec.containers[1]");
    }

    @Test
    void a_pod_without_metadata_or_spec_is_still_a_workload_with_nothing_in_it() {
        // GIVEN
        Pod pod = new Pod();
        pod.setMetadata(null);
        // WHEN
        Workload workload = Workload.of(pod).orElseThrow();
        // THEN
        assertThat(workload.name()).isEmpty();
        assertThat(workload.namespace()).isEqualTo("default");
        assertThat(workload.podSpec()).isEmpty();
        assertThat(workload.podLabels()).isEmpty();
        assertThat(workload.allContainers()).isEmpty();
    }

    @Test
    void a_workload_without_name_or_kind_has_empty_ones_like_its_reference() {
        // GIVEN a Pod with metadata but no name, and no kind
        Pod pod = new PodBuilder().withNewMetadata().withNamespace("shop").endMetadata().build();
        pod.setKind(null);
        // WHEN
        Workload workload = Workload.of(pod).orElseThrow();
        // THEN
        assertThat(workload.name()).isEqualTo(workload.ref().name()).isEmpty();
        assertThat(workload.kind()).isEqualTo(workload.ref().kind()).isEmpty();
    }

    @Test
    void all_containers_lists_init_containers_first_with_their_paths() {
        // GIVEN
        Workload workload = Workload.of(deployment()).orElseThrow();
        // WHEN
        List<Workload.PodContainer> all = workload.allContainers();
        // THEN
        assertThat(all).extracting(Workload.PodContainer::path).containsExactly(
                "spec.template.spec.initContainers[0]",
                "spec.template.spec.containers[0]",
                "spec.template.spec.containers[1]");
        assertThat(all).extracting(Workload.PodContainer::init).containsExactly(true, false, false);
        assertThat(all).extracting(c -> c.container().getName()).containsExactly("init", "app", "sidecar");
        assertThat(workload.containers()).extracting("name").containsExactly("app", "sidecar");
        assertThat(workload.initContainers()).extracting("name").containsExactly("init");
    }

    @Test
    void a_workload_without_template_has_empty_labels_containers_and_pod_spec() {
        // GIVEN a Deployment whose spec has no template
        Deployment deployment = new DeploymentBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withReplicas(1).endSpec().build();
        // WHEN
        Workload workload = Workload.of(deployment).orElseThrow();
        // THEN
        assertThat(workload.template()).isEmpty();
        assertThat(workload.podSpec()).isEmpty();
        assertThat(workload.podLabels()).isEmpty();
        assertThat(workload.podAnnotations()).isEmpty();
        assertThat(workload.containers()).isEmpty();
        assertThat(workload.initContainers()).isEmpty();
        assertThat(workload.selector()).isEmpty();
    }

    @Test
    void objects_that_run_no_pods_are_no_workloads() {
        // GIVEN a Service, a ConfigMap and a Deployment without spec
        HasMetadata service = new ServiceBuilder().withNewMetadata().withName("web").endMetadata().build();
        HasMetadata config = new ConfigMapBuilder().withNewMetadata().withName("web").endMetadata().build();
        HasMetadata noSpec = new DeploymentBuilder().withNewMetadata().withName("web").endMetadata().build();
        // WHEN / THEN
        assertThat(Workload.of(service)).isEmpty();
        assertThat(Workload.of(config)).isEmpty();
        assertThat(Workload.of(noSpec)).isEmpty();
    }

    @Test
    void the_labels_and_containers_a_workload_hands_out_are_read_only() {
        // GIVEN
        Workload workload = Workload.of(deployment()).orElseThrow();
        // WHEN / THEN
        assertThat(workload.podLabels()).isUnmodifiable();
        assertThat(workload.podAnnotations()).isUnmodifiable();
        assertThat(workload.containers()).isUnmodifiable();
    }

    @Test
    void a_manifest_lists_every_workload_kind_in_order_and_skips_other_objects() {
        // GIVEN one object of each workload kind, between non-workloads
        List<HasMetadata> objects = List.of(
                new ServiceBuilder().withNewMetadata().withName("web").withNamespace("shop").endMetadata().build(),
                deployment(), statefulSet(), daemonSet(), replicaSet(), replicationController(LABELS), job(),
                new ConfigMapBuilder().withNewMetadata().withName("c").withNamespace("shop").endMetadata().build(),
                cronJob(), betaCronJob(), pod());
        Manifest manifest = Manifest.of(objects);
        // WHEN
        List<Workload> workloads = manifest.workloads();
        // THEN
        assertThat(workloads).extracting(Workload::kind).containsExactly("Deployment", "StatefulSet", "DaemonSet",
                "ReplicaSet", "ReplicationController", "Job", "CronJob", "CronJob", "Pod");
        assertThat(workloads).extracting(Workload::podSpecPath).containsExactly(
                "spec.template.spec", "spec.template.spec", "spec.template.spec", "spec.template.spec",
                "spec.template.spec", "spec.template.spec", "spec.jobTemplate.spec.template.spec",
                "spec.jobTemplate.spec.template.spec", "spec");
        // AND each is found again from its owner
        for (Workload workload : workloads) {
            assertThat(manifest.workloadOf(workload.owner())).containsSame(workload);
        }
        assertThat(manifest.workloadOf(objects.get(0))).isEmpty();
    }
}
