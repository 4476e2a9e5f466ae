package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;

/**
 * A pod mounts a directory of its node (baseline Pod Security Standard forbids every hostPath volume): the pod reads or
 * writes the node's files, and its data stays on one node. {@code sensitive-host-mounts} singles out the paths that
 * hand over the node outright.
 */
public final class HostPath extends Rule {

    /** Creates the rule. */
    public HostPath() {
        super(RuleInfo.id("host-path")
                .summary("A pod mounts a hostPath volume")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Use a persistentVolumeClaim, emptyDir, configMap or secret volume instead of hostPath.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.VolumeAt v : context.volumes()) {
            HostPathVolumeSource hostPath = v.volume().getHostPath();
            if (hostPath != null) {
                context.report(v.workload().owner(), v.path() + ".hostPath", "volume " + v.volume().getName()
                        + " mounts the node's directory " + (hostPath.getPath() == null ? "(no path)"
                                : hostPath.getPath()) + " with hostPath");
            }
        }
    }
}
