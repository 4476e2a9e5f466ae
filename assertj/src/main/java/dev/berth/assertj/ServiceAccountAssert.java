package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.List;

/**
 * Assertions on a ServiceAccount: whether pods get its API token, and what the roles bound to it allow. Reached from
 * a workload ({@code deployment("api").serviceAccount()}), the token check takes the pod's own
 * {@code automountServiceAccountToken} into account, which wins over the ServiceAccount's.
 *
 * <pre>{@code
 * assertThat(shop).deployment("api").serviceAccount()
 *         .hasTokenAutomount(false)
 *         .isNotAllowedTo("list", "secrets");
 * }</pre>
 */
public class ServiceAccountAssert extends AbstractBerthAssert<ServiceAccountAssert, ServiceAccount> {

    /** The workload whose pods run as this account, when reached from one. */
    Workload workload;

    /**
     * Use {@link ManifestAssert#serviceAccount(String)} or {@link AbstractWorkloadAssert#serviceAccount()}; public for
     * AssertJ's soft-assertion proxies.
     *
     * @param actual the ServiceAccount
     */
    public ServiceAccountAssert(ServiceAccount actual) {
        super(actual, ServiceAccountAssert.class);
    }

    /**
     * Checks whether the API token is mounted into pods. The pod's {@code automountServiceAccountToken} wins when
     * reached from a workload and set there; else the ServiceAccount's; unset, Kubernetes mounts it (true).
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").serviceAccount().hasTokenAutomount(false); // passes: the DSL's default
     * assertThat(manifest).serviceAccount("api").hasTokenAutomount(false);          // fails:
     * // Expecting ServiceAccount shop/api at automountServiceAccountToken to be false, but found none (Kubernetes
     * // defaults to true)
     * }</pre>
     *
     * @param expected whether the token should be mounted
     * @return this assertion
     */
    public ServiceAccountAssert hasTokenAutomount(boolean expected) {
        if (skipped()) {
            return myself;
        }
        Boolean pod = workload == null ? null
                : workload.podSpec().map(PodSpec::getAutomountServiceAccountToken).orElse(null);
        if (pod != null) {
            if (pod != expected) {
                failWith(WorkloadMessages.expecting(workload.ref(),
                        workload.podSpecPath() + ".automountServiceAccountToken", "be " + expected, pod.toString()));
            }
            return myself;
        }
        Boolean own = actual.getAutomountServiceAccountToken();
        if ((own == null ? true : own) != expected) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "automountServiceAccountToken",
                    "be " + expected, own == null ? "none (Kubernetes defaults to true)" : own.toString()));
        }
        return myself;
    }

    /**
     * Checks that a Role or ClusterRole bound to the account (by a RoleBinding or ClusterRoleBinding of the manifest)
     * allows the verb on the resource.
     *
     * <pre>{@code
     * assertThat(manifest).serviceAccount("operator").isAllowedTo("watch", "pods"); // passes with a bound Role
     * assertThat(shop).serviceAccount("api").isAllowedTo("get", "secrets");         // fails:
     * // Expecting ServiceAccount shop/api to be allowed to get secrets, but found no RoleBinding or
     * // ClusterRoleBinding naming it
     * }</pre>
     *
     * @param verb the verb, such as {@code get}, {@code list}, {@code watch}, {@code create}
     * @param resource the resource, such as {@code secrets} (any API group) or {@code deployments.apps}
     * @return this assertion
     */
    public ServiceAccountAssert isAllowedTo(String verb, String resource) {
        if (skipped()) {
            return myself;
        }
        List<Rbac.Grant> grants = Rbac.grants(manifest, actual);
        if (grants.stream().noneMatch(g -> Rbac.allowing(Rbac.rules(g.role()), verb, resource) >= 0)) {
            String found = grants.isEmpty() ? "no RoleBinding or ClusterRoleBinding naming it"
                    : String.join("; ", grants.stream().map(g -> g + " allowing "
                            + Rbac.describe(Rbac.rules(g.role()))).toList());
            failWith(IdentityMessages.shouldBeAllowed(ObjectRef.of(actual), verb, resource, found));
        }
        return myself;
    }

    /**
     * Checks that no role bound to the account allows the verb on the resource.
     *
     * <pre>{@code
     * assertThat(shop).serviceAccount("api").isNotAllowedTo("get", "secrets");       // passes: nothing is bound
     * assertThat(manifest).serviceAccount("operator").isNotAllowedTo("get", "secrets"); // fails:
     * // Expecting ServiceAccount shop/operator not to be allowed to get secrets, but Role shop/operator (through
     * // RoleBinding shop/operator) allows it at rules[0]
     * }</pre>
     *
     * @param verb the verb
     * @param resource the resource, such as {@code secrets} or {@code deployments.apps}
     * @return this assertion
     */
    public ServiceAccountAssert isNotAllowedTo(String verb, String resource) {
        if (skipped()) {
            return myself;
        }
        for (Rbac.Grant grant : Rbac.grants(manifest, actual)) {
            int rule = Rbac.allowing(Rbac.rules(grant.role()), verb, resource);
            if (rule >= 0) {
                failWith(IdentityMessages.shouldNotBeAllowed(ObjectRef.of(actual), verb, resource,
                        grant + " allows it at rules[" + rule + "]"));
                break;
            }
        }
        return myself;
    }
}
