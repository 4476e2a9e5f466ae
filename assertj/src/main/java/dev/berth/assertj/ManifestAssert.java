package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.function.Function;

/**
 * Assertions on a whole {@link Manifest}: rule sets it passes, findings it has, objects it contains, and the door to
 * typed assertions on its objects. Objects are found by kind and name; when several namespaces hold that name, name
 * the namespace too.
 *
 * <pre>{@code
 * assertThat(manifest).passes(RuleSets.recommended());        // passes when no rule finds anything
 * assertThat(manifest).statefulSet("db").hasHeadlessService(); // fails on a governing Service with a clusterIP
 * }</pre>
 */
public class ManifestAssert extends AbstractBerthAssert<ManifestAssert, Manifest> {

    private RuleSet rules = RuleSets.all();

    /**
     * Use {@link BerthAssertions#assertThat(Manifest)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the manifest
     */
    public ManifestAssert(Manifest actual) {
        super(actual, ManifestAssert.class);
        this.manifest = actual;
    }

    /**
     * Checks that the rule set finds nothing in the manifest; the failure is the validation report's text.
     *
     * <pre>{@code
     * assertThat(Manifest.of(deploymentRunningAsNonRoot)).passes(RuleSets.podSecurityRestricted()); // passes
     * assertThat(Manifest.of(deploymentRunningAsRoot)).passes(RuleSets.podSecurityRestricted());    // fails:
     * // Expecting the manifest to pass rule set 'pod-security-restricted', but it did not:
     * // (the report's text, one block per rule: Rule 'run-as-non-root' [...] was violated (1 time): ...)
     * }</pre>
     *
     * @param ruleSet the rules
     * @return this assertion
     */
    public ManifestAssert passes(RuleSet ruleSet) {
        isNotNull();
        Report report = Validator.of(ruleSet).evaluate(actual);
        if (!report.isEmpty()) {
            failWith(ManifestMessages.shouldPass(ruleSet.name(), report));
        }
        return myself;
    }

    /**
     * Chooses the rules that {@link #hasFindingOf(String)} and {@link #hasNoFindingOf(String)} run. Default: every
     * rule of the catalogue, {@link RuleSets#all()}; pass your own set to test a custom rule.
     *
     * <pre>{@code
     * assertThat(manifest).usingRules(RuleSets.all().with(new MyRule())).hasFindingOf("my-rule");
     * }</pre>
     *
     * @param ruleSet the rules to run
     * @return this assertion
     */
    public ManifestAssert usingRules(RuleSet ruleSet) {
        this.rules = ruleSet;
        return myself;
    }

    /**
     * Validates the manifest with a rule set and goes on to assertions on the report: counts by rule and severity,
     * none above a severity.
     *
     * <pre>{@code
     * assertThat(shop).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.LOW); // passes
     * assertThat(rootShop).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.LOW); // fails:
     * // Expecting no finding above LOW, but found 1 finding:
     * // Rule 'run-as-non-root' [MEDIUM] was violated (1 time): ...
     * }</pre>
     *
     * @param ruleSet the rules
     * @return assertions on the report
     */
    public ReportAssert validatedBy(RuleSet ruleSet) {
        isNotNull();
        return child(ReportAssert.class, Report.class, Validator.of(ruleSet).evaluate(actual), ReportAssert::new);
    }

    /**
     * Checks that a rule finds nothing; the failure lists its findings in the report's headline format.
     *
     * <pre>{@code
     * assertThat(zookeeper).hasNoFindingOf("statefulset-headless-service");    // passes: zk-hs is headless
     * assertThat(eksCatalog).hasNoFindingOf("statefulset-headless-service");   // fails:
     * // Expecting no finding of rule 'statefulset-headless-service', but:
     * // Rule 'statefulset-headless-service' [MEDIUM] was violated (1 time):
     * //   StatefulSet default/catalog-mysql: ...
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return this assertion
     */
    public ManifestAssert hasNoFindingOf(String ruleId) {
        List<Finding> findings = findingsOf(ruleId);
        if (!findings.isEmpty()) {
            failWith(ManifestMessages.shouldHaveNoFindingOf(ruleId, findings));
        }
        return myself;
    }

