package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;

/**
 * One small check per property that makes a sample right, over core's {@link Manifest} API with AssertJ. Each is
 * shaped like the assertion the {@code assertj} module will offer ({@code assertThat(manifest).statefulSet("db")
 * .isGovernedByAHeadlessService()}), so the sample tests convert one line at a time when it lands.
 */
final class ManifestChecks {

    private ManifestChecks() {
    }

    /** @return the one workload of that name (in any namespace); fails when there is none or more than one */
    static Workload workload(Manifest m, String name) {
        List<Workload> found = m.workloads().stream().filter(w -> w.name().equals(name)).toList();
        assertThat(found).as("workloads named %s", name).hasSize(1);
        return found.get(0);
    }

    /** Kind: the workload of that name is of that kind. */
    static void assertKind(Manifest m, String name, String kind) {
        assertThat(workload(m, name).kind()).as("kind of %s", name).isEqualTo(kind);
    }

    /** @return the StatefulSet of that name */
    static StatefulSet statefulSet(Manifest m, String name) {
        assertKind(m, name, "StatefulSet");
        return (StatefulSet) workload(m, name).owner();
    }

    /** Headless Service: {@code spec.serviceName} names a Service with {@code clusterIP: None} selecting the pods. */
    static Service assertGovernedByHeadlessService(Manifest m, String statefulSet) {
        StatefulSet set = statefulSet(m, statefulSet);
        String ns = set.getMetadata().getNamespace();
        Service governing = m.find(Service.class, ns, set.getSpec().getServiceName())
                .orElseThrow(() -> new AssertionError(statefulSet + " names Service " + set.getSpec()
                        .getServiceName() + ", which is not in the manifest"));
        assertThat(governing.getSpec().getClusterIP()).as("clusterIP of %s", governing.getMetadata().getName())
                .isEqualTo("None");
        assertThat(set.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(governing.getSpec().getSelector());
        return governing;
    }

    /** Claim templates: the StatefulSet claims exactly these volumes, each mounted by its main container. */
    static void assertClaimTemplates(Manifest m, String statefulSet, String... names) {
        StatefulSet set = statefulSet(m, statefulSet);
        List<PersistentVolumeClaim> templates = set.getSpec().getVolumeClaimTemplates();
        assertThat(templates).extracting(t -> t.getMetadata().getName()).containsExactly(names);
        Container main = set.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(main.getVolumeMounts()).extracting(v -> v.getName()).contains(names);
    }

    /** @return the size the StatefulSet's claim template asks for, such as {@code 50Gi} */
    static String claimSize(Manifest m, String statefulSet, String template) {
        return statefulSet(m, statefulSet).getSpec().getVolumeClaimTemplates().stream()
                .filter(t -> t.getMetadata().getName().equals(template)).findFirst()
                .map(t -> t.getSpec().getResources().getRequests().get("storage").toString())
                .orElseThrow(() -> new AssertionError(statefulSet + " has no claim template " + template));
    }

    /** Retention: the StatefulSet's claims are kept when it is deleted and when it scales down. */
    static void assertRetainsClaims(Manifest m, String statefulSet) {
        var policy = statefulSet(m, statefulSet).getSpec().getPersistentVolumeClaimRetentionPolicy();
        assertThat(policy).as("retention policy of %s", statefulSet).isNotNull();
        assertThat(policy.getWhenDeleted()).isEqualTo("Retain");
        assertThat(policy.getWhenScaled()).isEqualTo("Retain");
    }

    /** Budgets: a PodDisruptionBudget selects the workload's pods; returns it for further checks. */
    static PodDisruptionBudget assertBudget(Manifest m, String name) {
        Workload w = workload(m, name);
        return m.all(PodDisruptionBudget.class).stream()
                .filter(p -> p.getMetadata().getNamespace().equals(w.namespace()))
                .filter(p -> Selectors.matches(p.getSpec().getSelector(), w.podLabels()))
                .findFirst().orElseThrow(() -> new AssertionError("no PodDisruptionBudget selects the pods of "
                        + w));
    }

    /** Spread: the pods are spread across nodes by a topology spread constraint that selects them. */
    static void assertSpreadAcrossNodes(Manifest m, String name) {
        Workload w = workload(m, name);
        assertThat(w.podSpec().orElseThrow().getTopologySpreadConstraints()).as("spread of %s", w)
                .anySatisfy(c -> {
                    assertThat(c.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(Selectors.matches(c.getLabelSelector(), w.podLabels())).isTrue();
                });
    }

    /** Probes: every long-running container of the workload has readiness and liveness probes, and they differ. */
    static void assertProbes(Manifest m, String name) {
        for (Container c : workload(m, name).containers()) {
            assertThat(c.getReadinessProbe()).as("readiness of %s/%s", name, c.getName()).isNotNull();
            assertThat(c.getLivenessProbe()).as("liveness of %s/%s", name, c.getName()).isNotNull()
                    .isNotEqualTo(c.getReadinessProbe());
        }
    }

    /** Non-root: every pod runs as a non-zero user, with no privilege escalation and every capability dropped. */
    static void assertEveryPodRunsAsNonRoot(Manifest m) {
        assertThat(m.workloads()).isNotEmpty();
        for (Workload w : m.workloads()) {
            var pod = w.podSpec().orElseThrow().getSecurityContext();
            assertThat(pod.getRunAsNonRoot()).as("runAsNonRoot of %s", w).isTrue();
            assertThat(pod.getRunAsUser()).as("runAsUser of %s", w).isPositive();
            for (Workload.PodContainer pc : w.allContainers()) {
                var sc = pc.container().getSecurityContext();
                assertThat(sc.getAllowPrivilegeEscalation()).as("%s %s", w, pc.path()).isFalse();
                assertThat(sc.getCapabilities().getDrop()).as("%s %s", w, pc.path()).containsExactly("ALL");
            }
        }
    }

    /** Validation: the recommended rules find nothing above {@code INFO}. */
    static Report assertNothingAboveInfo(Manifest m) {
        Report report = Validator.recommended().evaluate(m);
        assertThat(report.atLeast(Severity.LOW).findings()).as(report.toText()).isEmpty();
        return report;
    }

    /** @return the findings of the recommended rules as {@code rule-id Kind namespace/name}, in report order */
    static List<String> findings(Manifest m) {
        return Validator.recommended().evaluate(m).findings().stream().map(ManifestChecks::describe).toList();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.object();
    }
}
