package dev.berth.validation.rules.workload;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolarisScratchTest {
    @Test
    void agreement() throws Exception {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        String[] pairs = {"cpuLimitsMissing", "cpu-limit", "cpuRequestsMissing", "cpu-requests", "memoryLimitsMissing",
            "memory-limit", "memoryRequestsMissing", "memory-requests", "livenessProbeMissing", "liveness-probe",
            "readinessProbeMissing", "readiness-probe", "tagNotSpecified", "image-tag-pinned", "pullPolicyNotAlways",
            "image-pull-policy", "deploymentMissingReplicas", "replicas-behind-service", "nakedPod", "bare-pod",
            "priorityClassNotSet", "priority-class", "metadataAndInstanceMismatched", "controller-labels",
            "resourceRange", "resource-range", "missingPodDisruptionBudget", "disruption-budget-missing",
            "pdbDisruptionsIsZero", "disruption-budget-blocks-eviction", "hpaMinAvailability",
            "autoscaler-min-replicas", "hpaMaxAvailability", "autoscaler-max-replicas",
            "pdbMinAvailableGreaterThanHPAMinReplicas", "disruption-budget-above-autoscaler-min"};
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        RuleSet all = RuleSets.all();
        for (var e : map.entrySet()) {
            Path dir = Path.of("/work/shared/external/polaris-checks", e.getKey());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    boolean fail = name.startsWith("failure");
                    if (!fail && !name.startsWith("success")) {
                        continue;
                    }
                    Manifest m = new ManifestReader().read(f);
                    var findings = Validator.of(RuleSet.of("x", java.util.List.of(all.rule(e.getValue()).get())))
                            .evaluate(m).findings();
                    boolean agree = fail != findings.isEmpty();
                    System.out.println("POLARIS " + (agree ? "agree   " : "DISAGREE") + " " + e.getKey() + "/" + name
                            + " -> " + e.getValue() + " " + findings.stream().map(x -> x.message()).toList()
                            + " types=" + m.objects().stream().map(o -> o.getClass().getSimpleName()).toList());
                }
            }
        }
    }
}
