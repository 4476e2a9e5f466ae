package dev.berth.validation.rules.identity;

import dev.berth.core.workload.Workload;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.Optional;

/** How a workload's pods get their ServiceAccount and its token, shared by the ServiceAccount rules. */
final class ServiceAccounts {

    private ServiceAccounts() {
    }

    /**
     * Where a token mount is decided: on the pod, on its ServiceAccount, or nowhere (Kubernetes then mounts it).
     *
     * @param mounted whether the pods get a token
     * @param podSetting the pod's {@code automountServiceAccountToken}, or null
     * @param accountSetting the ServiceAccount's, when the set holds it, or null
     */
    record Token(boolean mounted, Boolean podSetting, Boolean accountSetting) {
    }

    /**
     * The pod's setting overrides the ServiceAccount's; when neither says false, the token is mounted.
     *
     * @param context the rule's context
     * @param workload a workload
     * @return whether its pods get a token, and why
     */
    static Token token(RuleContext context, Workload workload) {
        Boolean pod = workload.podSpec().map(PodSpec::getAutomountServiceAccountToken).orElse(null);
        Optional<ServiceAccount> account = context.references().serviceAccount(workload);
        Boolean fromAccount = account.map(ServiceAccount::getAutomountServiceAccountToken).orElse(null);
        boolean mounted = pod != null ? pod : !Boolean.FALSE.equals(fromAccount);
        return new Token(mounted, pod, fromAccount);
    }

    /**
     * @param workload a workload
     * @return the path of the field that names its ServiceAccount: {@code serviceAccountName}, else the deprecated
     *         {@code serviceAccount} when only that is set, else where {@code serviceAccountName} belongs
     */
    static String namePath(Workload workload) {
        PodSpec spec = workload.podSpec().orElse(null);
        boolean onlyDeprecated = spec != null && isEmpty(spec.getServiceAccountName())
                && !isEmpty(spec.getServiceAccount());
        return workload.podSpecPath() + (onlyDeprecated ? ".serviceAccount" : ".serviceAccountName");
    }

    /**
     * @param value a string field
     * @return true when it is null or empty
     */
    static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
