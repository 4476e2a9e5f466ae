package dev.berth.validation.rules.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact text of each workload rule's main message shape, on its bad fixture. */
class WorkloadMessagesTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("selector-matches-labels", "bad-selector-mismatch.yaml", List.of(
                        "Deployment shop/web: spec.selector (app=frontend) does not match the pod template labels "
                                + "(app=web); the API server rejects it",
                        "StatefulSet shop/mongo: spec.selector is missing; apps/v1 requires one that matches the pod "
                                + "template labels (app=mongo)")),
                Arguments.of("replicas-behind-service", "bad-single-replica.yaml", List.of(
                        "Deployment shop/web: spec.replicas is 1 but Service web sends traffic to it; with fewer "
                                + "than 2 replicas a single restart or eviction leaves the Service with no endpoint")),
                Arguments.of("readiness-probe", "bad-no-readiness.yaml", List.of(
                        "Deployment shop/web: container web has no readinessProbe, so Service web sends it traffic "
                                + "before it is ready and while it cannot answer")),
                Arguments.of("liveness-probe", "bad-no-liveness.yaml", List.of(
                        "Deployment shop/web: container web has no livenessProbe; if its process hangs without "
                                + "exiting, nothing restarts it")),
                Arguments.of("probes-identical", "bad-same-endpoint.yaml", List.of(
                        "Deployment shop/web: container web uses the same check (httpGet /health on port 8080) for "
                                + "livenessProbe and readinessProbe; a pod that is only busy gets restarted instead "
                                + "of taken out of the Service")),
                Arguments.of("probe-port-declared", "bad-undeclared-ports.yaml", List.of(
                        "StatefulSet shop/db: livenessProbe.tcpSocket.port names port \"postgresql\", which is not "
                                + "among the ports container postgres declares (5432 named postgres)",
                        "StatefulSet shop/db: readinessProbe.tcpSocket.port is 5433, which is not among the ports "
                                + "container postgres declares (5432 named postgres)")),
                Arguments.of("probe-port-declared", "bad-udp-port.yaml", List.of(
                        "Deployment infra/dns: livenessProbe.tcpSocket.port names port \"dns\", which container "
                                + "dnsmasq declares with protocol UDP only; the kubelet probes over TCP, so the probe "
                                + "always fails",
                        "Deployment infra/dns: readinessProbe.tcpSocket.port is 53, which container dnsmasq declares "
                                + "with protocol UDP only; the kubelet probes over TCP, so the probe always fails",
                        "Deployment infra/dns: startupProbe.grpc.port is 514, which container dnsmasq declares with "
                                + "protocol UDP only; the kubelet probes over TCP, so the probe always fails")),
                Arguments.of("cpu-requests", "bad-memory-only.yaml", List.of(
                        "Deployment shop/web: container web sets no CPU request; the scheduler places it as if it "
                                + "needed no CPU, and under contention it gets the smallest share")),
                Arguments.of("memory-requests", "bad-cpu-only.yaml", List.of(
                        "Deployment shop/web: container web sets no memory request; the scheduler places it as if "
                                + "it needed no memory, and it is among the first evicted when the node runs short")),
                Arguments.of("memory-limit", "bad-requests-only.yaml", List.of(
                        "Deployment shop/web: container web sets no memory limit; a leak grows until the node runs "
                                + "out of memory and the kernel kills processes of other pods too")),
                Arguments.of("cpu-limit", "bad-memory-limit-only.yaml", List.of(
                        "Deployment shop/web: container web sets no CPU limit; it can use every idle core of the "
                                + "node")),
                Arguments.of("resource-range", "bad-typo-limits.yaml", List.of(
                        "Deployment shop/web: container web limits cpu to 50m, below the minimum 100m",
                        "Deployment shop/web: container web limits memory to 100, below the minimum 100Mi")),
                Arguments.of("image-tag-pinned", "bad-latest-and-untagged.yaml", List.of(
                        "CronJob shop/report: container report image example/report:latest uses the tag latest; "
                                + "each node runs whatever version it pulled",
                        "CronJob shop/report: container fetch image curlimages/curl has no tag, which means latest; "
                                + "each node runs whatever version it pulled")),
                Arguments.of("image-pull-policy", "bad-if-not-present.yaml", List.of(
                        "Pod default/app: container app sets imagePullPolicy IfNotPresent, so the kubelet may start "
                                + "a cached image without checking the pod's pull credentials",
                        "Pod default/app: container proxy leaves imagePullPolicy unset, which is IfNotPresent for "
                                + "image envoyproxy/envoy:v1.31.2, so the kubelet may start a cached image without "
                                + "checking the pod's pull credentials",
                        "Pod default/app: container tools sets imagePullPolicy IfNotPresent, so the kubelet may start "
                                + "a cached image without checking the pod's pull credentials")),
                Arguments.of("removed-api-version", "bad-old-versions.yaml", List.of(
                        "Deployment default/web: apiVersion extensions/v1beta1 of Deployment was removed in "
                                + "Kubernetes 1.16; use apps/v1",
                        "PodDisruptionBudget default/web: apiVersion policy/v1beta1 of PodDisruptionBudget was "
                                + "removed in Kubernetes 1.25; use policy/v1")),
                Arguments.of("bare-pod", "bad-bare-pod.yaml", List.of(
                        "Pod cache/redis: Pod is not managed by a controller; nothing recreates it when its node "
                                + "fails, drains or evicts it")),
                Arguments.of("job-ttl", "bad-job-without-ttl.yaml", List.of(
                        "Job shop/migrate: spec.ttlSecondsAfterFinished is unset, so the finished Job and its pods "
                                + "stay until someone deletes them")),
                Arguments.of("cronjob-deadline", "bad-no-deadline.yaml", List.of(
                        "CronJob shop/backup: spec.startingDeadlineSeconds is unset, so a missed run starts however "
                                + "late, and after 100 missed schedules the CronJob stops")),
                Arguments.of("cronjob-concurrency", "bad-default-allow.yaml", List.of(
                        "CronJob shop/backup: spec.concurrencyPolicy is unset (Allow), so a run that outlasts the "
                                + "schedule interval overlaps the next one")),
                Arguments.of("duplicate-env", "bad-env-twice.yaml", List.of(
                        "Deployment shop/web: container web sets LOG_LEVEL in env[0] and again in env[2]; the later "
                                + "entry silently wins")),
                Arguments.of("priority-class", "bad-no-priority.yaml", List.of(
                        "Deployment shop/web: priorityClassName is unset, so the pods run at the default priority "
                                + "and cannot preempt less important ones")),
                Arguments.of("controller-labels", "bad-instance-label.yaml", List.of(
                        "Deployment shop/web: metadata.labels has no app.kubernetes.io/instance; set it to the name "
                                + "web",
                        "Pod default/debug: label app.kubernetes.io/instance is web but the name is debug")));
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
