package dev.berth.validation.rules.workload;

import dev.berth.core.state.ImageReference;
import dev.berth.core.values.Images;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container does not set {@code imagePullPolicy: Always} (Polaris {@code pullPolicyNotAlways}). In the strict set
 * only, because it is not a general best practice: for a version-pinned image, and above all a digest,
 * {@code IfNotPresent} is correct and spares the registry. {@code Always} matters on shared clusters: the kubelet then
 * checks the pod's pull credentials against the registry on every start, so a pod cannot run a private image another
 * tenant's pod left in the node's cache. Unset is reported too: its default depends on the tag ({@code Always} only
 * for {@code latest} or no tag), so pinning the tag later silently changes it.
 */
public final class ImagePullPolicy extends Rule {

    /** Creates the rule. */
    public ImagePullPolicy() {
        super(RuleInfo.id("image-pull-policy")
                .summary("A container does not always pull its image")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .remediation("Set imagePullPolicy: Always where pods of different tenants share nodes and images "
                        + "are private, or suppress the rule for pinned public images.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            String policy = at.container().getImagePullPolicy();
            if ("Always".equals(policy)) {
                continue;
            }
            String image = at.container().getImage();
            String message = policy != null ? "sets imagePullPolicy " + policy + ", so the kubelet may start a "
                    + "cached image without checking the pod's pull credentials"
                    : pinned(image) ? "leaves imagePullPolicy unset, which is IfNotPresent for image " + image
                            + ", so the kubelet may start a cached image without checking the pod's pull credentials"
                    : "leaves imagePullPolicy unset; it is Always only while image " + image + " has no version "
                            + "tag, and turns IfNotPresent as soon as one is pinned";
            context.report(at.workload().owner(), at.path() + ".imagePullPolicy", "container "
                    + Containers.name(at) + " "
                    + message);
        }
    }

    private static boolean pinned(String image) {
        return Images.parse(image).value().map(ImageReference::isPinned).orElse(false);
    }
}
