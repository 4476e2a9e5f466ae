package dev.berth.validation.rules.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.rules.workload.Messages;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact text of each availability rule's main message shape, on its bad fixture. */
class AvailabilityMessagesTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("statefulset-disruption-budget", "bad-database-without-budget.yaml", List.of(
                        "StatefulSet shop/db: no PodDisruptionBudget selects the pods (3 replicas of PostgreSQL); a "
                                + "node drain may evict them all at once")),
                Arguments.of("statefulset-spread", "bad-no-spread.yaml", List.of(
                        "StatefulSet shop/db: the 3 replicas may all run on one node: no podAntiAffinity or "
                                + "topologySpreadConstraints on kubernetes.io/hostname")),
                Arguments.of("statefulset-spread", "bad-anti-affinity-elsewhere.yaml", List.of(
                        "StatefulSet shop/db: the 3 replicas may all run on one node: the podAntiAffinity term on "
                                + "kubernetes.io/hostname looks at pods in namespaces [batch] only, not in shop, so "
                                + "it does not keep the StatefulSet's own pods apart",
                        "StatefulSet shop/cache: the 3 replicas may all run on one node: the podAntiAffinity term "
                                + "on kubernetes.io/hostname looks at pods in the namespaces labelled team=analytics "
                                + "only, not in shop, so it does not keep the StatefulSet's own pods apart")),
                Arguments.of("workload-spread", "bad-anti-affinity-elsewhere.yaml", List.of(
                        "Deployment shop/web: the pods may all run on one node: the podAntiAffinity term on "
                                + "kubernetes.io/hostname looks at pods in namespaces [batch] only, not in shop, so "
                                + "it does not keep the Deployment's own pods apart")),
                Arguments.of("workload-spread", "bad-no-spread.yaml", List.of(
                        "Deployment shop/web: the pods may all run on one node: no topologySpreadConstraints or "
                                + "podAntiAffinity on kubernetes.io/hostname")),
                Arguments.of("disruption-budget-missing", "bad-deployment-without-budget.yaml", List.of(
                        "Deployment shop/web: no PodDisruptionBudget in namespace shop selects the pods (3 replicas, "
                                + "pod labels app=web); a node drain may evict them all at once")),
                Arguments.of("disruption-budget-blocks-eviction", "bad-zero-disruptions.yaml", List.of(
                        "PodDisruptionBudget shop/web-max: spec.maxUnavailable is 0, so no pod may ever be evicted; "
                                + "node drains and upgrades hang",
                        "PodDisruptionBudget shop/web-min: spec.minAvailable is 3 and it selects 3 pods, so no pod "
                                + "may ever be evicted; node drains and upgrades hang")),
                Arguments.of("disruption-budget-selects-nothing", "bad-zookeeper-labels.yaml", List.of(
                        "PodDisruptionBudget default/zk-pdb: spec.selector (app.kubernetes.io/name=zookeeper) "
                                + "matches the pods of no workload in namespace default, so the budget protects "
                                + "nothing")),
                Arguments.of("anti-affinity-selects-nothing", "bad-zookeeper-anti-affinity.yaml", List.of(
                        "StatefulSet default/zk: podAntiAffinity selects app in (zk), which matches neither the pod "
                                + "labels (app.kubernetes.io/name=zk) nor any other workload, so it keeps nothing "
                                + "apart")),
                Arguments.of("autoscaler-target-missing", "bad-misspelt-target.yaml", List.of(
                        "HorizontalPodAutoscaler shop/web: spec.scaleTargetRef names Deployment web-app, which is "
                                + "not in this set; unless it is applied separately, the autoscaler scales nothing")),
                Arguments.of("autoscaler-replicas-conflict", "bad-replicas-and-hpa.yaml", List.of(
                        "Deployment shop/web: spec.replicas is 3 but HorizontalPodAutoscaler web scales this "
                                + "Deployment; every apply resets the replica count the autoscaler chose")),
                Arguments.of("autoscaler-min-replicas", "bad-min-one.yaml", List.of(
                        "HorizontalPodAutoscaler shop/web: spec.minReplicas is 1, below 2; at quiet times one "
                                + "restart or eviction leaves no pod serving")),
                Arguments.of("autoscaler-max-replicas", "bad-max-equals-min.yaml", List.of(
                        "HorizontalPodAutoscaler shop/web: spec.maxReplicas 3 equals spec.minReplicas 3, so the "
                                + "autoscaler can never add a pod")),
                Arguments.of("disruption-budget-above-autoscaler-min", "bad-min-available-above.yaml", List.of(
                        "PodDisruptionBudget shop/web: spec.minAvailable is 4 but HorizontalPodAutoscaler web may "
                                + "scale Deployment web down to 2; at that size no pod can be evicted")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void the_message_names_the_object_the_field_and_the_values(String ruleId, String fixture, List<String> expected) {
        // GIVEN the rule's bad fixture
        // WHEN the rule judges it
        List<String> actual = Messages.of(ruleId, fixture);
        // THEN each finding reads exactly as a person should see it
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
