package dev.berth.core.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of fields whose values Berth reads with this package, per kind: what each holds and the least value
 * Kubernetes accepts there, with the API server validation it follows ({@code k8s.io/kubernetes/pkg/apis/.../
 * validation}). Paths use {@code [*]} for every item of a list and {@code .*} for every value of a map; pod spec
 * fields are listed once and apply under every kind's pod template.
 *
 * <pre>{@code
 * ValueFields.of("Deployment");                               // spec.replicas, ..., containers' ports and resources
 * ValueFields.minimum("spec.replicas");                       // OptionalLong[0]
 * ValueFields.minimum("spec.template.spec.containers[0].ports[1].containerPort"); // OptionalLong[1]
 * }</pre>
 */
public final class ValueFields {

    /**
     * One field.
     *
     * @param path the field path pattern, such as {@code spec.template.spec.containers[*].ports[*].containerPort}
     * @param kind what the field holds
     * @param minimum the least value the API server accepts (numbers and quantities), or {@link Long#MIN_VALUE}
     * @param source the Kubernetes validation the minimum follows
     */
    public record Field(String path, ValueKind kind, long minimum, String source) {
    }

    private static final String CORE = "core/validation ";
    private static final String APPS = "apps/validation ";
    private static final String BATCH = "batch/validation ";
    private static final long NONE = Long.MIN_VALUE;

    private static final Map<String, String> POD_SPEC = Map.of("Pod", "spec", "PodTemplate", "template.spec",
            "Deployment", "spec.template.spec", "ReplicaSet", "spec.template.spec", "StatefulSet",
            "spec.template.spec", "DaemonSet", "spec.template.spec", "ReplicationController", "spec.template.spec",
            "Job", "spec.template.spec", "CronJob", "spec.jobTemplate.spec.template.spec");

    private static final List<Field> POD_FIELDS = podFields();
    private static final Map<String, List<Field>> BY_KIND = byKind();

    private ValueFields() {
    }

    /**
     * @param kind a kind, such as {@code Deployment}
     * @return the fields of that kind this package reads, empty for kinds it does not know
     */
    public static List<Field> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    /**
     * The least value the API server accepts at a concrete field path of any kind, such as {@code 0} for
     * {@code spec.replicas}; the reader names it in "must be an integer between 0 and 2147483647".
     *
     * @param path a concrete field path, list items written with their index
     * @return the minimum, or empty when the table does not list the field or sets no minimum
     */
    public static java.util.OptionalLong minimum(String path) {
        for (List<Field> fields : BY_KIND.values()) {
            for (Field field : fields) {
                if (field.minimum() != NONE && matches(field.path(), path)) {
                    return java.util.OptionalLong.of(field.minimum());
                }
            }
        }
        return java.util.OptionalLong.empty();
    }

    /**
     * @param pattern a path pattern with {@code [*]} and {@code .*}
     * @param path a concrete path
     * @return true when the path is one the pattern names
     */
    static boolean matches(String pattern, String path) {
        int p = 0;
        int q = 0;
        while (p < pattern.length()) {
            if (pattern.startsWith("[*]", p)) {
                if (q >= path.length() || path.charAt(q) != '[') {
                    return false;
                }
                int close = path.indexOf(']', q);
                if (close < 0) {
                    return false;
                }
                p += 3;
                q = close + 1;
            } else if (pattern.startsWith(".*", p) && p + 2 == pattern.length()) {
                return q < path.length() && (path.charAt(q) == '.' || path.charAt(q) == '[')
                        && path.indexOf('.', q + 1) < 0;
            } else {
                if (q >= path.length() || pattern.charAt(p) != path.charAt(q)) {
                    return false;
                }
                p++;
                q++;
            }
        }
        return q == path.length();
    }

