package dev.berth.core.shape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place that makes what users wrote walkable by every rule. */
class ShapesTest {

    private final ManifestReader reader = new ManifestReader();

    @Test
    void a_manifest_with_nothing_missing_is_handed_to_the_rules_as_it_is() {
        // GIVEN a well-formed Deployment
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "nginx:1.27.1"}]
                """);
        // WHEN it is shaped
        Shaped shaped = Shapes.of(manifest);
        // THEN the rules see the caller's own manifest, nothing copied
        assertThat(shaped.isClean()).isTrue();
        assertThat(shaped.judged()).isSameAs(manifest);
        assertThat(shaped.complete()).isSameAs(manifest);
    }

    @Test
    void a_null_list_item_is_kept_from_the_rules_and_later_items_keep_their_written_paths() {
        // GIVEN a container list with a bare item between two containers
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: web, image: "nginx:1.27.1"}
                      -
                      - {name: sidecar, image: "envoy:1.31.0", env: [{name: A}, null, {name: B}]}
                """, "web.yaml");
        // WHEN it is shaped
        Shaped shaped = Shapes.of(manifest);
        Deployment judged = (Deployment) shaped.judged().objects().get(0);
        // THEN the rules see two containers, each without nulls, and the caller's object is unchanged
        assertThat(judged.getSpec().getTemplate().getSpec().getContainers()).extracting("name")
                .containsExactly("web", "sidecar");
        assertThat(judged.getSpec().getTemplate().getSpec().getContainers().get(1).getEnv()).extracting("name")
                .containsExactly("A", "B");
        Deployment original = (Deployment) manifest.objects().get(0);
        assertThat(original.getSpec().getTemplate().getSpec().getContainers()).hasSize(3);
        // AND each null is a problem at the path the user wrote
        assertThat(shaped.problemsOf(judged)).extracting(ShapeProblem::path, ShapeProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("spec.template.spec.containers[1]", "spec.template.spec."
                        + "containers[1] is empty (null); remove the bare list item or fill it in"),
                org.assertj.core.groups.Tuple.tuple("spec.template.spec.containers[2].env[1]", "spec.template.spec."
                        + "containers[2].env[1] is empty (null); remove the bare list item or fill it in"));
        // AND a rule's path into the view maps back to the one written
        assertThat(shaped.writtenPath(judged, "spec.template.spec.containers[1].env[1].value"))
                .isEqualTo("spec.template.spec.containers[2].env[2].value");
        assertThat(shaped.writtenPath(judged, "spec.template.spec.containers[0].image"))
                .isEqualTo("spec.template.spec.containers[0].image");
        // AND the reader's sources follow the copy
        assertThat(shaped.judged().sourceOf(judged)).isEqualTo(manifest.sourceOf(original));
    }

    @Test
    void a_part_without_its_name_gets_the_zero_value_and_is_still_judged() {
        // GIVEN a container without a name, a mount without a path, a port without a number, a null label value
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {tier: null}}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - image: "nginx:1.27.1"
                        securityContext: {privileged: true}
                        ports: [{name: http}]
                        volumeMounts: [{name: data}]
                """);
        // WHEN it is shaped
        Shaped shaped = Shapes.of(manifest);
        Deployment judged = (Deployment) shaped.judged().objects().get(0);
        var container = judged.getSpec().getTemplate().getSpec().getContainers().get(0);
        // THEN the rules still see the privileged container, with Go's zero values where the user wrote nothing
        assertThat(container.getSecurityContext().getPrivileged()).isTrue();
        assertThat(container.getName()).isEmpty();
        assertThat(container.getPorts().get(0).getContainerPort()).isZero();
        assertThat(container.getVolumeMounts().get(0).getMountPath()).isEmpty();
        assertThat(judged.getMetadata().getLabels()).containsEntry("tier", "");
        // AND each missing field is a problem; an empty label value is what the API server stores, so it is none
        assertThat(shaped.problemsOf(judged)).extracting(ShapeProblem::message).containsExactly(
                "the container at spec.template.spec.containers[0] has no name",
                "spec.template.spec.containers[0].ports[0].containerPort is missing; the API server rejects a "
                        + "Deployment (apps/v1) without it",
                "spec.template.spec.containers[0].volumeMounts[0].mountPath is missing; the API server rejects a "
                        + "Deployment (apps/v1) without it");
    }

    @Test
    void an_object_without_a_name_or_a_role_is_kept_from_the_rules_but_not_from_the_schema_rules() {
        // GIVEN a Service whose metadata is misspelt, a binding without its role, a Job named by generateName
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: Service
                metdata: {name: web}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: read}
                subjects: [{kind: ServiceAccount, name: web}]
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: migrate, image: "migrate:1.0.0"}]
                """);
        // WHEN it is shaped
        Shaped shaped = Shapes.of(manifest);
        // THEN the rules see only the Job, named with the empty text; the schema rules see all three
        assertThat(shaped.judged().objects()).extracting(HasMetadata::getKind).containsExactly("Job");
        assertThat(shaped.judged().objects().get(0).getMetadata().getName()).isEmpty();
        assertThat(shaped.complete().objects()).extracting(HasMetadata::getKind)
                .containsExactly("Service", "RoleBinding", "Job");
        // AND the problems say why
        List<ShapeProblem> service = shaped.problemsOf(shaped.complete().objects().get(0));
        assertThat(service).extracting(ShapeProblem::path, ShapeProblem::message, ShapeProblem::excludesObject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.name",
                        "metadata.name is missing; every Service needs a name (or metadata.generateName)", true));
        assertThat(shaped.complete().objects().get(0)).isInstanceOf(Service.class);
        assertThat(shaped.problemsOf(shaped.complete().objects().get(1))).extracting(ShapeProblem::message)
                .containsExactly("roleRef is missing; the API server rejects a RoleBinding "
                        + "(rbac.authorization.k8s.io/v1) without it");
        assertThat(shaped.problemsOf(shaped.complete().objects().get(2))).isEmpty();
    }

    @Test
    void null_lists_and_maps_read_as_empty() {
        // GIVEN a Role whose rule has explicit nulls
        Manifest manifest = reader.readString("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: reader, annotations: null}
                rules:
                - {apiGroups: [""], resources: [pods, null], verbs: null}
                """);
        // WHEN it is shaped
        Role judged = (Role) Shapes.of(manifest).judged().objects().get(0);
        // THEN nothing a rule iterates is null
        assertThat(judged.getMetadata().getAnnotations()).isEmpty();
        assertThat(judged.getRules().get(0).getVerbs()).isEmpty();
        assertThat(judged.getRules().get(0).getResources()).containsExactly("pods");
    }
}
