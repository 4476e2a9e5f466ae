package dev.berth.validation.rules.identity;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * Pods name a ServiceAccount the set does not hold. Kubernetes refuses to create a pod whose account does not exist,
 * so a Deployment stays at zero pods until someone creates it. Only a set declared {@code complete} (the CLI's
 * {@code --complete}) is judged: otherwise the account may come from another chart or file. The {@code default}
 * account exists in every namespace and is never reported.
 */
public final class ServiceAccountMissing extends Rule {

    /** Whether the set holds every object its workloads need. Default: false (the rule reports nothing). */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every ServiceAccount its pods name, so a missing one is an error");

    /** Creates the rule. */
    public ServiceAccountMissing() {
        super(RuleInfo.id("service-account-missing")
                .summary("Pods name a ServiceAccount the set does not hold")
                .severity(Severity.HIGH).category(Category.IDENTITY)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Add the ServiceAccount to the set, or fix serviceAccountName.")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        if (!context.parameter(COMPLETE)) {
            return;
        }
        for (Workload workload : context.workloads()) {
            String account = context.references().serviceAccountName(workload);
            if (workload.podSpec().isEmpty() || account.equals("default")
                    || context.references().serviceAccount(workload).isPresent()) {
                continue;
            }
            String path = ServiceAccounts.namePath(workload);
            context.report(workload.owner(), path, path.substring(path.lastIndexOf('.') + 1) + " names "
                    + "ServiceAccount " + workload.namespace() + "/" + account + ", which the set does not hold; "
                    + "Kubernetes creates no pod until it exists");
        }
    }
}
