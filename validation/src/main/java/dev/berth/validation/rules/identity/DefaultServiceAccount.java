package dev.berth.validation.rules.identity;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * Pods run as their namespace's {@code default} ServiceAccount, named or by omission, with its token mounted. Every
 * pod of the namespace that names no account shares that identity, so a role granted to one of them is granted to
 * all, and audit logs cannot tell them apart. A pod that does not mount the token carries no API identity, and is no
 * finding: giving it an account of its own would add an object and no protection.
 */
public final class DefaultServiceAccount extends Rule {

    /** Creates the rule. */
    public DefaultServiceAccount() {
        super(RuleInfo.id("default-service-account")
                .summary("Pods use the namespace's default ServiceAccount with its token mounted")
                .severity(Severity.LOW).category(Category.IDENTITY)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Create a ServiceAccount for the workload and set serviceAccountName, or set "
                        + "automountServiceAccountToken: false when the pods do not call the API.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload workload : context.workloads()) {
            if (workload.podSpec().isEmpty()
                    || !context.references().serviceAccountName(workload).equals("default")
                    || !ServiceAccounts.token(context, workload).mounted()) {
                continue;
            }
            PodSpec spec = workload.podSpec().get();
            String how = ServiceAccounts.isEmpty(spec.getServiceAccountName())
                    && ServiceAccounts.isEmpty(spec.getServiceAccount())
                    ? "names no ServiceAccount, so its pods run as ServiceAccount " + workload.namespace() + "/default"
                    : "runs its pods as ServiceAccount " + workload.namespace() + "/default";
            context.report(workload.owner(), ServiceAccounts.namePath(workload), how
                    + " with its token mounted, an identity every such pod of the namespace shares");
        }
    }
}
