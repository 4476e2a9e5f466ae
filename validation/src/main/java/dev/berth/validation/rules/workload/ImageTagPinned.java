package dev.berth.validation.rules.workload;

import dev.berth.core.state.ImageReference;
import dev.berth.core.values.Images;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container image has no tag, or the tag {@code latest}: each node runs whatever the registry served when it
 * pulled, so replicas differ, a rollback restores nothing and a restart can upgrade silently. A digest pins the image
 * whatever the tag. Init containers are judged too. An image reference that does not parse is left to the schema
 * rules.
 */
public final class ImageTagPinned extends Rule {

    /** Creates the rule. */
    public ImageTagPinned() {
        super(RuleInfo.id("image-tag-pinned")
                .summary("A container image is not pinned to a version")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .remediation("Name a version tag (nginx:1.27.2) or, better, a digest (nginx@sha256:...).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            String image = at.container().getImage();
            ImageReference reference = parse(image);
            if (reference == null || reference.isPinned()) {
                continue;
            }
            String problem = reference.hasTag() ? "uses the tag latest" : "has no tag, which means latest";
            context.report(at.workload().owner(), at.path() + ".image", "container " + Containers.name(at) + " image "
                    + image + " " + problem + "; each node runs whatever version it pulled");
        }
    }

    private static ImageReference parse(String image) {
        return Images.parse(image).orElse(null);
    }
}