    /**
     * Checks that a rule finds something, and goes on to assertions on its findings, such as the object they are on.
     *
     * <pre>{@code
     * assertThat(eksCatalog).hasFindingOf("statefulset-headless-service")
     *         .on("StatefulSet", "default", "catalog-mysql");             // passes
     * assertThat(zookeeper).hasFindingOf("statefulset-headless-service"); // fails:
     * // Expecting a finding of rule 'statefulset-headless-service' (rule set 'all'), but it found nothing in 4 objects
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return assertions on the rule's findings
     */
    public FindingsAssert hasFindingOf(String ruleId) {
        isNotNull();
        if (!rules.contains(ruleId)) {
            return missing(ManifestMessages.ruleNotInRuleSet(ruleId, rules.name()), FindingsAssert.class,
                    Report.class, FindingsAssert::new);
        }
        Report report = evaluate(ruleId);
        List<Finding> findings = report.findingsOf(ruleId);
        if (findings.isEmpty()) {
            return missing(ManifestMessages.shouldHaveFindingOf(ruleId, rules.name(), actual.size()),
                    FindingsAssert.class, Report.class, FindingsAssert::new);
        }
        return child(FindingsAssert.class, Report.class, Reports.only(report, findings), FindingsAssert::new);
    }

    /**
     * Checks that the manifest holds an object of that kind and name, in any namespace.
     *
     * <pre>{@code
     * assertThat(zookeeper).containsObject("PodDisruptionBudget", "zk-pdb"); // passes
     * assertThat(zookeeper).containsObject("Service", "zk");                 // fails:
     * // Expecting the manifest to contain Service zk, but found Service default/zk-cs, default/zk-hs
     * }</pre>
     *
     * @param kind the kind, such as {@code Service}
     * @param name the name
     * @return this assertion
     */
    public ManifestAssert containsObject(String kind, String name) {
        if (named(actual.ofKind(kind), name).isEmpty()) {
            failWith(ManifestMessages.shouldContain(kind, null, name, refs(actual.ofKind(kind))));
        }
        return myself;
    }

    /**
     * Checks that the manifest holds an object of that kind, namespace and name.
     *
     * <pre>{@code
     * assertThat(zookeeper).containsObject("Service", "default", "zk-hs"); // passes
     * assertThat(zookeeper).containsObject("Service", "shop", "zk-hs");    // fails:
     * // Expecting the manifest to contain Service shop/zk-hs, but found Service default/zk-cs, default/zk-hs
     * }</pre>
     *
     * @param kind the kind
     * @param namespace the namespace ({@code default} for objects that name none)
     * @param name the name
     * @return this assertion
     */
    public ManifestAssert containsObject(String kind, String namespace, String name) {
        if (actual.find(kind, namespace, name).isEmpty()) {
            failWith(ManifestMessages.shouldContain(kind, namespace, name, refs(actual.ofKind(kind))));
        }
        return myself;
    }

    /**
     * Checks that the component of that name runs as a workload of that kind: the pattern a database or a stateless
     * service should get. A component is a workload named by its own name, in any namespace.
     *
     * <pre>{@code
     * assertThat(shop).hasWorkloadOfKind("db", "StatefulSet");  // passes: the DSL made PostgreSQL a StatefulSet
     * assertThat(shop).hasWorkloadOfKind("api", "StatefulSet"); // fails:
     * // Expecting api to run as a StatefulSet, but found Deployment shop/api
     * }</pre>
     *
     * @param name the workload's name
     * @param kind the kind, such as {@code StatefulSet}, {@code Deployment} or {@code DaemonSet}
     * @return this assertion
     */
    public ManifestAssert hasWorkloadOfKind(String name, String kind) {
        isNotNull();
        List<String> found = actual.workloads().stream().filter(w -> w.name().equals(name))
                .map(w -> w.ref().toString()).sorted().toList();
        if (found.stream().noneMatch(ref -> ref.startsWith(kind + " "))) {
            failWith(ManifestMessages.shouldRunAsKind(name, kind, found.isEmpty()
                    ? "no workload of that name among " + String.join(", ", actual.workloads().stream()
                            .map(w -> w.ref().toString()).sorted().toList())
                    : String.join(", ", found)));
        }
        return myself;
    }

