package dev.berth.validation.rules.identity;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Role or ClusterRole allows {@code create} (or {@code *}) on pods, or on a workload that makes pods: Deployments,
 * StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs. Whoever may create a pod in a
 * namespace may run it as any ServiceAccount of that namespace and mount any Secret, ConfigMap or claim there, so the
 * grant is worth as much as the strongest account and Secret of the namespace (Kubernetes' RBAC good practices,
 * "Workload creation"). {@code resourceNames} does not limit {@code create}, so it is not considered. Kubernetes' own
 * roles ({@code system:} names) and the default {@code admin}, {@code edit} and {@code cluster-admin} ClusterRoles are
 * not judged.
 *
 * <pre>{@code
 * rules: [{apiGroups: [apps], resources: [deployments], verbs: [create]}]   # reported
 * rules: [{apiGroups: [apps], resources: [deployments], verbs: [get, list]}] # no finding
 * }</pre>
 */
public final class RbacPodCreate extends Rule {

    private static final Set<String> CREATE = Set.of("create");

    /** The resources whose creation starts pods, as API group and resource. */
    private static final List<String[]> MAKE_PODS = List.of(new String[] {"", "pods"},
            new String[] {"apps", "deployments"}, new String[] {"apps", "statefulsets"},
            new String[] {"apps", "daemonsets"}, new String[] {"apps", "replicasets"},
            new String[] {"", "replicationcontrollers"}, new String[] {"batch", "jobs"},
            new String[] {"batch", "cronjobs"});

    /** Creates the rule. */
    public RbacPodCreate() {
        super(RuleInfo.id("rbac-pod-create")
                .summary("An RBAC rule lets its subjects create pods or workloads that make pods")
                .severity(Severity.MEDIUM).category(Category.IDENTITY).kinds("Role", "ClusterRole")
                .remediation("Remove create on pods and workloads from the role unless its subjects deploy "
                        + "applications (an operator, a CI deployer), and bind it only to them.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.RuleAt at : Rbac.rules(context)) {
            if (Rbac.isDefaultRole(at.role())) {
                continue;
            }
            List<String> verbs = new ArrayList<>();
            List<String> resources = new ArrayList<>();
            for (String[] resource : MAKE_PODS) {
                List<String> allowed = Rbac.allowedVerbs(at.rule(), resource[0], resource[1], CREATE);
                if (!allowed.isEmpty()) {
                    resources.add(resource[1]);
                    allowed.stream().filter(v -> !verbs.contains(v)).forEach(verbs::add);
                }
            }
            if (resources.isEmpty()) {
                continue;
            }
            String where = at.role() instanceof ClusterRole ? "of every namespace it is bound for"
                    : "of namespace " + ObjectRef.of(at.role()).namespace();
            context.report(at.role(), at.path() + ".resources", at.path() + " allows " + Rbac.flow(verbs) + " on "
                    + String.join(", ", resources) + ", so its subjects can start pods that run as any "
                    + "ServiceAccount and mount any Secret " + where);
        }
    }
}
