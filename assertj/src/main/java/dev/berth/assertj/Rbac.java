package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What RBAC grants, read from the manifest: the roles bound to a ServiceAccount and whether a role's rules allow a
 * verb on a resource. A resource is written {@code secrets} (any API group) or {@code deployments.apps} (that group);
 * a rule limited by {@code resourceNames} does not allow the verb on every object, so it does not count.
 */
final class Rbac {

    /**
     * A role bound to a subject.
     *
     * @param role the Role or ClusterRole
     * @param binding the RoleBinding or ClusterRoleBinding that binds it
     */
    record Grant(HasMetadata role, HasMetadata binding) {
        @Override
        public String toString() {
            return ObjectRef.of(role) + " (through " + ObjectRef.of(binding) + ")";
        }
    }

    private Rbac() {
    }

    static List<Grant> grants(Manifest manifest, ServiceAccount account) {
        List<Grant> grants = new ArrayList<>();
        for (RoleBinding binding : manifest.all(RoleBinding.class)) {
            if (manifest.references().serviceAccountSubjects(binding).contains(account)) {
                manifest.references().role(binding).ifPresent(role -> grants.add(new Grant(role, binding)));
            }
        }
        for (ClusterRoleBinding binding : manifest.all(ClusterRoleBinding.class)) {
            if (manifest.references().serviceAccountSubjects(binding).contains(account)) {
                manifest.references().role(binding).ifPresent(role -> grants.add(new Grant(role, binding)));
            }
        }
        return grants;
    }

    static List<PolicyRule> rules(HasMetadata role) {
        List<PolicyRule> rules = role instanceof Role r ? r.getRules()
                : role instanceof ClusterRole c ? c.getRules() : null;
        return rules == null ? List.of() : rules;
    }

    /** @return the index of the first rule that allows the verb on the resource, or -1 */
    static int allowing(List<PolicyRule> rules, String verb, String resource) {
        int dot = resource.indexOf('.');
        String name = dot < 0 ? resource : resource.substring(0, dot);
        String group = dot < 0 ? null : resource.substring(dot + 1);
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            if (holds(rule.getVerbs(), verb) && holds(rule.getResources(), name)
                    && (group == null || holds(rule.getApiGroups(), group))
                    && (rule.getResourceNames() == null || rule.getResourceNames().isEmpty())) {
                return i;
            }
        }
        return -1;
    }

    /** @return the rules as {@code get, list configmaps; watch pods} */
    static String describe(List<PolicyRule> rules) {
        if (rules.isEmpty()) {
            return "no rules";
        }
        List<String> parts = new ArrayList<>();
        for (PolicyRule rule : rules) {
            List<String> resources = Optional.ofNullable(rule.getResources()).orElse(List.of());
            List<String> names = Optional.ofNullable(rule.getResourceNames()).orElse(List.of());
            parts.add(String.join(", ", Optional.ofNullable(rule.getVerbs()).orElse(List.of())) + " "
                    + (resources.isEmpty() ? "non-resource URLs" : String.join(", ", resources))
                    + (names.isEmpty() ? "" : " named " + String.join(", ", names)));
        }
        return String.join("; ", parts);
    }

    private static boolean holds(List<String> values, String value) {
        return values != null && (values.contains(value) || values.contains("*"));
    }
}
