package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Traversal helpers shared by the security rules: every container a standard judges, and pod-level facts. */
final class Pods {

    /** The kinds that run pods. */
    static final String[] KINDS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob"};

    /** The link every rule's rationale starts from. */
    static final String STANDARDS = "https://kubernetes.io/docs/concepts/security/pod-security-standards/";

    private Pods() {
    }

    /**
     * @param context the rule's context
     * @return every init, regular and ephemeral container of the workloads the rule applies to, in that order
     */
    static List<SecuredContainer> containers(RuleContext context) {
        List<SecuredContainer> all = new ArrayList<>();
        for (Workload workload : context.workloads()) {
            for (Workload.PodContainer c : workload.allContainers()) {
                all.add(SecuredContainer.of(workload, c.container(), c.path(), c.init()));
            }
            List<EphemeralContainer> ephemeral = workload.podSpec().map(PodSpec::getEphemeralContainers)
                    .orElse(List.of());
            for (int i = 0; i < ephemeral.size(); i++) {
                all.add(SecuredContainer.of(workload, ephemeral.get(i),
                        workload.podSpecPath() + ".ephemeralContainers[" + i + "]"));
            }
        }
        return all;
    }

    /**
     * The restricted standard exempts Windows pods from its Linux-only controls (seccomp, capabilities, privilege
     * escalation) since Kubernetes 1.25.
     *
     * @param workload a workload
     * @return true when its pods declare {@code spec.os.name: windows}
     */
    static boolean isWindows(Workload workload) {
        return workload.podSpec().map(PodSpec::getOs).map(os -> os.getName())
                .map(n -> n.toLowerCase(Locale.ROOT).equals("windows")).orElse(false);
    }
}
