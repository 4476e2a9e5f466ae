package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * A container sets no {@code ephemeral-storage} limit. Logs, the writable layer and emptyDir volumes without a
 * {@code sizeLimit} fill the node's disk; when it runs short the kubelet evicts pods of the node, not only the one that
 * writes, and the scheduler, seeing no request, may place the pod on a node without room. A limit alone is enough:
 * Kubernetes takes the request to equal it when unset. Init containers that run to completion are exempt; sidecars are
 * not.
 *
 * <pre>{@code
 * resources: {limits: {ephemeral-storage: 2Gi}}   # no finding: the request defaults to 2Gi
 * resources: {requests: {ephemeral-storage: 1Gi}} # reported: the container may still fill the disk
 * }</pre>
 */
public final class EphemeralStorageLimit extends Rule {

    /** Creates the rule. */
    public EphemeralStorageLimit() {
        super(RuleInfo.id("ephemeral-storage-limit")
                .summary("A container sets no ephemeral-storage limit")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set resources.limits.ephemeral-storage (and a request, which defaults to the limit) "
                        + "to what the container writes to logs, its writable layer and emptyDir volumes.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            if (Containers.resource(at.container(), "limits", "ephemeral-storage") != null) {
                continue;
            }
            Quantity request = Containers.resource(at.container(), "requests", "ephemeral-storage");
            String sets = request == null ? " sets no ephemeral-storage request or limit"
                    : " sets an ephemeral-storage request of " + request + " but no limit";
            context.report(at.workload().owner(), at.path() + ".resources.limits.ephemeral-storage",
                    "container " + Containers.name(at) + sets + "; its logs, writable layer and emptyDir volumes "
                            + "can fill the node's disk, and the kubelet then evicts other pods too");
        }
    }
}
