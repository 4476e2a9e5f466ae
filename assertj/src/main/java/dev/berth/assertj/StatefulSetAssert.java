package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.PodDnsNames;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a StatefulSet: its governing headless Service, its claim templates and their retention, its pods'
 * DNS names, and what every workload has (replicas, budget, spread, containers, ServiceAccount).
 *
 * <pre>{@code
 * assertThat(shop).statefulSet("db")
 *         .hasHeadlessService()
 *         .retainsDataOnDelete()
 *         .hasDisruptionBudget()
 *         .isSpreadAcrossNodes()
 *         .claimTemplate("data").hasSize("50Gi").hasAccessMode("ReadWriteOnce");
 * }</pre>
 */
public class StatefulSetAssert extends AbstractWorkloadAssert<StatefulSetAssert, StatefulSet> {

    /**
     * Use {@link ManifestAssert#statefulSet(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the StatefulSet
     */
    public StatefulSetAssert(StatefulSet actual) {
        super(actual, StatefulSetAssert.class);
    }

    /**
     * Checks that {@code spec.serviceName} names a Service of the manifest, in the StatefulSet's namespace, with
     * {@code clusterIP: None}: the headless Service that gives each pod its stable DNS name.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").hasHeadlessService(); // passes: db-headless has clusterIP None
     * assertThat(manifest).statefulSet("db").hasHeadlessService(); // fails:
     * // Expecting StatefulSet shop/db at spec.serviceName to name a headless Service, but found "db", naming
     * // Service shop/db, which has clusterIP 10.0.0.12
     * }</pre>
     *
     * @return this assertion
     */
    public StatefulSetAssert hasHeadlessService() {
        if (skipped()) {
            return myself;
        }
        String serviceName = spec().getServiceName();
        if (serviceName == null || serviceName.isEmpty()) {
            failWith(WorkloadMessages.shouldHaveHeadlessService(ref(), "none"));
            return myself;
        }
        Optional<Service> service = manifest.references().governingService(actual);
        if (service.isEmpty()) {
            failWith(WorkloadMessages.shouldHaveHeadlessService(ref(),
                    "\"" + serviceName + "\", which the manifest does not hold in namespace " + ref().namespace()));
            return myself;
        }
        String clusterIp = service.get().getSpec() == null ? null : service.get().getSpec().getClusterIP();
        if (!"None".equals(clusterIp)) {
            failWith(WorkloadMessages.shouldHaveHeadlessService(ref(), "\"" + serviceName + "\", naming "
                    + ObjectRef.of(service.get()) + ", which has "
                    + (clusterIp == null || clusterIp.isEmpty() ? "no clusterIP (the cluster assigns one)"
                            : "clusterIP " + clusterIp)));
        }
        return myself;
    }

