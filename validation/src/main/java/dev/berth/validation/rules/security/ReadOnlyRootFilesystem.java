package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container can write to its root file system: an intruder can drop tools or change the application's files, and
 * writes vanish on restart anyway. Ephemeral debugging containers are left out; the pod's security context has no
 * such field.
 */
public final class ReadOnlyRootFilesystem extends Rule {

    /** Creates the rule. */
    public ReadOnlyRootFilesystem() {
        super(RuleInfo.id("read-only-root-filesystem")
                .summary("A container can write to its root file system")
                .severity(Severity.LOW).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the "
                        + "process must write.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            Boolean readOnly = c.context() == null ? null : c.context().getReadOnlyRootFilesystem();
            if (!Boolean.TRUE.equals(readOnly) && !c.role().equals("ephemeral container")) {
                context.report(c.workload().owner(), c.contextPath() + ".readOnlyRootFilesystem", c.describe()
                        + (readOnly == null ? " does not set readOnlyRootFilesystem: true"
                                : " sets readOnlyRootFilesystem: false"));
            }
        }
    }
}
