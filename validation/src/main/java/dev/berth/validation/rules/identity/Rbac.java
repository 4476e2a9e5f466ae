package dev.berth.validation.rules.identity;

import dev.berth.core.ObjectRef;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RBAC traversal the identity rules share: every policy rule of every Role and ClusterRole with its path, every
 * binding with the role it names, how Kubernetes matches a rule against a request, and the names Kubernetes and
 * managed platforms reserve for their own roles and bindings.
 */
final class Rbac {

    /** The ClusterRole that grants everything. */
    static final String CLUSTER_ADMIN = "cluster-admin";

    /** The default user-facing ClusterRoles every cluster has (admin and edit grant pods/exec). */
    private static final Set<String> DEFAULT_CLUSTER_ROLES = Set.of("admin", "edit", "view", CLUSTER_ADMIN);
    private static final String CALICO_PSP = "gce:podsecuritypolicy:calico-sa";

    private Rbac() {
    }

    /**
     * A policy rule of a Role or ClusterRole.
     *
     * @param role the Role or ClusterRole
     * @param rule the rule
     * @param path its path, such as {@code rules[0]}
     */
    record RuleAt(HasMetadata role, PolicyRule rule, String path) {
    }

    /**
     * A RoleBinding or ClusterRoleBinding with what its {@code roleRef} names.
     *
     * @param binding the binding
     * @param roleKind {@code Role} or {@code ClusterRole}
     * @param roleName the role's name
     * @param role the role, when the set holds it
     */
    record BindingAt(HasMetadata binding, String roleKind, String roleName, Optional<HasMetadata> role) {
        /** @return the role as a person would name it: {@code ClusterRole edit}, {@code Role shop/reader} */
        String roleLabel() {
            return role.map(r -> ObjectRef.of(r).toString()).orElseGet(() -> "Role".equals(roleKind)
                    ? "Role " + ObjectRef.namespaceOf(binding) + "/" + roleName : "ClusterRole " + roleName);
        }
    }

    /**
     * @param context the rule's context
     * @return every policy rule of every Role and ClusterRole, in object order
     */
    static List<RuleAt> rules(RuleContext context) {
        List<RuleAt> all = new ArrayList<>();
        for (Role role : context.all(Role.class)) {
            add(all, role, role.getRules());
        }
        for (ClusterRole role : context.all(ClusterRole.class)) {
            add(all, role, role.getRules());
        }
        return all;
    }

    /**
     * @param role a Role or ClusterRole
     * @return its policy rules with their paths
     */
    static List<RuleAt> rulesOf(HasMetadata role) {
        List<RuleAt> all = new ArrayList<>();
        if (role instanceof Role r) {
            add(all, r, r.getRules());
        } else if (role instanceof ClusterRole r) {
            add(all, r, r.getRules());
        }
        return all;
    }

    /**
     * @param context the rule's context
     * @return every RoleBinding and ClusterRoleBinding that names a role, with the role when the set holds it
     */
    static List<BindingAt> bindings(RuleContext context) {
        List<BindingAt> all = new ArrayList<>();
        for (RoleBinding binding : context.all(RoleBinding.class)) {
            RoleRef ref = binding.getRoleRef();
            if (ref != null && ref.getName() != null) {
                all.add(new BindingAt(binding, "Role".equals(ref.getKind()) ? "Role" : "ClusterRole", ref.getName(),
                        context.references().role(binding)));
            }
        }
        for (ClusterRoleBinding binding : context.all(ClusterRoleBinding.class)) {
            RoleRef ref = binding.getRoleRef();
            if (ref != null && ref.getName() != null) {
                all.add(new BindingAt(binding, "ClusterRole", ref.getName(), context.references().role(binding)));
            }
        }
        return all;
    }

    /**
     * @param context the rule's context
     * @return the ServiceAccounts (as {@code ServiceAccount namespace/name} references) that some binding of the set
     *         names as a subject, and {@code ServiceAccount namespace/*} for a binding to the group of every
     *         ServiceAccount of a namespace ({@code *}/{@code *} for all of them)
     */
    static Set<ObjectRef> boundServiceAccounts(RuleContext context) {
        return context.once("bound-service-accounts", manifest -> {
            Set<ObjectRef> bound = new HashSet<>();
            for (RoleBinding binding : manifest.all(RoleBinding.class)) {
                addSubjects(bound, binding, binding.getSubjects());
            }
            for (ClusterRoleBinding binding : manifest.all(ClusterRoleBinding.class)) {
                addSubjects(bound, binding, binding.getSubjects());
            }
            return Collections.unmodifiableSet(bound);
        });
    }

    /**
     * @param binding a RoleBinding or ClusterRoleBinding
     * @param subject one of its ServiceAccount subjects
     * @return the account's namespace: its own, else the binding's, else {@value ObjectRef#DEFAULT_NAMESPACE}
     */
    static String subjectNamespace(HasMetadata binding, Subject subject) {
        String own = ObjectRef.namespaceOf(binding);
        return subject.getNamespace() == null || subject.getNamespace().isEmpty()
                ? (own.isEmpty() ? ObjectRef.DEFAULT_NAMESPACE : own) : subject.getNamespace();
    }

