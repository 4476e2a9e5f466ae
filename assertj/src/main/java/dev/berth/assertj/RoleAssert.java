package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Assertions on what a Role or ClusterRole allows. A resource is written {@code secrets} (any API group) or
 * {@code deployments.apps} (that group); a rule limited by {@code resourceNames} does not count as allowing the verb
 * on every object.
 *
 * <pre>{@code
 * assertThat(manifest).role("operator").allows("watch", "pods").doesNotAllow("get", "secrets");
 * }</pre>
 */
public class RoleAssert extends AbstractBerthAssert<RoleAssert, HasMetadata> {

    /**
     * Use {@link ManifestAssert#role(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the Role or ClusterRole
     */
    public RoleAssert(HasMetadata actual) {
        super(actual, RoleAssert.class);
    }

    /**
     * Checks that a rule allows the verb on the resource.
     *
     * <pre>{@code
     * assertThat(manifest).role("operator").allows("watch", "pods");   // passes
     * assertThat(manifest).role("operator").allows("delete", "pods");  // fails:
     * // Expecting Role shop/operator at rules to allow delete pods, but found get, list, watch pods
     * }</pre>
     *
     * @param verb the verb
     * @param resource the resource
     * @return this assertion
     */
    public RoleAssert allows(String verb, String resource) {
        if (!skipped() && Rbac.allowing(Rbac.rules(actual), verb, resource) < 0) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "rules", "allow " + verb + " " + resource,
                    Rbac.describe(Rbac.rules(actual))));
        }
        return myself;
    }

    /**
     * Checks that no rule allows the verb on the resource.
     *
     * <pre>{@code
     * assertThat(manifest).role("operator").doesNotAllow("get", "secrets"); // passes
     * assertThat(manifest).role("operator").doesNotAllow("list", "pods");   // fails:
     * // Expecting Role shop/operator at rules[0] not to allow list pods, but found get, list, watch pods
     * }</pre>
     *
     * @param verb the verb
     * @param resource the resource
     * @return this assertion
     */
    public RoleAssert doesNotAllow(String verb, String resource) {
        if (skipped()) {
            return myself;
        }
        int rule = Rbac.allowing(Rbac.rules(actual), verb, resource);
        if (rule >= 0) {
            failWith(IdentityMessages.roleShouldNotAllow(ObjectRef.of(actual), rule, verb, resource,
                    Rbac.describe(Rbac.rules(actual).subList(rule, rule + 1))));
        }
        return myself;
    }
}
