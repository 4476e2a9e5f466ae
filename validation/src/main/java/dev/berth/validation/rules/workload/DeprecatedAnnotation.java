package dev.berth.validation.rules.workload;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object or a pod template carries an annotation that Kubernetes replaced with a field or a newer annotation: on
 * the object itself, on the pod template of a workload (or a pod template found by shape), or on a StatefulSet's claim
 * template. The finding names the replacement and the release that deprecated the annotation, and says when current
 * releases ignore it, so the setting silently does not apply. The table is {@link #TABLE}, from the Kubernetes
 * annotation reference and the deprecation notes of each release.
 *
 * <p>{@code volume.beta.kubernetes.io/storage-class} is not in the table: {@code storage-class-beta-annotation}
 * reports it, and says when it overrides {@code spec.storageClassName}. Removed API versions are
 * {@code removed-api-version}'s. Annotations that are current, though their prefix says alpha, are not reported
 * either, such as a Namespace's {@code scheduler.alpha.kubernetes.io/node-selector} (the PodNodeSelector admission
 * plugin reads it) and {@code scheduler.alpha.kubernetes.io/defaultTolerations}.
 *
 * <pre>{@code
 * new DeprecatedAnnotation().info().id(); // "deprecated-annotation"
 * }</pre>
 */
public final class DeprecatedAnnotation extends Rule {

    /**
     * One deprecated annotation.
     *
     * @param key the annotation key, or its prefix when it ends with '/' (the rest names a container)
     * @param replacement what to write instead
     * @param deprecated the Kubernetes release that deprecated it
     * @param effect what current releases do with it, such as "has no effect since 1.27", or empty
     */
    record Deprecated(String key, String replacement, String deprecated, String effect) {

        boolean prefix() {
            return key.endsWith("/");
        }
    }

    /** The deprecated annotations with a current replacement, by key. */
    static final Map<String, Deprecated> TABLE = table(List.of(
            new Deprecated("service.alpha.kubernetes.io/tolerate-unready-endpoints",
                    "spec.publishNotReadyAddresses: true", "1.11", "EndpointSlices ignore it"),
            new Deprecated("scheduler.alpha.kubernetes.io/critical-pod",
                    "spec.priorityClassName: system-cluster-critical (or system-node-critical)", "1.13",
                    "has no effect since 1.16"),
            new Deprecated("scheduler.alpha.kubernetes.io/tolerations", "spec.tolerations", "1.6", "has no effect"),
            new Deprecated("scheduler.alpha.kubernetes.io/affinity", "spec.affinity", "1.6", "has no effect"),
            new Deprecated("seccomp.security.alpha.kubernetes.io/pod", "spec.securityContext.seccompProfile", "1.19",
                    "has no effect since 1.27"),
            new Deprecated("container.seccomp.security.alpha.kubernetes.io/", "securityContext.seccompProfile",
                    "1.19", "has no effect since 1.27"),
            new Deprecated("container.apparmor.security.beta.kubernetes.io/", "securityContext.appArmorProfile",
                    "1.30", ""),
            new Deprecated("kubernetes.io/ingress.class", "spec.ingressClassName", "1.18", ""),
            new Deprecated("volume.beta.kubernetes.io/storage-provisioner",
                    "the annotation volume.kubernetes.io/storage-provisioner", "1.23", ""),
            new Deprecated("pod.beta.kubernetes.io/init-containers", "spec.initContainers", "1.6",
                    "has no effect since 1.8"),
            new Deprecated("pod.alpha.kubernetes.io/init-containers", "spec.initContainers", "1.6",
                    "has no effect since 1.8"),
            new Deprecated("security.alpha.kubernetes.io/sysctls", "spec.securityContext.sysctls", "1.11", ""),
            new Deprecated("security.alpha.kubernetes.io/unsafe-sysctls", "spec.securityContext.sysctls", "1.11", ""),
            new Deprecated("service.kubernetes.io/topology-aware-hints",
                    "the annotation service.kubernetes.io/topology-mode", "1.27", "")));

    /** Creates the rule. */
    public DeprecatedAnnotation() {
        super(RuleInfo.id("deprecated-annotation")
                .summary("An annotation Kubernetes replaced with a field or a newer annotation is used")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD)
                .remediation("Remove the annotation and set the replacement the message names, with the same "
                        + "value.")
                .podTemplatesByShape()
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            judge(context, object, "metadata.annotations", annotations(object));
            if (object instanceof StatefulSet s && s.getSpec() != null) {
                List<PersistentVolumeClaim> claims = s.getSpec().getVolumeClaimTemplates();
                for (int i = 0; claims != null && i < claims.size(); i++) {
                    judge(context, object, FieldPaths.item("spec.volumeClaimTemplates", i) + ".metadata.annotations",
                            annotations(claims.get(i)));
                }
            }
        }
        for (Workload w : context.workloads()) {
            if (!w.templatePath().isEmpty()) {
                judge(context, w.owner(), w.templatePath() + ".metadata.annotations", w.podAnnotations());
            }
        }
    }

    private static void judge(RuleContext context, HasMetadata owner, String at, Map<String, String> annotations) {
        for (String key : new TreeMap<>(annotations).keySet()) {
            Deprecated found = TABLE.get(key);
            String container = null;
            if (found == null && key.indexOf('/') > 0) {
                found = TABLE.get(key.substring(0, key.indexOf('/') + 1));
                container = key.substring(key.indexOf('/') + 1);
            }
            if (found != null && (found.prefix() == (container != null))) {
                String use = container == null ? found.replacement()
                        : found.replacement() + " of container " + container;
                context.report(owner, FieldPaths.field(at, key), "annotation " + key + " is deprecated since "
                        + "Kubernetes " + found.deprecated() + (found.effect().isEmpty() ? "" : " and "
                        + found.effect()) + "; use " + use);
            }
        }
    }

    private static Map<String, String> annotations(HasMetadata object) {
        return object.getMetadata() == null || object.getMetadata().getAnnotations() == null ? Map.of()
                : object.getMetadata().getAnnotations();
    }

    private static Map<String, Deprecated> table(List<Deprecated> rows) {
        Map<String, Deprecated> table = new TreeMap<>();
        rows.forEach(row -> table.put(row.key(), row));
        return Map.copyOf(table);
    }
}