    /**
     * Goes to the StatefulSet of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(zookeeper).statefulSet("zk").hasReplicas(3); // passes
     * assertThat(zookeeper).statefulSet("db");                // fails:
     * // Expecting the manifest to contain StatefulSet db, but found StatefulSet default/zk
     * }</pre>
     *
     * @param name the StatefulSet's name
     * @return assertions on it
     */
    public StatefulSetAssert statefulSet(String name) {
        return navigate(StatefulSet.class, "StatefulSet", null, name, StatefulSetAssert.class, StatefulSetAssert::new);
    }

    /**
     * Goes to the StatefulSet of that namespace and name.
     *
     * <pre>{@code
     * assertThat(zookeeper).statefulSet("default", "zk").hasReplicas(3); // passes
     * assertThat(zookeeper).statefulSet("shop", "zk");                   // fails:
     * // Expecting the manifest to contain StatefulSet shop/zk, but found StatefulSet default/zk
     * }</pre>
     *
     * @param namespace the namespace
     * @param name the name
     * @return assertions on it
     */
    public StatefulSetAssert statefulSet(String namespace, String name) {
        return navigate(StatefulSet.class, "StatefulSet", namespace, name, StatefulSetAssert.class,
                StatefulSetAssert::new);
    }

    /**
     * Goes to the Deployment of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("web").hasReplicas(2); // passes with a Deployment web of 2 replicas
     * assertThat(manifest).deployment("api");                // fails:
     * // Expecting the manifest to contain Deployment api, but found Deployment shop/web
     * }</pre>
     *
     * @param name the Deployment's name
     * @return assertions on it
     */
    public DeploymentAssert deployment(String name) {
        return navigate(Deployment.class, "Deployment", null, name, DeploymentAssert.class, DeploymentAssert::new);
    }

    /**
     * Goes to the Deployment of that namespace and name.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("shop", "web").hasReplicas(2); // passes
     * assertThat(manifest).deployment("prod", "web");                // fails:
     * // Expecting the manifest to contain Deployment prod/web, but found Deployment shop/web
     * }</pre>
     *
     * @param namespace the namespace
     * @param name the name
     * @return assertions on it
     */
    public DeploymentAssert deployment(String namespace, String name) {
        return navigate(Deployment.class, "Deployment", namespace, name, DeploymentAssert.class,
                DeploymentAssert::new);
    }

    /**
     * Goes to the Service of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(zookeeper).service("zk-hs").isHeadless(); // passes
     * assertThat(zookeeper).service("zk");                 // fails:
     * // Expecting the manifest to contain Service zk, but found Service default/zk-cs, default/zk-hs
     * }</pre>
     *
     * @param name the Service's name
     * @return assertions on it
     */
    public ServiceAssert service(String name) {
        return navigate(Service.class, "Service", null, name, ServiceAssert.class, ServiceAssert::new);
    }

    /**
     * Goes to the PersistentVolumeClaim of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(manifest).claim("uploads").hasSize("10Gi"); // passes when its request is 10Gi
     * assertThat(manifest).claim("cache");                    // fails:
     * // Expecting the manifest to contain PersistentVolumeClaim cache, but found PersistentVolumeClaim shop/uploads
     * }</pre>
     *
     * @param name the claim's name
     * @return assertions on it
     */
    public ClaimAssert claim(String name) {
        return navigate(PersistentVolumeClaim.class, "PersistentVolumeClaim", null, name, ClaimAssert.class,
                ClaimAssert::new);
    }

    /**
     * Goes to the Ingress ({@code networking.k8s.io/v1}) of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(site).ingress("site").hasTls("www.example.com", "www-tls"); // passes
     * assertThat(site).ingress("www");                                       // fails:
     * // Expecting the manifest to contain Ingress www, but found Ingress site/site
     * }</pre>
     *
     * @param name the Ingress's name
     * @return assertions on it
     */
    public IngressAssert ingress(String name) {
        return navigate(Ingress.class, "Ingress", null, name, IngressAssert.class, IngressAssert::new);
    }

