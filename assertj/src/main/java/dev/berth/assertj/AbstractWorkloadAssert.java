package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What StatefulSets and Deployments share: replicas, disruption budget, spread, claims, their containers and their
 * ServiceAccount.
 *
 * @param <SELF> the assertion's own type
 * @param <T> the workload's fabric8 type
 */
public abstract class AbstractWorkloadAssert<SELF extends AbstractWorkloadAssert<SELF, T>, T extends HasMetadata>
        extends AbstractBerthAssert<SELF, T> {

    /** The label whose value names the hosts a topology key spreads over. */
    static final String HOSTNAME = "kubernetes.io/hostname";

    /**
     * @param actual the workload
     * @param selfType the assertion's own class
     */
    protected AbstractWorkloadAssert(T actual, Class<?> selfType) {
        super(actual, selfType);
    }

    Workload workload() {
        return Workload.of(actual).orElseThrow();
    }

    ObjectRef ref() {
        return ObjectRef.of(actual);
    }

    /**
     * Checks {@code spec.replicas}; an unset value counts as Kubernetes' default, 1.
     *
     * <pre>{@code
     * assertThat(zookeeper).statefulSet("zk").hasReplicas(3); // passes
     * assertThat(zookeeper).statefulSet("zk").hasReplicas(5); // fails:
     * // Expecting StatefulSet default/zk at spec.replicas to be 5, but found 3
     * }</pre>
     *
     * @param expected the replica count
     * @return this assertion
     */
    public SELF hasReplicas(int expected) {
        if (skipped()) {
            return myself;
        }
        var replicas = workload().replicas();
        int found = replicas.orElse(1);
        if (found != expected) {
            failWith(WorkloadMessages.shouldHaveReplicas(ref(), expected,
                    replicas.isPresent() ? String.valueOf(found) : "none (Kubernetes defaults to 1)"));
        }
        return myself;
    }

    /**
     * Checks that a PodDisruptionBudget ({@code policy/v1} or {@code v1beta1}) selects the workload's pods.
     *
     * <pre>{@code
     * assertThat(zookeeper).statefulSet("zk").hasDisruptionBudget();   // passes: zk-pdb selects it
     * assertThat(eksCatalog).statefulSet("catalog-mysql").hasDisruptionBudget(); // fails:
     * // Expecting StatefulSet default/catalog-mysql to be selected by a PodDisruptionBudget, but found none that
     * // selects its pods
     * }</pre>
     *
     * @return this assertion
     */
    public SELF hasDisruptionBudget() {
        if (!skipped() && manifest.references().disruptionBudgetsFor(workload()).isEmpty()) {
            failWith(WorkloadMessages.shouldHaveDisruptionBudget(ref()));
        }
        return myself;
    }

    /**
     * Checks that the pods spread over nodes: a required or preferred podAntiAffinity term, or a
     * topologySpreadConstraint, on {@code kubernetes.io/hostname} whose label selector matches the workload's own
     * pod labels (a selector that misses its own pods spreads nothing).
     *
     * <pre>{@code
     * assertThat(manifest).deployment("web").isSpreadAcrossNodes(); // passes with a hostname spread constraint
     * assertThat(manifest).statefulSet("db").isSpreadAcrossNodes(); // fails when its term selects a label its pods
     * // do not carry:
     * // Expecting StatefulSet shop/db at spec.template.spec to spread its pods across nodes (a podAntiAffinity term or
     * // a topologySpreadConstraint on kubernetes.io/hostname that selects its own pods), but found a podAntiAffinity
     * // term on kubernetes.io/hostname whose labelSelector does not select its pods
     * }</pre>
     *
     * @return this assertion
     */
    public SELF isSpreadAcrossNodes() {
        if (skipped()) {
            return myself;
        }
        Workload workload = workload();
        Map<String, String> labels = workload.podLabels();
        PodSpec spec = workload.podSpec().orElse(new PodSpec());
        List<String> misses = new ArrayList<>();
        for (PodAffinityTerm term : antiAffinityTerms(spec.getAffinity())) {
            if (HOSTNAME.equals(term.getTopologyKey())) {
                if (Selectors.matches(term.getLabelSelector(), labels)) {
                    return myself;
                }
                misses.add("a podAntiAffinity term on " + HOSTNAME + " whose labelSelector does not select its pods");
            }
        }
        for (TopologySpreadConstraint constraint : Optional.ofNullable(spec.getTopologySpreadConstraints())
                .orElse(List.of())) {
            if (HOSTNAME.equals(constraint.getTopologyKey())) {
                if (Selectors.matches(constraint.getLabelSelector(), labels)) {
                    return myself;
                }
                misses.add("a topologySpreadConstraint on " + HOSTNAME + " whose labelSelector does not select its "
                        + "pods");
            }
        }
        failWith(WorkloadMessages.shouldSpreadAcrossNodes(ref(), workload.podSpecPath(),
                misses.isEmpty() ? "none" : String.join(" and ", misses)));
        return myself;
    }

    /**
     * Checks that a pod volume names the claim and a container mounts that volume; on a StatefulSet, a claim template
     * of that name mounted by a container counts too.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("web").mountsClaim("uploads"); // passes
     * assertThat(shop).statefulSet("db").mountsClaim("data");        // passes: its claim template, mounted by db
     * assertThat(manifest).deployment("web").mountsClaim("cache");   // fails:
     * // Expecting Deployment shop/web at spec.template.spec.volumes to mount PersistentVolumeClaim "cache" in a
     * // container, but found claims "uploads"
     * }</pre>
     *
     * @param claimName the PersistentVolumeClaim's (or claim template's) name
     * @return this assertion
     */
    public SELF mountsClaim(String claimName) {
        if (skipped()) {
            return myself;
        }
        Workload workload = workload();
        List<String> claims = new ArrayList<>();
        for (Volume volume : workload.podSpec().map(PodSpec::getVolumes).orElse(List.of())) {
            if (volume.getPersistentVolumeClaim() == null) {
                continue;
            }
            String claim = volume.getPersistentVolumeClaim().getClaimName();
            claims.add("\"" + claim + "\"");
            if (claimName.equals(claim) && mounted(workload, volume.getName())) {
                return myself;
            }
        }
        List<String> templates = claimTemplateNames();
        if (templates.contains(claimName) && mounted(workload, claimName)) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        if (!claims.isEmpty()) {
            found.add("claims " + String.join(", ", claims));
        }
        if (!templates.isEmpty()) {
            found.add("claim templates " + String.join(", ", templates.stream().map(t -> "\"" + t + "\"").toList()));
        }
        boolean named = claims.contains("\"" + claimName + "\"") || templates.contains(claimName);
        failWith(WorkloadMessages.shouldMountClaim(ref(), workload.podSpecPath(), claimName,
                found.isEmpty() ? "no claim volumes" : String.join(" and ", found)
                        + (named ? ", none mounted by a container" : "")));
        return myself;
    }

    /**
     * Checks that the pods keep nothing on a PersistentVolumeClaim: no pod volume names a claim and, on a
     * StatefulSet, no claim template exists. What a stateless service or a cache should show.
     *
     * <pre>{@code
     * assertThat(shop).deployment("web").mountsNoClaim();      // passes
     * assertThat(manifest).deployment("web").mountsNoClaim();  // fails:
     * // Expecting Deployment shop/web to mount no PersistentVolumeClaim, but found claim "uploads" at
     * // spec.template.spec.volumes[0]
     * }</pre>
     *
     * @return this assertion
     */
    public SELF mountsNoClaim() {
        if (skipped()) {
            return myself;
        }
        Workload workload = workload();
        List<String> found = new ArrayList<>();
        List<Volume> volumes = workload.podSpec().map(PodSpec::getVolumes).orElse(List.of());
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i) != null && volumes.get(i).getPersistentVolumeClaim() != null) {
                found.add("claim \"" + volumes.get(i).getPersistentVolumeClaim().getClaimName() + "\" at "
                        + workload.podSpecPath() + ".volumes[" + i + "]");
            }
        }
        List<String> templates = claimTemplateNames();
        for (int i = 0; i < templates.size(); i++) {
            found.add("claim template \"" + templates.get(i) + "\" at spec.volumeClaimTemplates[" + i + "]");
        }
        if (!found.isEmpty()) {
            failWith(WorkloadMessages.shouldMountNoClaim(ref(), String.join(", ", found)));
        }
        return myself;
    }

    /**
     * Checks a required podAntiAffinity term on the topology key whose labelSelector selects the workload's own
     * pods: the scheduler never puts two of them in one domain ({@code kubernetes.io/hostname}: one per node;
     * {@code topology.kubernetes.io/zone}: one per zone), and leaves a replica pending rather than break the rule.
     *
     * <pre>{@code
     * assertThat(zookeeper).statefulSet("zk").hasRequiredAntiAffinityOn("kubernetes.io/hostname"); // passes
     * assertThat(manifest).statefulSet("db").hasRequiredAntiAffinityOn("kubernetes.io/hostname");  // fails when its
     * // term selects a label its pods do not carry:
     * // Expecting StatefulSet shop/db at spec.template.spec.affinity.podAntiAffinity
     * // .requiredDuringSchedulingIgnoredDuringExecution to hold a term on kubernetes.io/hostname that selects its own
     * // pods, but found a term on kubernetes.io/hostname whose labelSelector does not select its pods
     * }</pre>
     *
     * @param topologyKey the node label whose values are the domains, such as {@code kubernetes.io/hostname}
     * @return this assertion
     * @see <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity">Inter-pod affinity and anti-affinity</a>
     */
    public SELF hasRequiredAntiAffinityOn(String topologyKey) {
        if (!skipped()) {
            antiAffinity(topologyKey, "requiredDuringSchedulingIgnoredDuringExecution", anti -> Optional
                    .ofNullable(anti.getRequiredDuringSchedulingIgnoredDuringExecution()).orElse(List.of()));
        }
        return myself;
    }

    /**
     * Checks a preferred podAntiAffinity term on the topology key whose labelSelector selects the workload's own
     * pods: the scheduler spreads them over the domains when it can, and still places a replica when it cannot.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("api").hasPreferredAntiAffinityOn("kubernetes.io/hostname"); // passes
     * assertThat(manifest).deployment("web").hasPreferredAntiAffinityOn("kubernetes.io/hostname"); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.affinity.podAntiAffinity
     * // .preferredDuringSchedulingIgnoredDuringExecution to hold a term on kubernetes.io/hostname that selects its
     * // own pods, but found none
     * }</pre>
     *
     * @param topologyKey the node label whose values are the domains, such as {@code topology.kubernetes.io/zone}
     * @return this assertion
     */
    public SELF hasPreferredAntiAffinityOn(String topologyKey) {
        if (!skipped()) {
            antiAffinity(topologyKey, "preferredDuringSchedulingIgnoredDuringExecution", anti -> Optional
                    .ofNullable(anti.getPreferredDuringSchedulingIgnoredDuringExecution()).orElse(List.of())
                    .stream().filter(w -> w != null && w.getPodAffinityTerm() != null)
                    .map(WeightedPodAffinityTerm::getPodAffinityTerm).toList());
        }
        return myself;
    }

    /**
     * Goes to the HorizontalPodAutoscaler (any version) whose {@code scaleTargetRef} names this workload.
     *
     * <pre>{@code
     * assertThat(converter).deployment("geo").autoscaler().hasMinReplicas(2).hasMaxReplicas(20); // passes
     * assertThat(shop).deployment("web").autoscaler();                                           // fails:
     * // Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler, but found none targeting it
     * }</pre>
     *
     * @return assertions on the autoscaler
     */
    public AutoscalerAssert autoscaler() {
        if (skipped()) {
            return child(AutoscalerAssert.class, HasMetadata.class, null, AutoscalerAssert::new);
        }
        List<HasMetadata> found = new ArrayList<>();
        for (HasMetadata autoscaler : manifest.ofKind("HorizontalPodAutoscaler")) {
            Optional<Workload> target = manifest.references().scaleTarget(autoscaler);
            if (target.isPresent() && target.get().owner() == actual) {
                found.add(autoscaler);
            }
        }
        if (found.size() == 1) {
            return child(AutoscalerAssert.class, HasMetadata.class, found.get(0), AutoscalerAssert::new);
        }
        return missing(WorkloadMessages.shouldHaveAutoscaler(ref(), found.stream().map(ObjectRef::of).toList()),
                AutoscalerAssert.class, HasMetadata.class, AutoscalerAssert::new);
    }

    /**
     * Goes to a container (or init container) of the pod template, by name.
     *
     * <pre>{@code
     * assertThat(eksCatalog).statefulSet("catalog-mysql").container("mysql").hasPinnedImage(); // passes: tag 8.0
     * assertThat(eksCatalog).statefulSet("catalog-mysql").container("db");                     // fails:
     * // Expecting StatefulSet default/catalog-mysql at spec.template.spec.containers to hold a container "db", but
     * // found "mysql"
     * }</pre>
     *
     * @param name the container's name
     * @return assertions on it
     */
    public ContainerAssert container(String name) {
        if (skipped()) {
            return child(ContainerAssert.class, Container.class, null, ContainerAssert::new);
        }
        Workload workload = workload();
        for (Workload.PodContainer container : workload.allContainers()) {
            if (name.equals(container.container().getName())) {
                ContainerAssert assertion = child(ContainerAssert.class, Container.class, container.container(),
                        ContainerAssert::new);
                assertion.workload = workload;
                assertion.path = container.path();
                return assertion;
            }
        }
        List<String> names = workload.allContainers().stream().map(c -> "\"" + c.container().getName() + "\"")
                .toList();
        return missing(WorkloadMessages.shouldHaveContainer(ref(), workload.podSpecPath(), name,
                names.isEmpty() ? "none" : String.join(", ", names)), ContainerAssert.class, Container.class,
                ContainerAssert::new);
    }

    /**
     * Goes to the ServiceAccount the pods run as ({@code serviceAccountName}, else {@code default}), which the
     * manifest must hold.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("api").serviceAccount().hasTokenAutomount(false); // passes
     * assertThat(manifest).deployment("web").serviceAccount();                          // fails:
     * // Expecting Deployment shop/web at spec.template.spec.serviceAccountName to name a ServiceAccount of the
     * // manifest, but found "default", which the manifest does not hold
     * }</pre>
     *
     * @return assertions on the ServiceAccount
     */
    public ServiceAccountAssert serviceAccount() {
        if (skipped()) {
            return child(ServiceAccountAssert.class, ServiceAccount.class, null, ServiceAccountAssert::new);
        }
        Workload workload = workload();
        Optional<ServiceAccount> account = manifest.references().serviceAccount(workload);
        if (account.isPresent()) {
            ServiceAccountAssert assertion = child(ServiceAccountAssert.class, ServiceAccount.class, account.get(),
                    ServiceAccountAssert::new);
            assertion.workload = workload;
            return assertion;
        }
        return missing(WorkloadMessages.shouldHaveServiceAccount(ref(), workload.podSpecPath(),
                manifest.references().serviceAccountName(workload)), ServiceAccountAssert.class,
                ServiceAccount.class, ServiceAccountAssert::new);
    }

    /** @return the names of the claim templates: a StatefulSet's {@code spec.volumeClaimTemplates}, else none */
    List<String> claimTemplateNames() {
        return List.of();
    }

    private void antiAffinity(String topologyKey, String field, Function<PodAntiAffinity, List<PodAffinityTerm>> terms) {
        Workload workload = workload();
        PodSpec spec = workload.podSpec().orElse(new PodSpec());
        PodAntiAffinity anti = spec.getAffinity() == null ? null : spec.getAffinity().getPodAntiAffinity();
        List<String> misses = new ArrayList<>();
        for (PodAffinityTerm term : anti == null ? List.<PodAffinityTerm>of() : terms.apply(anti)) {
            if (topologyKey.equals(term.getTopologyKey())) {
                if (Selectors.matches(term.getLabelSelector(), workload.podLabels())) {
                    return;
                }
                misses.add("a term on " + topologyKey + " whose labelSelector does not select its pods");
            } else {
                misses.add("a term on " + term.getTopologyKey());
            }
        }
        failWith(WorkloadMessages.shouldHaveAntiAffinity(ref(), workload.podSpecPath() + ".affinity.podAntiAffinity."
                + field, topologyKey, misses.isEmpty() ? "none" : String.join(", ", misses)));
    }

    private static boolean mounted(Workload workload, String volume) {
        for (Workload.PodContainer container : workload.allContainers()) {
            for (VolumeMount mount : Optional.ofNullable(container.container().getVolumeMounts()).orElse(List.of())) {
                if (volume.equals(mount.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<PodAffinityTerm> antiAffinityTerms(Affinity affinity) {
        List<PodAffinityTerm> terms = new ArrayList<>();
        if (affinity == null || affinity.getPodAntiAffinity() == null) {
            return terms;
        }
        var anti = affinity.getPodAntiAffinity();
        Optional.ofNullable(anti.getRequiredDuringSchedulingIgnoredDuringExecution()).ifPresent(terms::addAll);
        for (WeightedPodAffinityTerm weighted : Optional
                .ofNullable(anti.getPreferredDuringSchedulingIgnoredDuringExecution()).orElse(List.of())) {
            if (weighted.getPodAffinityTerm() != null) {
                terms.add(weighted.getPodAffinityTerm());
            }
        }
        return terms;
    }
}
