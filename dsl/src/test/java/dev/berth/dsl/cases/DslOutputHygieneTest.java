package dev.berth.dsl.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the validator's rules will ask of good cases, checked here on every seed case's output so the DSL stays clean
 * under them: run as non-root, no privilege escalation, capabilities dropped, requests and a memory limit, probes on
 * long-running containers, no API token unless bound, recommended labels; StatefulSets governed by a headless
 * Service, with claim templates, retained data, a disruption budget and a spread.
 */
class DslOutputHygieneTest {

    @TestFactory
    Stream<DynamicTest> every_seed_case_is_secure_and_production_ready() {
        return SeedCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            // GIVEN a seed case WHEN built
            Manifest m = e.getValue().get().manifest();
            // THEN every object is labelled
            m.forEach(o -> assertThat(o.getMetadata().getLabels()).as(o.getKind() + " " + o.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/managed-by", "berth"));
            for (Workload w : m.workloads()) {
                var pod = w.podSpec().orElseThrow();
                assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(w.toString()).isTrue();
                assertThat(pod.getSecurityContext().getRunAsUser()).as(w.toString()).isPositive();
                assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
                boolean bound = pod.getAutomountServiceAccountToken();
                assertThat(!bound || !m.all(io.fabric8.kubernetes.api.model.rbac.RoleBinding.class).isEmpty())
                        .as(w + " mounts a token only when a role is bound").isTrue();
                boolean longRunning = Stream.of("Deployment", "StatefulSet", "DaemonSet").anyMatch(w.kind()::equals);
                for (Workload.PodContainer pc : w.allContainers()) {
                    var c = pc.container();
                    String what = w + " " + c.getName();
                    assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(what).isFalse();
                    assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(what).containsExactly("ALL");
                    assertThat(c.getResources().getRequests()).as(what).containsKeys("cpu", "memory");
                    assertThat(c.getResources().getLimits()).as(what).containsKey("memory");
                    assertThat(c.getImage()).as(what).contains(":");
                    if (longRunning && !pc.init()) {
                        assertThat(c.getReadinessProbe()).as(what).isNotNull();
                        assertThat(c.getLivenessProbe()).as(what).isNotNull();
                    }
                }
            }
            for (StatefulSet s : m.all(StatefulSet.class)) {
                String ns = s.getMetadata().getNamespace();
                Service governing = m.find(Service.class, ns, s.getSpec().getServiceName()).orElseThrow();
                assertThat(governing.getSpec().getClusterIP()).isEqualTo("None");
                Map<String, String> podLabels = s.getSpec().getTemplate().getMetadata().getLabels();
                assertThat(podLabels).containsAllEntriesOf(governing.getSpec().getSelector());
                assertThat(s.getSpec().getVolumeClaimTemplates()).isNotEmpty();
                assertThat(s.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isEqualTo("Retain");
                assertThat(s.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()).isNotEmpty();
                assertThat(m.all(PodDisruptionBudget.class)).anySatisfy(p -> assertThat(podLabels)
                        .containsAllEntriesOf(p.getSpec().getSelector().getMatchLabels()));
            }
        }));
    }
}