    /**
     * Goes to the Gateway API HTTPRoute of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(shop).httpRoute("web").hasParentGateway("public"); // passes
     * assertThat(shop).httpRoute("api");                            // fails:
     * // Expecting the manifest to contain HTTPRoute api, but found HTTPRoute shop/web
     * }</pre>
     *
     * @param name the HTTPRoute's name
     * @return assertions on it
     */
    public HttpRouteAssert httpRoute(String name) {
        return navigateKind("HTTPRoute", name, HttpRouteAssert.class, HttpRouteAssert::new);
    }

    /**
     * Goes to the HorizontalPodAutoscaler (any version) of that name, in any namespace. To reach the autoscaler of a
     * workload, whatever its name, use {@code deployment("web").autoscaler()}.
     *
     * <pre>{@code
     * assertThat(converter).autoscaler("geo").hasMaxReplicas(20); // passes
     * assertThat(converter).autoscaler("web");                    // fails:
     * // Expecting the manifest to contain HorizontalPodAutoscaler web, but found HorizontalPodAutoscaler geo/geo
     * }</pre>
     *
     * @param name the autoscaler's name
     * @return assertions on it
     */
    public AutoscalerAssert autoscaler(String name) {
        return navigateKind("HorizontalPodAutoscaler", name, AutoscalerAssert.class, AutoscalerAssert::new);
    }

    /**
     * Goes to the ServiceAccount of that name, in any namespace.
     *
     * <pre>{@code
     * assertThat(manifest).serviceAccount("api").hasTokenAutomount(false); // passes when automount is off
     * assertThat(manifest).serviceAccount("web");                          // fails:
     * // Expecting the manifest to contain ServiceAccount web, but found ServiceAccount shop/api
     * }</pre>
     *
     * @param name the ServiceAccount's name
     * @return assertions on it
     */
    public ServiceAccountAssert serviceAccount(String name) {
        return navigate(ServiceAccount.class, "ServiceAccount", null, name, ServiceAccountAssert.class,
                ServiceAccountAssert::new);
    }

    /**
     * Goes to the Role, or else the ClusterRole, of that name.
     *
     * <pre>{@code
     * assertThat(manifest).role("reader").allows("get", "secrets");   // passes when a rule grants it
     * assertThat(manifest).role("writer");                            // fails:
     * // Expecting the manifest to contain Role writer, but found Role shop/reader
     * }</pre>
     *
     * @param name the role's name
     * @return assertions on it
     */
    public RoleAssert role(String name) {
        List<HasMetadata> roles = named(actual.ofKind("Role"), name);
        if (roles.isEmpty()) {
            roles = named(actual.ofKind("ClusterRole"), name);
        }
        if (roles.size() == 1) {
            return child(RoleAssert.class, HasMetadata.class, roles.get(0), RoleAssert::new);
        }
        String message = roles.isEmpty()
                ? ManifestMessages.shouldContain("Role", null, name, refs(actual.ofKind("Role")))
                : ManifestMessages.ambiguous("Role", name, refs(roles));
        return missing(message, RoleAssert.class, HasMetadata.class, RoleAssert::new);
    }

    /**
     * Goes to the manifest's NetworkPolicies as a whole.
     *
     * <pre>{@code
     * assertThat(shop).networkPolicies().isNotEmpty();       // passes with a default-deny policy
     * assertThat(zookeeper).networkPolicies().isNotEmpty();  // fails:
     * // Expecting the manifest to hold NetworkPolicies, but found none
     * }</pre>
     *
     * @return assertions on the NetworkPolicies
     */
    public NetworkPoliciesAssert networkPolicies() {
        return child(NetworkPoliciesAssert.class, Manifest.class, actual, NetworkPoliciesAssert::new);
    }

