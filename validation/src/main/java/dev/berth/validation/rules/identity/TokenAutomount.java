package dev.berth.validation.rules.identity;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Set;

/**
 * Pods get a ServiceAccount token mounted while nothing in the set suggests they call the Kubernetes API: no
 * RoleBinding or ClusterRoleBinding grants their ServiceAccount (or all ServiceAccounts of its namespace) a role. A
 * stolen token is a foothold for an attacker; a pod that does not use it should not carry it.
 *
 * <p>The token is mounted unless the pod or its ServiceAccount sets {@code automountServiceAccountToken: false}; the
 * pod's setting overrides the ServiceAccount's (Polaris {@code automountServiceAccountToken}). A ServiceAccount with a
 * binding uses the API, so its pods are no finding even when they override the account's {@code false}.
 */
public final class TokenAutomount extends Rule {

    /** Creates the rule. */
    public TokenAutomount() {
        super(RuleInfo.id("token-automount")
                .summary("Pods mount a ServiceAccount token although no role is bound to their account")
                .severity(Severity.LOW).category(Category.IDENTITY)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Set automountServiceAccountToken: false on the pod template (or on its ServiceAccount) "
                        + "unless the pods call the Kubernetes API.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Set<ObjectRef> bound = Rbac.boundServiceAccounts(context);
        for (Workload workload : context.workloads()) {
            ServiceAccounts.Token token = ServiceAccounts.token(context, workload);
            String account = context.references().serviceAccountName(workload);
            if (workload.podSpec().isEmpty() || !token.mounted()
                    || Rbac.isBound(bound, workload.namespace(), account)) {
                continue;
            }
            String named = "ServiceAccount " + workload.namespace() + "/" + account;
            String why;
            if (Boolean.TRUE.equals(token.podSetting()) && Boolean.FALSE.equals(token.accountSetting())) {
                why = "automountServiceAccountToken: true overrides the false of " + named;
            } else if (Boolean.TRUE.equals(token.podSetting())) {
                why = "automountServiceAccountToken: true mounts the token of " + named;
            } else {
                why = "the token of " + named + " is mounted: neither the pod nor the account sets "
                        + "automountServiceAccountToken: false";
            }
            context.report(workload.owner(), workload.podSpecPath() + ".automountServiceAccountToken", why
                    + ", yet no binding in the set grants that account a role");
        }
    }
}
