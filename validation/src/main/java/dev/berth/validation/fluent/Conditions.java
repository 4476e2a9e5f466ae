package dev.berth.validation.fluent;

import dev.berth.core.Manifest;
import dev.berth.core.source.FieldPaths;
import dev.berth.core.state.ImageReference;
import dev.berth.core.values.Images;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the selected workloads should do. Each method adds a condition and returns the rule, which reads on with
 * {@link FluentRule#because}, {@link FluentRule#andShould()} or {@link FluentRule#as}.
 *
 * <pre>{@code
 * Rules.workloads().that().runADatastore().should().haveADisruptionBudget().andShould().runAsNonRoot();
 * }</pre>
 */
public final class Conditions {

    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private final WorkloadSelection selection;
    private final List<Condition> conditions;
    private final FluentRule base;

    Conditions(WorkloadSelection selection, List<Condition> conditions) {
        this(selection, conditions, null);
    }

    Conditions(WorkloadSelection selection, List<Condition> conditions, FluentRule base) {
        this.selection = selection;
        this.conditions = conditions;
        this.base = base;
    }

    /** Where a condition records what a workload does wrong. */
    interface Sink {
        void violation(String fieldPath, String message);
    }

    /** One condition: how it reads, and how it judges one workload. */
    interface Condition {
        String description();

        void check(Workload workload, Manifest manifest, Sink sink);
    }

    /**
     * A Deployment, StatefulSet, ReplicaSet or ReplicationController must declare at least that many replicas (an
     * unset {@code spec.replicas} counts as the API's default, 1); a bare Pod counts as 1. DaemonSets, Jobs and
     * CronJobs have no replica count and pass.
     *
     * @param min the least number of replicas
     * @return the rule
     */
    public FluentRule haveReplicasAtLeast(int min) {
        return add(condition("have at least " + min + " replicas", (w, m, sink) -> {
            if (!SCALABLE.contains(w.kind()) && !w.isBarePod()) {
                return;
            }
            boolean declared = w.replicas().isPresent();
            int replicas = w.replicas().orElse(1);
            if (replicas < min) {
                sink.violation(w.isBarePod() ? "" : "spec.replicas", (w.isBarePod() ? "is a single Pod"
                        : "has " + replicas + (replicas == 1 ? " replica" : " replicas")
                        + (declared ? "" : " (spec.replicas is not set)")) + ", fewer than " + min);
            }
        }));
    }

    /** @return the rule, demanding a PodDisruptionBudget that selects the workload's pods */
    public FluentRule haveADisruptionBudget() {
        return add(condition("have a PodDisruptionBudget", (w, m, sink) -> {
            if (m.references().disruptionBudgetsFor(w).isEmpty()) {
                sink.violation("", "no PodDisruptionBudget selects its pods");
            }
        }));
    }

    /**
     * Every container, init containers included, must run as a non-root user: {@code runAsNonRoot: true} or a non-zero
     * {@code runAsUser}, set on the container or inherited from the pod's security context.
     *
     * @return the rule
     */
    public FluentRule runAsNonRoot() {
        return add(condition("run as non-root", (w, m, sink) -> {
            PodSecurityContext pod = w.podSpec().map(PodSpec::getSecurityContext).orElse(null);
            for (Workload.PodContainer pc : w.allContainers()) {
                SecurityContext own = pc.container().getSecurityContext();
                Long user = own != null && own.getRunAsUser() != null ? own.getRunAsUser()
                        : pod == null ? null : pod.getRunAsUser();
                Boolean nonRoot = own != null && own.getRunAsNonRoot() != null ? own.getRunAsNonRoot()
                        : pod == null ? null : pod.getRunAsNonRoot();
                if (user != null && user == 0) {
                    sink.violation(pc.path() + ".securityContext.runAsUser", "container " + pc.container().getName()
                            + " runs as user 0 (root)");
                } else if (user == null && !Boolean.TRUE.equals(nonRoot)) {
                    sink.violation(pc.path() + ".securityContext.runAsNonRoot", "container "
                            + pc.container().getName() + " may run as root: neither it nor its pod sets "
                            + "runAsNonRoot: true or a non-zero runAsUser");
                }
            }
        }));
    }

    /**
     * Every container, init containers included, must request CPU and memory and limit memory.
     *
     * @return the rule
     */
    public FluentRule haveResources() {
        return add(condition("have CPU and memory requests and a memory limit", (w, m, sink) -> {
            for (Workload.PodContainer pc : w.allContainers()) {
                ResourceRequirements r = pc.container().getResources();
                List<String> missing = new ArrayList<>();
                if (!has(r == null ? null : r.getRequests(), "cpu")) {
                    missing.add("CPU request");
                }
                if (!has(r == null ? null : r.getRequests(), "memory")) {
                    missing.add("memory request");
                }
                if (!has(r == null ? null : r.getLimits(), "memory")) {
                    missing.add("memory limit");
                }
                if (!missing.isEmpty()) {
                    sink.violation(pc.path() + ".resources", "container " + pc.container().getName() + " has no "
                            + String.join(", no ", missing));
                }
            }
        }));
    }

    /** @return the rule, demanding a readiness and a liveness probe on every container (init containers excepted) */
    public FluentRule haveProbes() {
        return add(condition("have readiness and liveness probes", (w, m, sink) -> {
            for (Workload.PodContainer pc : w.allContainers()) {
                Container c = pc.container();
                if (pc.init() || c.getReadinessProbe() != null && c.getLivenessProbe() != null) {
                    continue;
                }
                String missing = c.getReadinessProbe() == null && c.getLivenessProbe() == null
                        ? "no readiness probe and no liveness probe"
                        : c.getReadinessProbe() == null ? "no readiness probe" : "no liveness probe";
                sink.violation(pc.path() + (c.getReadinessProbe() == null ? ".readinessProbe" : ".livenessProbe"),
                        "container " + c.getName() + " has " + missing);
            }
        }));
    }

    /** @return the rule, forbidding hostPath volumes */
    public FluentRule mountNoHostPath() {
        return add(condition("mount no hostPath volume", (w, m, sink) -> {
            List<Volume> volumes = w.podSpec().map(PodSpec::getVolumes).orElse(null);
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                Volume v = volumes.get(i);
                if (v.getHostPath() != null) {
                    sink.violation(w.podSpecPath() + ".volumes[" + i + "].hostPath", "volume " + v.getName()
                            + " mounts the node's " + v.getHostPath().getPath());
                }
            }
        }));
    }

    /** @return the rule, demanding images pinned to a tag other than {@code latest} or to a digest */
    public FluentRule usePinnedImages() {
        return add(condition("use pinned images", (w, m, sink) -> {
            for (Workload.PodContainer pc : w.allContainers()) {
                String image = pc.container().getImage();
                if (image != null && !image.isBlank() && !pinned(image)) {
                    sink.violation(pc.path() + ".image", "container " + pc.container().getName() + " uses image "
                            + image + ", which names no tag other than latest and no digest");
                }
            }
        }));
    }

    /**
     * @param key a label key
     * @param value its value
     * @return the rule, demanding that label on the workload object
     */
    public FluentRule haveLabel(String key, String value) {
        return add(condition("have label " + key + "=" + value, (w, m, sink) -> {
            String found = metadata(w, true).get(key);
            if (!value.equals(found)) {
                sink.violation(found == null ? "metadata.labels" : FieldPaths.field("metadata.labels", key),
                        found == null ? "has no label " + key : "has label " + key + "=" + found + ", not " + value);
            }
        }));
    }

    /**
     * @param key a label key
     * @return the rule, demanding a label with that key on the workload object
     */
    public FluentRule haveLabel(String key) {
        return add(condition("have label " + key, (w, m, sink) -> {
            if (!metadata(w, true).containsKey(key)) {
                sink.violation("metadata.labels", "has no label " + key);
            }
        }));
    }

    /**
     * @param key an annotation key
     * @return the rule, demanding an annotation with that key on the workload object
     */
    public FluentRule haveAnnotation(String key) {
        return add(condition("have annotation " + key, (w, m, sink) -> {
            if (!metadata(w, false).containsKey(key)) {
                sink.violation("metadata.annotations", "has no annotation " + key);
            }
        }));
    }

    /**
     * A condition of one's own, as ArchUnit's {@code should(ArchCondition)}.
     *
     * <pre>{@code
     * Rules.workloads().should().satisfy(WorkloadCondition.of("name its team", (workload, events) -> {
     *     if (!workload.podLabels().containsKey("team")) {
     *         events.violation("spec.template.metadata.labels", "has no pod label team");
     *     }
     * }));
     * }</pre>
     *
     * @param condition the condition; its description reads on after "should"
     * @return the rule
     */
    public FluentRule satisfy(WorkloadCondition condition) {
        return add(condition.asCondition());
    }

    /**
     * A predicate of one's own that every selected workload must meet; each one that does not is a finding on the
     * object as a whole, {@code does not satisfy "<description>"} (see {@link WorkloadCondition#from}).
     *
     * @param predicate the predicate; its description reads on after "should", such as {@code be labelled by team}
     * @return the rule
     */
    public FluentRule satisfy(DescribedPredicate<? super Workload> predicate) {
        return satisfy(WorkloadCondition.from(predicate));
    }

    private FluentRule add(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return base == null ? FluentRule.of(selection, List.copyOf(more)) : base.withConditions(List.copyOf(more));
    }

    private interface Check {
        void check(Workload workload, Manifest manifest, Sink sink);
    }

    private static Condition condition(String description, Check check) {
        return new Condition() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void check(Workload workload, Manifest manifest, Sink sink) {
                check.check(workload, manifest, sink);
            }
        };
    }

    private static boolean has(Map<String, Quantity> quantities, String name) {
        return quantities != null && quantities.get(name) != null;
    }

    private static boolean pinned(String image) {
        return Images.parse(image).value().map(ImageReference::isPinned).orElse(false);
    }

    private static Map<String, String> metadata(Workload w, boolean labels) {
        if (w.owner().getMetadata() == null) {
            return Map.of();
        }
        Map<String, String> map = labels ? w.owner().getMetadata().getLabels() : w.owner().getMetadata()
                .getAnnotations();
        return map == null ? Map.of() : map;
    }
}
