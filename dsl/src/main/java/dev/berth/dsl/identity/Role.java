package dev.berth.dsl.identity;

import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a component may do with the Kubernetes API, said with intent verbs. Immutable: each verb returns a copy.
 * Bind it to a component with {@code component.bind(role)}: the DSL adds the Role (or ClusterRole), a binding to
 * the component's ServiceAccount, and mounts the API token in its pods.
 *
 * <pre>{@code
 * Role leader = Role.named("leader-election").allowRead("configmaps").allowWrite("leases").onNames("api-leader");
 * api.bind(leader);
 * }</pre>
 *
 * Resources are plural names ({@code pods}); a resource outside the core group is written {@code group/resource}
 * ({@code apps/deployments}), except the well-known ones listed in {@link #groupOf(String)}. See
 * <a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/">Using RBAC Authorization</a>.
 *
 * @param name the Role's name
 * @param clusterWide true for a ClusterRole and ClusterRoleBinding
 * @param rules the rules
 */
public record Role(String name, boolean clusterWide, List<PolicyRule> rules) {

    private static final List<String> READ = List.of("get", "list", "watch");
    private static final List<String> WRITE = List.of("create", "update", "patch", "delete");
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("deployments", "apps"), Map.entry("statefulsets", "apps"), Map.entry("daemonsets", "apps"),
            Map.entry("replicasets", "apps"), Map.entry("jobs", "batch"), Map.entry("cronjobs", "batch"),
            Map.entry("leases", "coordination.k8s.io"), Map.entry("ingresses", "networking.k8s.io"),
            Map.entry("networkpolicies", "networking.k8s.io"), Map.entry("endpointslices", "discovery.k8s.io"));

    /**
     * Checks and copies.
     *
     * @param name the name
     * @param clusterWide whether cluster-wide
     * @param rules the rules
     */
    public Role {
        Objects.requireNonNull(name, "role name");
        rules = List.copyOf(rules);
    }

    /**
     * A namespaced Role with no rules.
     *
     * <pre>{@code
     * Role.named("reader").allowRead("configmaps");
     * }</pre>
     *
     * @param name the Role's name
     * @return the role
     */
    public static Role named(String name) {
        return new Role(name, false, List.of());
    }

    /**
     * A ClusterRole with no rules.
     *
     * <pre>{@code
     * Role.clusterWide("node-reader").allowRead("nodes");
     * }</pre>
     *
     * @param name the ClusterRole's name
     * @return the role
     */
    public static Role clusterWide(String name) {
        return new Role(name, true, List.of());
    }

    /**
     * A copy that may read ({@code get}, {@code list}, {@code watch}) these resources.
     *
     * @param resources plural resource names, such as {@code configmaps} or {@code apps/deployments}
     * @return the copy
     */
    public Role allowRead(String... resources) {
        return with(READ, resources);
    }

    /**
     * A copy that may write ({@code create}, {@code update}, {@code patch}, {@code delete}) these resources. Writing
     * does not include reading: add {@link #allowRead(String...)} too when needed.
     *
     * @param resources plural resource names
     * @return the copy
     */
    public Role allowWrite(String... resources) {
        return with(WRITE, resources);
    }

    /**
     * A copy whose last rule applies only to the objects with these names.
     *
     * @param names the objects' names
     * @return the copy
     * @throws IllegalArgumentException when there is no rule yet
     */
    public Role onNames(String... names) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("onNames(" + String.join(", ", names) + ") needs a rule before it, "
                    + "such as allowRead(\"configmaps\")");
        }
        List<PolicyRule> copy = new ArrayList<>(rules);
        PolicyRule last = copy.remove(copy.size() - 1);
        copy.add(new PolicyRuleBuilder(last).withResourceNames(names).build());
        return new Role(name, clusterWide, copy);
    }

    /**
     * The API group of a resource: the part before {@code /}, a well-known group ({@code deployments}: apps,
     * {@code jobs}: batch, {@code leases}: coordination.k8s.io, ...), or the core group.
     *
     * @param resource a resource
     * @return the group, {@code ""} for the core group
     */
    public static String groupOf(String resource) {
        int slash = resource.indexOf('/');
        return slash >= 0 ? resource.substring(0, slash) : GROUPS.getOrDefault(resource, "");
    }

    /**
     * Adds the Role and a binding to a component's ServiceAccount.
     *
     * @param assembly the application's assembly
     * @param serviceAccount the ServiceAccount's name
     * @param component the component's name, for labels and the binding's name
     */
    public void bindTo(Assembly assembly, String serviceAccount, String component) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("role " + name + " has no rules: add allowRead(...) or allowWrite(...)");
        }
        String binding = component + "-" + name;
        if (clusterWide) {
            assembly.add(new ClusterRoleBuilder().withNewMetadata().withName(name)
                    .withLabels(assembly.labels(component, null)).endMetadata().withRules(rules).build());
            assembly.add(new ClusterRoleBindingBuilder().withNewMetadata().withName(assembly.namespace() + "-" + binding)
                    .withLabels(assembly.labels(component, null)).endMetadata()
                    .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", name)
                    .addNewSubject().withKind("ServiceAccount").withName(serviceAccount)
                    .withNamespace(assembly.namespace()).endSubject().build());
        } else {
            assembly.add(new RoleBuilder().withMetadata(assembly.metadata(name, component).build()).withRules(rules)
                    .build());
            assembly.add(new RoleBindingBuilder().withMetadata(assembly.metadata(binding, component).build())
                    .withNewRoleRef("rbac.authorization.k8s.io", "Role", name)
                    .addNewSubject().withKind("ServiceAccount").withName(serviceAccount)
                    .withNamespace(assembly.namespace()).endSubject().build());
        }
    }

    private Role with(List<String> verbs, String... resources) {
        if (resources.length == 0) {
            throw new IllegalArgumentException("role " + name + ": name at least one resource");
        }
        List<PolicyRule> copy = new ArrayList<>(rules);
        Map<String, List<String>> byGroup = new java.util.TreeMap<>();
        for (String r : resources) {
            byGroup.computeIfAbsent(groupOf(r), g -> new ArrayList<>()).add(r.substring(r.indexOf('/') + 1));
        }
        byGroup.forEach((group, names) -> copy.add(new PolicyRuleBuilder().withApiGroups(group).withResources(names)
                .withVerbs(verbs).build()));
        return new Role(name, clusterWide, copy);
    }
}
