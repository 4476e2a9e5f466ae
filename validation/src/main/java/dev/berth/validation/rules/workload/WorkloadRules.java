package dev.berth.validation.rules.workload;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Workload rules: selectors, replicas, probes, resources, images, API versions, deprecated annotations, jobs.
 *
 * <pre>{@code
 * new WorkloadRules().rules();
 * }</pre>
 */
public final class WorkloadRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("selector-matches-labels", "replicas-behind-service",
            "readiness-probe", "probes-identical", "probe-port-declared", "cpu-requests", "memory-requests",
            "memory-limit", "image-tag-pinned", "removed-api-version", "bare-pod", "cronjob-deadline",
            "duplicate-env", "deprecated-annotation");

    private static final Set<String> STRICT = Set.of("liveness-probe", "cpu-limit", "resource-range",
            "image-pull-policy", "job-ttl", "cronjob-concurrency", "priority-class", "controller-labels",
            "ephemeral-storage-limit");

    @Override
    public List<Rule> rules() {
        return List.of(new SelectorMatchesLabels(), new ReplicasBehindService(), new ReadinessProbe(),
                new LivenessProbe(), new ProbesIdentical(), new ProbePortDeclared(), new CpuRequests(),
                new MemoryRequests(), new MemoryLimit(), new CpuLimit(), new ResourceRange(), new ImageTagPinned(),
                new ImagePullPolicy(), new RemovedApiVersion(), new BarePod(), new JobTtl(), new CronJobDeadline(),
                new CronJobConcurrency(), new DuplicateEnv(), new PriorityClass(), new ControllerLabels(),
                new DeprecatedAnnotation(), new EphemeralStorageLimit());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return switch (ruleSet) {
            case RuleSets.RECOMMENDED -> RECOMMENDED;
            case RuleSets.STRICT -> STRICT;
            default -> Set.of();
        };
    }
}