    /**
     * Goes to one of {@code spec.volumeClaimTemplates}, by name: its size, storage class and access modes.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasSize("50Gi"); // passes
     * assertThat(shop).statefulSet("db").claimTemplate("wal");                  // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates to hold a claim template "wal", but found "data"
     * }</pre>
     *
     * @param name the claim template's {@code metadata.name}
     * @return assertions on it
     */
    public ClaimAssert claimTemplate(String name) {
        if (skipped()) {
            return child(ClaimAssert.class, PersistentVolumeClaim.class, null, ClaimAssert::new);
        }
        List<PersistentVolumeClaim> templates = templates();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            PersistentVolumeClaim template = templates.get(i);
            String templateName = template.getMetadata() == null ? null : template.getMetadata().getName();
            if (name.equals(templateName)) {
                ClaimAssert claim = child(ClaimAssert.class, PersistentVolumeClaim.class, template, ClaimAssert::new);
                claim.owner = ref();
                claim.path = "spec.volumeClaimTemplates[" + i + "].";
                return claim;
            }
            names.add("\"" + templateName + "\"");
        }
        return missing(WorkloadMessages.shouldHaveClaimTemplate(ref(), name,
                names.isEmpty() ? "none" : String.join(", ", names)), ClaimAssert.class, PersistentVolumeClaim.class,
                ClaimAssert::new);
    }

    /**
     * Checks that {@code spec.volumeClaimTemplates} holds exactly these claim templates, in this order: each replica
     * gets its own claim of each.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").hasClaimTemplates("data");        // passes
     * assertThat(shop).statefulSet("db").hasClaimTemplates("data", "wal"); // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates to hold exactly the claim templates "data",
     * // "wal", but found "data"
     * }</pre>
     *
     * @param names the templates' {@code metadata.name}s; none for a StatefulSet without claims
     * @return this assertion
     */
    public StatefulSetAssert hasClaimTemplates(String... names) {
        if (!skipped() && !claimTemplateNames().equals(List.of(names))) {
            failWith(WorkloadMessages.shouldHaveClaimTemplates(ref(), List.of(names), claimTemplateNames()));
        }
        return myself;
    }

    /**
     * Checks that the StatefulSet has no claim templates: its replicas keep nothing on their own claims, as a cache
     * or a peer group that rebuilds its state from the others may.
     *
     * <pre>{@code
     * assertThat(cache).statefulSet("redis").hasNoClaimTemplates(); // passes
     * assertThat(shop).statefulSet("db").hasNoClaimTemplates();     // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates to be empty, but found "data"
     * }</pre>
     *
     * @return this assertion
     */
    public StatefulSetAssert hasNoClaimTemplates() {
        return hasClaimTemplates();
    }

    /**
     * Checks {@code spec.podManagementPolicy}: {@code OrderedReady} starts and stops one pod at a time, in ordinal
     * order; {@code Parallel} starts them all at once, as a ring or a quorum that finds its peers by itself wants. An
     * unset value counts as Kubernetes' default, {@code OrderedReady}.
     *
     * <pre>{@code
     * assertThat(ring).statefulSet("cassandra").hasPodManagementPolicy("Parallel"); // passes
     * assertThat(shop).statefulSet("db").hasPodManagementPolicy("Parallel");        // fails:
     * // Expecting StatefulSet shop/db at spec.podManagementPolicy to be Parallel, but found OrderedReady
     * }</pre>
     *
     * @param policy {@code OrderedReady} or {@code Parallel}
     * @return this assertion
     * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies">Pod management policies</a>
     */
    public StatefulSetAssert hasPodManagementPolicy(String policy) {
        if (skipped()) {
            return myself;
        }
        String found = spec().getPodManagementPolicy();
        if (!policy.equals(found == null ? "OrderedReady" : found)) {
            failWith(WorkloadMessages.shouldHavePodManagementPolicy(ref(), policy,
                    found == null ? "none (Kubernetes defaults to OrderedReady)" : found));
        }
        return myself;
    }

    /**
     * Checks that deleting the StatefulSet keeps its claims, and so its data:
     * {@code spec.persistentVolumeClaimRetentionPolicy.whenDeleted} is {@code Retain}, or unset (Kubernetes'
     * default is {@code Retain}). A StatefulSet without claim templates has no data to keep and fails.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").retainsDataOnDelete(); // passes: whenDeleted is Retain
     * assertThat(cache).statefulSet("redis").retainsDataOnDelete(); // fails:
     * // Expecting StatefulSet shop/redis at spec.persistentVolumeClaimRetentionPolicy.whenDeleted to be Retain,
     * // but found Delete
     * }</pre>
     *
     * @return this assertion
     * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention">PersistentVolumeClaim retention</a>
     */
    public StatefulSetAssert retainsDataOnDelete() {
        if (!skipped()) {
            retains("whenDeleted", Optional.ofNullable(spec().getPersistentVolumeClaimRetentionPolicy())
                    .map(StatefulSetPersistentVolumeClaimRetentionPolicy::getWhenDeleted));
        }
        return myself;
    }

    /**
     * Checks that scaling the StatefulSet down keeps the claims of the removed replicas:
     * {@code spec.persistentVolumeClaimRetentionPolicy.whenScaled} is {@code Retain}, or unset (the default).
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").retainsDataOnScaleDown(); // passes: whenScaled is Retain
     * assertThat(cache).statefulSet("redis").retainsDataOnScaleDown(); // fails:
     * // Expecting StatefulSet shop/redis at spec.persistentVolumeClaimRetentionPolicy.whenScaled to be Retain,
     * // but found Delete
     * }</pre>
     *
     * @return this assertion
     */
    public StatefulSetAssert retainsDataOnScaleDown() {
        if (!skipped()) {
            retains("whenScaled", Optional.ofNullable(spec().getPersistentVolumeClaimRetentionPolicy())
                    .map(StatefulSetPersistentVolumeClaimRetentionPolicy::getWhenScaled));
        }
        return myself;
    }

    /**
     * Checks the stable DNS names of the pods, ordinal 0 first, through the governing Service, in the cluster domain
     * {@code cluster.local}: what a peer list ({@code ZOO_SERVERS}, {@code CASSANDRA_SEEDS}) must hold.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").hasPodDnsNames("db-0.db-headless.shop.svc.cluster.local"); // passes
     * assertThat(shop).statefulSet("db").hasPodDnsNames("db-0.db.shop.svc.cluster.local");          // fails:
     * // Expecting StatefulSet shop/db to give its pods the DNS names [db-0.db.shop.svc.cluster.local], but found
     * // [db-0.db-headless.shop.svc.cluster.local]
     * }</pre>
     *
     * @param expected the fully qualified names, in ordinal order
     * @return this assertion
     */
    public StatefulSetAssert hasPodDnsNames(String... expected) {
        if (skipped()) {
            return myself;
        }
        String serviceName = spec().getServiceName();
        if (serviceName == null || serviceName.isEmpty()) {
            failWith(WorkloadMessages.shouldHavePodDnsNames(ref(), Arrays.toString(expected),
                    "no spec.serviceName, so no pod DNS names"));
            return myself;
        }
        List<String> names = PodDnsNames.clusterLocal().allFqdns(ref().name(), workload().replicas().orElse(1),
                serviceName, ref().namespace());
        if (!names.equals(List.of(expected))) {
            failWith(WorkloadMessages.shouldHavePodDnsNames(ref(), Arrays.toString(expected), names.toString()));
        }
        return myself;
    }

    private void retains(String field, Optional<String> policy) {
        if (templates().isEmpty()) {
            failWith(WorkloadMessages.shouldRetainData(ref(), field, "no spec.volumeClaimTemplates, so no claim "
                    + "to retain"));
        } else if (policy.isPresent() && !"Retain".equals(policy.get())) {
            failWith(WorkloadMessages.shouldRetainData(ref(), field, policy.get()));
        }
    }

    @Override
    List<String> claimTemplateNames() {
        return templates().stream().map(t -> t.getMetadata() == null ? null : t.getMetadata().getName()).toList();
    }

    private List<PersistentVolumeClaim> templates() {
        return Optional.ofNullable(spec().getVolumeClaimTemplates()).orElse(List.of());
    }

    private StatefulSetSpec spec() {
        return actual.getSpec() == null ? new StatefulSetSpec() : actual.getSpec();
    }
}
