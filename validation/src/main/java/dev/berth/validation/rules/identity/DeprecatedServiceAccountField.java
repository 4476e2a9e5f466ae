package dev.berth.validation.rules.identity;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * Pods set the deprecated {@code serviceAccount} field, alone or besides {@code serviceAccountName}. When both are set
 * and differ, {@code serviceAccountName} wins and {@code serviceAccount} misleads the reader.
 */
public final class DeprecatedServiceAccountField extends Rule {

    /** Creates the rule. */
    public DeprecatedServiceAccountField() {
        super(RuleInfo.id("deprecated-service-account-field")
                .summary("Pods set the deprecated serviceAccount field")
                .severity(Severity.LOW).category(Category.IDENTITY)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Replace serviceAccount with serviceAccountName.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload workload : context.workloads()) {
            PodSpec spec = workload.podSpec().orElse(null);
            if (spec == null || ServiceAccounts.isEmpty(spec.getServiceAccount())) {
                continue;
            }
            String old = spec.getServiceAccount();
            String name = spec.getServiceAccountName();
            String message;
            if (ServiceAccounts.isEmpty(name)) {
                message = "serviceAccount: " + old + " is deprecated; write serviceAccountName: " + old;
            } else if (name.equals(old)) {
                message = "serviceAccount: " + old + " repeats serviceAccountName in a deprecated field";
            } else {
                message = "serviceAccount: " + old + " is deprecated and ignored: the pods run as serviceAccountName "
                        + name;
            }
            context.report(workload.owner(), workload.podSpecPath() + ".serviceAccount", message);
        }
    }
}