    private static List<Field> podFields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("activeDeadlineSeconds", ValueKind.INTEGER, 1, CORE + "ValidatePodSpec"));
        fields.add(new Field("overhead.*", ValueKind.QUANTITY, 0, CORE + "ValidateResourceQuantityValue"));
        fields.add(new Field("volumes[*].emptyDir.sizeLimit", ValueKind.QUANTITY, 0, CORE + "validateEmptyDir"));
        for (String containers : List.of("containers", "initContainers")) {
            String c = containers + "[*].";
            fields.add(new Field(c + "image", ValueKind.IMAGE, NONE, "the Docker reference grammar the kubelet "
                    + "pulls with (InvalidImageName)"));
            fields.add(new Field(c + "ports[*].containerPort", ValueKind.PORT, 1, CORE + "validateContainerPorts"));
            fields.add(new Field(c + "ports[*].hostPort", ValueKind.PORT, 0, CORE + "validateContainerPorts"));
            fields.add(new Field(c + "ports[*].name", ValueKind.PORT_NAME, NONE, CORE + "validateContainerPorts"));
            fields.add(new Field(c + "resources.requests.*", ValueKind.QUANTITY, 0,
                    CORE + "ValidateResourceQuantityValue"));
            fields.add(new Field(c + "resources.limits.*", ValueKind.QUANTITY, 0,
                    CORE + "ValidateResourceQuantityValue"));
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                String at = c + probe + ".";
                for (String count : List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds",
                        "successThreshold", "failureThreshold")) {
                    fields.add(new Field(at + count, ValueKind.INTEGER, 0, CORE + "validateProbe"));
                }
                fields.add(new Field(at + "httpGet.port", ValueKind.PORT_OR_NAME, 1, CORE + "validateHTTPGetAction"));
                fields.add(new Field(at + "tcpSocket.port", ValueKind.PORT_OR_NAME, 1,
                        CORE + "validateTCPSocketAction"));
                fields.add(new Field(at + "grpc.port", ValueKind.PORT, 1, CORE + "validateGRPCAction"));
            }
        }
        return List.copyOf(fields);
    }

    private static Map<String, List<Field>> byKind() {
        Map<String, List<Field>> kinds = new java.util.HashMap<>();
        for (Map.Entry<String, String> pod : POD_SPEC.entrySet()) {
            List<Field> fields = kinds.computeIfAbsent(pod.getKey(), k -> new ArrayList<>());
            for (Field field : POD_FIELDS) {
                fields.add(new Field(pod.getValue() + "." + field.path(), field.kind(), field.minimum(),
                        field.source()));
            }
        }
        for (String kind : Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController")) {
            add(kinds, kind, "spec.replicas", ValueKind.INTEGER, 0, APPS + "ValidateNonnegativeField");
            add(kinds, kind, "spec.minReadySeconds", ValueKind.INTEGER, 0, APPS + "ValidateNonnegativeField");
        }
        for (String kind : Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job")) {
            add(kinds, kind, "spec.selector", ValueKind.SELECTOR, NONE, "metav1validation.ValidateLabelSelector");
        }
        add(kinds, "Deployment", "spec.revisionHistoryLimit", ValueKind.INTEGER, 0, APPS + "ValidateDeploymentSpec");
        add(kinds, "Deployment", "spec.progressDeadlineSeconds", ValueKind.INTEGER, 0,
                APPS + "ValidateDeploymentSpec");
        add(kinds, "Deployment", "spec.strategy.rollingUpdate.maxSurge", ValueKind.COUNT_OR_PERCENT, 0,
                APPS + "ValidateRollingUpdateDeployment");
        add(kinds, "Deployment", "spec.strategy.rollingUpdate.maxUnavailable",
                ValueKind.COUNT_OR_PERCENT_UP_TO_100, 0,
                APPS + "ValidateRollingUpdateDeployment");
        add(kinds, "StatefulSet", "spec.revisionHistoryLimit", ValueKind.INTEGER, 0, APPS + "ValidateStatefulSetSpec");
        add(kinds, "StatefulSet", "spec.updateStrategy.rollingUpdate.partition", ValueKind.INTEGER, 0,
                APPS + "ValidateStatefulSetSpec");
        add(kinds, "DaemonSet", "spec.minReadySeconds", ValueKind.INTEGER, 0, APPS + "ValidateDaemonSetSpec");
        add(kinds, "DaemonSet", "spec.revisionHistoryLimit", ValueKind.INTEGER, 0, APPS + "ValidateDaemonSetSpec");
        for (String job : List.of("Job:spec.", "CronJob:spec.jobTemplate.spec.")) {
            String kind = job.substring(0, job.indexOf(':'));
            String at = job.substring(job.indexOf(':') + 1);
            for (String count : List.of("parallelism", "completions", "backoffLimit", "ttlSecondsAfterFinished")) {
                add(kinds, kind, at + count, ValueKind.INTEGER, 0, BATCH + "validateJobSpec");
            }
            add(kinds, kind, at + "activeDeadlineSeconds", ValueKind.INTEGER, 1, BATCH + "validateJobSpec");
        }
        add(kinds, "CronJob", "spec.schedule", ValueKind.CRON, NONE, BATCH + "validateScheduleFormat");
        for (String count : List.of("startingDeadlineSeconds", "successfulJobsHistoryLimit",
                "failedJobsHistoryLimit")) {
            add(kinds, "CronJob", "spec." + count, ValueKind.INTEGER, 0, BATCH + "validateCronJobSpec");
        }
        add(kinds, "HorizontalPodAutoscaler", "spec.minReplicas", ValueKind.INTEGER, 1,
                "autoscaling/validation ValidateHorizontalPodAutoscalerSpec");
        add(kinds, "HorizontalPodAutoscaler", "spec.maxReplicas", ValueKind.INTEGER, 1,
                "autoscaling/validation ValidateHorizontalPodAutoscalerSpec");
        add(kinds, "PodDisruptionBudget", "spec.minAvailable", ValueKind.COUNT_OR_PERCENT_UP_TO_100, 0,
                "policy/validation ValidatePodDisruptionBudgetSpec");
        add(kinds, "PodDisruptionBudget", "spec.maxUnavailable", ValueKind.COUNT_OR_PERCENT_UP_TO_100, 0,
                "policy/validation ValidatePodDisruptionBudgetSpec");
        add(kinds, "PodDisruptionBudget", "spec.selector", ValueKind.SELECTOR, NONE,
                "metav1validation.ValidateLabelSelector");
        add(kinds, "NetworkPolicy", "spec.podSelector", ValueKind.SELECTOR, NONE,
                "metav1validation.ValidateLabelSelector");
        add(kinds, "Service", "spec.ports[*].port", ValueKind.PORT, 1, CORE + "validateServicePort");
        add(kinds, "Service", "spec.ports[*].targetPort", ValueKind.PORT_OR_NAME, 0, CORE + "validateServicePort");
        add(kinds, "Service", "spec.ports[*].nodePort", ValueKind.PORT, 0, CORE + "ValidateService");
        add(kinds, "Ingress", "spec.defaultBackend.service.port.number", ValueKind.PORT, 1,
                "networking/validation validateIngressBackend");
        add(kinds, "Ingress", "spec.rules[*].http.paths[*].backend.service.port.number", ValueKind.PORT, 1,
                "networking/validation validateIngressBackend");
        add(kinds, "PersistentVolumeClaim", "spec.resources.requests.*", ValueKind.QUANTITY, 0,
                CORE + "ValidateResourceQuantityValue");
        add(kinds, "PersistentVolumeClaim", "spec.resources.limits.*", ValueKind.QUANTITY, 0,
                CORE + "ValidateResourceQuantityValue");
        add(kinds, "PersistentVolume", "spec.capacity.*", ValueKind.QUANTITY, 0, CORE + "ValidatePersistentVolumeSpec");
        add(kinds, "ResourceQuota", "spec.hard.*", ValueKind.QUANTITY, 0, CORE + "ValidateResourceQuantityValue");
        for (String limit : List.of("max", "min", "default", "defaultRequest", "maxLimitRequestRatio")) {
            add(kinds, "LimitRange", "spec.limits[*]." + limit + ".*", ValueKind.QUANTITY, 0,
                    CORE + "ValidateLimitRange");
        }
        Map<String, List<Field>> copy = new java.util.HashMap<>();
        kinds.forEach((kind, fields) -> copy.put(kind, List.copyOf(fields)));
        return Map.copyOf(copy);
    }

    private static void add(Map<String, List<Field>> kinds, String kind, String path, ValueKind valueKind,
            long minimum, String source) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Field(path, valueKind, minimum, source));
    }

    /**
     * @param kind a kind
     * @return the path of its pod spec, such as {@code spec.template.spec}, when it has one
     */
    public static Optional<String> podSpecPath(String kind) {
        return Optional.ofNullable(POD_SPEC.get(kind));
    }
}