    /**
     * Starts a check that NetworkPolicies let one component reach another on a port. A component is a workload,
     * named by its own name or by its pods' {@code app.kubernetes.io/name} label.
     *
     * <pre>{@code
     * assertThat(shop).allowsTraffic().from("api").to("db").on(5432); // passes: db-ingress admits api
     * assertThat(shop).allowsTraffic().from("web").to("db").on(5432); // fails:
     * // Expecting traffic from Deployment shop/web to StatefulSet shop/db on port 5432 to be allowed, but
     * // ingress to StatefulSet shop/db is isolated by NetworkPolicy shop/db-ingress, shop/default-deny, whose rules
     * // do not admit it; and egress from Deployment shop/web is isolated by NetworkPolicy shop/default-deny,
     * // shop/web-egress, whose rules do not admit it
     * }</pre>
     *
     * @return the traffic check, to finish with {@code from}, {@code to} and {@code on}
     */
    public TrafficAssert allowsTraffic() {
        TrafficAssert traffic = child(TrafficAssert.class, Manifest.class, actual, TrafficAssert::new);
        traffic.allowed = true;
        return traffic;
    }

    /**
     * Starts a check that NetworkPolicies keep one component from reaching another on a port.
     *
     * <pre>{@code
     * assertThat(shop).doesNotAllowTraffic().from("web").to("db").on(5432); // passes: no rule admits web
     * assertThat(shop).doesNotAllowTraffic().from("api").to("db").on(5432); // fails:
     * // Expecting traffic from Deployment shop/api to StatefulSet shop/db on port 5432 to be denied, but
     * // ingress to StatefulSet shop/db is admitted by NetworkPolicy shop/db-ingress at spec.ingress[0]; and egress
     * // from Deployment shop/api is admitted by NetworkPolicy shop/api-egress at spec.egress[0]
     * }</pre>
     *
     * @return the traffic check, to finish with {@code from}, {@code to} and {@code on}
     */
    public TrafficAssert doesNotAllowTraffic() {
        TrafficAssert traffic = child(TrafficAssert.class, Manifest.class, actual, TrafficAssert::new);
        traffic.allowed = false;
        return traffic;
    }

    private List<Finding> findingsOf(String ruleId) {
        return evaluate(ruleId).findingsOf(ruleId);
    }

    private Report evaluate(String ruleId) {
        isNotNull();
        if (!rules.contains(ruleId)) {
            failWith(ManifestMessages.ruleNotInRuleSet(ruleId, rules.name()));
        }
        return Validator.of(rules).evaluate(actual);
    }

    private <T extends HasMetadata, A extends AbstractBerthAssert<A, T>> A navigate(Class<T> type, String kind,
            String namespace, String name, Class<A> assertType, Function<T, A> direct) {
        isNotNull();
        List<T> found = namespace == null
                ? named(actual.all(type), name)
                : actual.find(type, namespace, name).stream().toList();
        if (found.size() == 1) {
            return child(assertType, type, found.get(0), direct);
        }
        String message = found.isEmpty()
                ? ManifestMessages.shouldContain(kind, namespace, name, refs(actual.all(type)))
                : ManifestMessages.ambiguous(kind, name, refs(found));
        return missing(message, assertType, type, direct);
    }

    /** Goes to the one object of that kind and name, for kinds of several fabric8 types or none. */
    private <A extends AbstractBerthAssert<A, HasMetadata>> A navigateKind(String kind, String name,
            Class<A> assertType, Function<HasMetadata, A> direct) {
        isNotNull();
        List<HasMetadata> found = named(actual.ofKind(kind), name);
        if (found.size() == 1) {
            return child(assertType, HasMetadata.class, found.get(0), direct);
        }
        String message = found.isEmpty()
                ? ManifestMessages.shouldContain(kind, null, name, refs(actual.ofKind(kind)))
                : ManifestMessages.ambiguous(kind, name, refs(found));
        return missing(message, assertType, HasMetadata.class, direct);
    }

    private static <T extends HasMetadata> List<T> named(List<T> objects, String name) {
        return objects.stream().filter(o -> o.getMetadata() != null && name.equals(o.getMetadata().getName()))
                .toList();
    }

    private static List<String> refs(List<? extends HasMetadata> objects) {
        return objects.stream().map(ObjectRef::of).sorted()
                .map(r -> r.clusterScoped() ? r.name() : r.namespace() + "/" + r.name()).toList();
    }
}
