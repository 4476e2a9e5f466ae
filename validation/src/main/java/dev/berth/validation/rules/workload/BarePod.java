package dev.berth.validation.rules.workload;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A Pod that no controller manages (Polaris {@code nakedPod}): when its node fails, drains or evicts it, nothing
 * creates it again, and it cannot be rolled out or scaled. A Pod that names a controlling owner in
 * {@code metadata.ownerReferences} is managed and no finding.
 */
public final class BarePod extends Rule {

    /** Creates the rule. */
    public BarePod() {
        super(RuleInfo.id("bare-pod")
                .summary("A Pod is not managed by any controller")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Pod")
                .remediation("Run the pod from a Deployment or StatefulSet (or a Job for a task that completes).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            var owners = w.owner().getMetadata() == null ? null : w.owner().getMetadata().getOwnerReferences();
            if (w.isBarePod() && (owners == null || owners.stream().noneMatch(o -> Boolean.TRUE.equals(
                    o.getController())))) {
                context.report(w.owner(), "kind", "Pod is not managed by a controller; nothing recreates it when "
                        + "its node fails, drains or evicts it");
            }
        }
    }
}