    private static void addSubjects(Set<ObjectRef> bound, HasMetadata binding, List<Subject> subjects) {
        for (Subject subject : subjects == null ? List.<Subject>of() : subjects) {
            String name = subject.getName() == null ? "" : subject.getName();
            if ("ServiceAccount".equals(subject.getKind())) {
                bound.add(ObjectRef.of("ServiceAccount", subjectNamespace(binding, subject), name));
            } else if ("Group".equals(subject.getKind()) && name.equals("system:serviceaccounts")) {
                bound.add(ObjectRef.of("ServiceAccount", "*", "*"));
            } else if ("Group".equals(subject.getKind()) && name.startsWith("system:serviceaccounts:")) {
                bound.add(ObjectRef.of("ServiceAccount", name.substring("system:serviceaccounts:".length()), "*"));
            }
        }
    }

    /**
     * @param bound the result of {@link #boundServiceAccounts}
     * @param namespace a ServiceAccount's namespace
     * @param name its name
     * @return true when some binding grants that ServiceAccount a role
     */
    static boolean isBound(Set<ObjectRef> bound, String namespace, String name) {
        return bound.contains(ObjectRef.of("ServiceAccount", namespace, name))
                || bound.contains(ObjectRef.of("ServiceAccount", namespace, "*"))
                || bound.contains(ObjectRef.of("ServiceAccount", "*", "*"));
    }

    /**
     * Kubernetes' own roles ({@code system:} prefix), the default user-facing ClusterRoles ({@code admin}, {@code edit},
     * {@code view}, {@code cluster-admin}) and GKE's Calico role: a set that carries them restates the cluster's
     * defaults, and judging them would only repeat what every cluster has.
     *
     * @param role a Role or ClusterRole
     * @return true for a reserved name
     */
    static boolean isDefaultRole(HasMetadata role) {
        String name = ObjectRef.of(role).name();
        return name.startsWith("system:") || name.equals(CALICO_PSP)
                || role instanceof ClusterRole && DEFAULT_CLUSTER_ROLES.contains(name);
    }

    /**
     * Bindings Kubernetes and managed platforms create for their own components ({@code system:} prefix, GKE's
     * Calico binding). A binding with another name to a {@code system:} role is still judged.
     *
     * @param binding a RoleBinding or ClusterRoleBinding
     * @return true for a reserved name
     */
    static boolean isDefaultBinding(HasMetadata binding) {
        String name = ObjectRef.of(binding).name();
        return name.startsWith("system:") || name.equals(CALICO_PSP);
    }

    /**
     * Whether a policy rule allows a verb on a resource, as the Kubernetes authorizer matches it: {@code *} for any
     * API group, resource or verb, and {@code *}/subresource for a subresource of any resource.
     *
     * @param rule the policy rule
     * @param group the API group, empty for the core group
     * @param resource the resource, such as {@code pods/exec}
     * @param verbs the verbs of interest
     * @return the verbs of interest the rule allows (its own spelling, {@code *} included), in rule order
     */
    static List<String> allowedVerbs(PolicyRule rule, String group, String resource, Set<String> verbs) {
        if (!contains(rule.getApiGroups(), group) || !matchesResource(rule.getResources(), resource)) {
            return List.of();
        }
        List<String> allowed = new ArrayList<>();
        for (String verb : rule.getVerbs() == null ? List.<String>of() : rule.getVerbs()) {
            if ((verb.equals("*") || verbs.contains(verb)) && !allowed.contains(verb)) {
                allowed.add(verb);
            }
        }
        return allowed;
    }

    /**
     * @param rule a policy rule
     * @return true when it grants every verb (by {@code *} or by the seven standard verbs) on every resource of every
     *         API group: the same as {@code cluster-admin}
     */
    static boolean grantsEverything(PolicyRule rule) {
        if (!has(rule.getApiGroups(), "*") || !has(rule.getResources(), "*") || rule.getVerbs() == null) {
            return false;
        }
        return rule.getVerbs().contains("*") || rule.getVerbs().containsAll(
                List.of("get", "list", "watch", "create", "update", "patch", "delete"));
    }

    /**
     * @param values a list of the rule, or null
     * @param value a value
     * @return true when the list holds it
     */
    static boolean has(List<String> values, String value) {
        return values != null && values.contains(value);
    }

    /**
     * @param values strings
     * @return them as YAML would show a flow list: {@code [get, list]}
     */
    static String flow(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static boolean contains(List<String> groups, String group) {
        return groups != null && (groups.contains("*") || groups.contains(group));
    }

    private static boolean matchesResource(List<String> resources, String resource) {
        if (resources == null) {
            return false;
        }
        int slash = resource.indexOf('/');
        for (String candidate : resources) {
            if (candidate.equals("*") || candidate.equals(resource)
                    || slash > 0 && candidate.equals("*" + resource.substring(slash))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<RuleAt> all, HasMetadata role, List<PolicyRule> rules) {
        for (int i = 0; rules != null && i < rules.size(); i++) {
            all.add(new RuleAt(role, rules.get(i), "rules[" + i + "]"));
        }
    }
}
