package dev.berth.validation.rules.workload;

import dev.berth.core.state.ImageReference;
import dev.berth.core.values.Images;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container may start a cached image without {@code imagePullPolicy: Always} (Polaris {@code pullPolicyNotAlways},
 * Checkov {@code CKV_K8S_15}). In the strict set only, because it is not a general best practice: for a version-pinned
 * image {@code IfNotPresent} is correct and spares the registry. {@code Always} matters on shared clusters: the kubelet
 * then checks the pod's pull credentials against the registry on every start, so a pod cannot run a private image
 * another tenant's pod left in the node's cache.
 *
 * <p>Not reported: an unset policy on a {@code latest} or untagged image (Kubernetes defaults it to {@code Always}),
 * and any policy on an image pinned by digest (the cached copy is the image asked for). Reported: a written
 * {@code IfNotPresent} or {@code Never} on any other image, and an unset policy on a version tag, whose default is
 * {@code IfNotPresent}. An image that cannot be read is the schema rules' business.
 */
public final class ImagePullPolicy extends Rule {

    /** Creates the rule. */
    public ImagePullPolicy() {
        super(RuleInfo.id("image-pull-policy")
                .summary("A container does not always pull its image")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set imagePullPolicy: Always where pods of different tenants share nodes and images "
                        + "are private, or suppress the rule for pinned public images.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            String policy = at.container().getImagePullPolicy();
            ImageReference image = Images.parse(at.container().getImage()).value().orElse(null);
            if ("Always".equals(policy) || image == null || image.hasDigest()
                    || policy == null && !image.isPinned()) {
                continue;
            }
            String message = policy != null ? "sets imagePullPolicy " + policy
                    : "leaves imagePullPolicy unset, which is IfNotPresent for image " + at.container().getImage();
            context.report(at.workload().owner(), at.path() + ".imagePullPolicy", "container " + Containers.name(at)
                    + " " + message + ", so the kubelet may start a cached image without checking the pod's pull "
                    + "credentials");
        }
    }
}
