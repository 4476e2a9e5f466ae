package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * An object uses an API version that Kubernetes has removed, so any current API server rejects it. The finding names
 * the replacement and the release that removed the old version, from the
 * <a href="https://kubernetes.io/docs/reference/using-api/deprecation-guide/">deprecation guide</a>. The reader keeps
 * the {@code apiVersion} as written, so this rule sees it even though the object is modelled with the current class.
 */
public final class RemovedApiVersion extends Rule {

    /** A replacement and the release that removed the old version. */
    private record Removal(String replacement, String release) {
    }

    /** By {@code apiVersion kind}, then by {@code apiVersion *} for versions removed with all their kinds. */
    private static final Map<String, Removal> REMOVED = Map.ofEntries(
            Map.entry("extensions/v1beta1 Deployment", new Removal("apps/v1", "1.16")),
            Map.entry("extensions/v1beta1 DaemonSet", new Removal("apps/v1", "1.16")),
            Map.entry("extensions/v1beta1 ReplicaSet", new Removal("apps/v1", "1.16")),
            Map.entry("extensions/v1beta1 NetworkPolicy", new Removal("networking.k8s.io/v1", "1.16")),
            Map.entry("extensions/v1beta1 PodSecurityPolicy", new Removal("Pod Security Admission", "1.16")),
            Map.entry("extensions/v1beta1 Ingress", new Removal("networking.k8s.io/v1", "1.22")),
            Map.entry("apps/v1beta1 *", new Removal("apps/v1", "1.16")),
            Map.entry("apps/v1beta2 *", new Removal("apps/v1", "1.16")),
            Map.entry("networking.k8s.io/v1beta1 *", new Removal("networking.k8s.io/v1", "1.22")),
            Map.entry("rbac.authorization.k8s.io/v1beta1 *", new Removal("rbac.authorization.k8s.io/v1", "1.22")),
            Map.entry("rbac.authorization.k8s.io/v1alpha1 *", new Removal("rbac.authorization.k8s.io/v1", "1.22")),
            Map.entry("storage.k8s.io/v1beta1 CSIStorageCapacity", new Removal("storage.k8s.io/v1", "1.27")),
            Map.entry("storage.k8s.io/v1beta1 *", new Removal("storage.k8s.io/v1", "1.22")),
            Map.entry("scheduling.k8s.io/v1beta1 *", new Removal("scheduling.k8s.io/v1", "1.22")),
            Map.entry("scheduling.k8s.io/v1alpha1 *", new Removal("scheduling.k8s.io/v1", "1.22")),
            Map.entry("apiextensions.k8s.io/v1beta1 *", new Removal("apiextensions.k8s.io/v1", "1.22")),
            Map.entry("admissionregistration.k8s.io/v1beta1 *",
                    new Removal("admissionregistration.k8s.io/v1", "1.22")),
            Map.entry("apiregistration.k8s.io/v1beta1 *", new Removal("apiregistration.k8s.io/v1", "1.22")),
            Map.entry("certificates.k8s.io/v1beta1 *", new Removal("certificates.k8s.io/v1", "1.22")),
            Map.entry("coordination.k8s.io/v1beta1 *", new Removal("coordination.k8s.io/v1", "1.22")),
            Map.entry("policy/v1beta1 PodSecurityPolicy", new Removal("Pod Security Admission", "1.25")),
            Map.entry("policy/v1beta1 *", new Removal("policy/v1", "1.25")),
            Map.entry("batch/v1beta1 *", new Removal("batch/v1", "1.25")),
            Map.entry("discovery.k8s.io/v1beta1 *", new Removal("discovery.k8s.io/v1", "1.25")),
            Map.entry("events.k8s.io/v1beta1 *", new Removal("events.k8s.io/v1", "1.25")),
            Map.entry("node.k8s.io/v1beta1 *", new Removal("node.k8s.io/v1", "1.25")),
            Map.entry("autoscaling/v2beta1 *", new Removal("autoscaling/v2", "1.25")),
            Map.entry("autoscaling/v2beta2 *", new Removal("autoscaling/v2", "1.26")),
            Map.entry("flowcontrol.apiserver.k8s.io/v1beta1 *", new Removal("flowcontrol.apiserver.k8s.io/v1",
                    "1.26")),
            Map.entry("flowcontrol.apiserver.k8s.io/v1beta2 *", new Removal("flowcontrol.apiserver.k8s.io/v1",
                    "1.29")));

    /** Creates the rule. */
    public RemovedApiVersion() {
        super(RuleInfo.id("removed-api-version")
                .summary("An object uses an API version that Kubernetes has removed")
                .severity(Severity.HIGH).category(Category.WORKLOAD)
                .remediation("Move the object to the replacement API version and adapt the fields it changed (apps/v1 "
                        + "requires spec.selector, networking.k8s.io/v1 Ingress backends use service.name and "
                        + "service.port).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            String apiVersion = object.getApiVersion();
            Removal removal = REMOVED.get(apiVersion + " " + object.getKind());
            if (removal == null) {
                removal = REMOVED.get(apiVersion + " *");
            }
            if (removal != null) {
                context.report(object, "apiVersion", "apiVersion " + apiVersion + " of " + object.getKind()
                        + " was removed in Kubernetes " + removal.release() + "; use " + removal.replacement());
            }
        }
    }
}
