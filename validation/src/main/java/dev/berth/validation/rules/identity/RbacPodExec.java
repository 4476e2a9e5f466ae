package dev.berth.validation.rules.identity;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Access to {@code pods/exec} or {@code pods/attach} ({@code create}, or {@code get} for the older WebSocket
 * clients): whoever holds it runs commands in the pods, with their ServiceAccount tokens and mounted Secrets.
 *
 * <p>The finding goes where the grant takes effect: on each binding of the set that grants such a role (the role of
 * the set, or the default ClusterRoles {@code admin} and {@code edit}), and on the role itself when no binding of the
 * set names it. Bindings to {@code cluster-admin} are left to {@code rbac-cluster-admin-binding}; Kubernetes' own
 * roles and bindings ({@code system:} names) are not judged. When the set is declared {@code complete}, a binding to a
 * role the set does not hold is reported too, since nothing shows what it grants.
 */
public final class RbacPodExec extends Rule {

    /** Whether the set holds every role its bindings name. Default: false. */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every Role and ClusterRole its bindings name, so a binding to a missing role is reported");

    private static final Set<String> VERBS = Set.of("create", "get");
    private static final Set<String> DEFAULTS_WITH_EXEC = Set.of("admin", "edit");

    /** Creates the rule. */
    public RbacPodExec() {
        super(RuleInfo.id("rbac-pod-exec")
                .summary("An RBAC role or binding allows exec or attach into pods")
                .severity(Severity.HIGH).category(Category.IDENTITY)
                .kinds("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding")
                .remediation("Remove create and get on pods/exec and pods/attach from the role, or bind it only to "
                        + "the people who debug these pods, never to a workload's ServiceAccount.")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<HasMetadata, Boolean> bound = context.once("rbac-pod-exec:bound-roles", RbacPodExec::boundRoles);
        for (Rbac.BindingAt at : Rbac.bindings(context)) {
            if (Rbac.isDefaultBinding(at.binding())
                    || at.roleKind().equals("ClusterRole") && at.roleName().equals(Rbac.CLUSTER_ADMIN)) {
                continue;
            }
            String scope = at.binding() instanceof RoleBinding
                    ? " in namespace " + ObjectRef.of(at.binding()).namespace() : " in every namespace";
            String head = "grants " + at.roleLabel();
            String to = " to " + RbacClusterAdminBinding.subjects(at.binding()) + scope;
            if (at.role().isPresent()) {
                grantOf(at.role().get()).ifPresent(g -> context.report(at.binding(), "roleRef.name",
                        head + ", whose " + g + to));
            } else if (at.roleKind().equals("ClusterRole") && DEFAULTS_WITH_EXEC.contains(at.roleName())) {
                context.report(at.binding(), "roleRef.name", head + ", which allows [create] on pods/exec and "
                        + "pods/attach" + to);
            } else if (context.parameter(COMPLETE) && !at.roleName().startsWith("system:")
                    && !at.roleName().equals("view")) {
                context.report(at.binding(), "roleRef.name", head + ", which the set does not hold, so nothing "
                        + "shows it does not allow pods/exec or pods/attach" + to);
            }
        }
        for (Rbac.RuleAt at : Rbac.rules(context)) {
            if (!bound.containsKey(at.role()) && !Rbac.isDefaultRole(at.role())) {
                describe(at).ifPresent(g -> context.report(at.role(), at.path() + ".resources",
                        g + ", so whoever it is bound to can run commands in pods"));
            }
        }
    }

    /** @return every Role and ClusterRole of the set that some binding of the set names */
    private static Map<HasMetadata, Boolean> boundRoles(Manifest manifest) {
        Map<HasMetadata, Boolean> bound = new IdentityHashMap<>();
        for (RoleBinding binding : manifest.all(RoleBinding.class)) {
            manifest.references().role(binding).ifPresent(role -> bound.put(role, true));
        }
        for (ClusterRoleBinding binding : manifest.all(ClusterRoleBinding.class)) {
            manifest.references().role(binding).ifPresent(role -> bound.put(role, true));
        }
        return bound;
    }

    private static Optional<String> grantOf(HasMetadata role) {
        for (Rbac.RuleAt at : Rbac.rulesOf(role)) {
            Optional<String> described = describe(at);
            if (described.isPresent()) {
                return described;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describe(Rbac.RuleAt at) {
        List<String> verbs = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (String resource : List.of("pods/exec", "pods/attach")) {
            List<String> allowed = Rbac.allowedVerbs(at.rule(), "", resource, VERBS);
            if (!allowed.isEmpty()) {
                resources.add(resource);
                allowed.stream().filter(v -> !verbs.contains(v)).forEach(verbs::add);
            }
        }
        return resources.isEmpty() ? Optional.empty()
                : Optional.of(at.path() + " allows " + Rbac.flow(verbs) + " on " + String.join(" and ", resources));
    }
}
