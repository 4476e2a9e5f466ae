package dev.berth.validation.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures agreement with Polaris's own check fixtures ({@code ../shared/external/polaris-checks}): for each Polaris
 * check mapped to a Berth rule, every {@code failure*} file must give a finding of that rule and every {@code success*}
 * file none. The figures are written to {@code docs/accuracy-polaris.md}; the test fails when that page is stale
 * (regenerate with {@code -Dberth.updateDocs=true}) and when agreement falls below 95% or fewer than
 * {@value #MAPPED_FLOOR} checks map. A folder whose {@code check.yaml} replaces Polaris's check with another one is not
 * counted: its files test that other check, not the mapped behaviour.
 */
class PolarisAgreementTest {

    /** Polaris check id to Berth rule id. Checks absent here are listed as unmapped, with the reason. */
    static final Map<String, String> MAPPING = new LinkedHashMap<>();
    static final Map<String, String> UNMAPPED = new LinkedHashMap<>();
    /** Folders with a {@code check.yaml} that only configures Polaris's own check, so its files still test it. */
    static final Map<String, String> CONFIGURED = new LinkedHashMap<>();
    /** Every Polaris check maps today but the two replaced folders; a lost mapping fails the test. */
    static final int MAPPED_FLOOR = 45;
    private static final String LABEL_CHECK = "its check.yaml replaces the check with a label check "
            + "(app.kubernetes.io/name must equal metadata.name), and its failure and success files differ only in "
            + "that label, so they do not test ";

    static {
        MAPPING.put("automountServiceAccountToken", "token-automount");
        MAPPING.put("clusterrolePodExecAttach", "rbac-pod-exec");
        MAPPING.put("clusterrolebindingClusterAdmin", "rbac-cluster-admin-binding");
        MAPPING.put("clusterrolebindingPodExecAttach", "rbac-pod-exec");
        MAPPING.put("cpuLimitsMissing", "cpu-limit");
        MAPPING.put("cpuRequestsMissing", "cpu-requests");
        MAPPING.put("dangerousCapabilities", "dangerous-capabilities");
        MAPPING.put("deploymentMissingReplicas", "replicas-behind-service");
        MAPPING.put("hostIPCSet", "host-namespaces");
        MAPPING.put("hostNetworkSet", "host-namespaces");
        MAPPING.put("hostPIDSet", "host-namespaces");
        MAPPING.put("hostPathSet", "host-path");
        MAPPING.put("hostPortSet", "host-port");
        MAPPING.put("hostProcess", "host-process");
        MAPPING.put("hpaMaxAvailability", "autoscaler-max-replicas");
        MAPPING.put("hpaMinAvailability", "autoscaler-min-replicas");
        MAPPING.put("insecureCapabilities", "insecure-capabilities");
        MAPPING.put("linuxHardening", "linux-hardening");
        MAPPING.put("livenessProbeMissing", "liveness-probe");
        MAPPING.put("memoryLimitsMissing", "memory-limit");
        MAPPING.put("memoryRequestsMissing", "memory-requests");
        MAPPING.put("metadataAndInstanceMismatched", "controller-labels");
        MAPPING.put("missingNetworkPolicy", "pod-without-network-policy");
        MAPPING.put("missingPodDisruptionBudget", "disruption-budget-missing");
        MAPPING.put("notReadOnlyRootFilesystem", "read-only-root-filesystem");
        MAPPING.put("pdbDisruptionsIsZero", "disruption-budget-blocks-eviction");
        MAPPING.put("pdbMinAvailableGreaterThanHPAMinReplicas", "disruption-budget-above-autoscaler-min");
        MAPPING.put("priorityClassNotSet", "priority-class");
        MAPPING.put("privilegeEscalationAllowed", "privilege-escalation");
        MAPPING.put("procMount", "proc-mount");
        MAPPING.put("pullPolicyNotAlways", "image-pull-policy");
        MAPPING.put("readinessProbeMissing", "readiness-probe");
        MAPPING.put("resourceRange", "resource-range");
        MAPPING.put("rolePodExecAttach", "rbac-pod-exec");
        MAPPING.put("rolebindingClusterAdminClusterRole", "rbac-cluster-admin-binding");
        MAPPING.put("rolebindingClusterAdminRole", "rbac-cluster-admin-binding");
        MAPPING.put("rolebindingClusterRolePodExecAttach", "rbac-pod-exec");
        MAPPING.put("rolebindingRolePodExecAttach", "rbac-pod-exec");
        MAPPING.put("runAsPrivileged", "privileged");
        MAPPING.put("runAsRootAllowed", "run-as-non-root");
        MAPPING.put("sensitiveConfigmapContent", "secret-in-configmap");
        MAPPING.put("sensitiveContainerEnvVar", "secret-in-env");
        MAPPING.put("tagNotSpecified", "image-tag-pinned");
        MAPPING.put("tlsSettingsMissing", "ingress-tls");
        MAPPING.put("topologySpreadConstraint", "workload-spread");
        UNMAPPED.put("nakedPod", LABEL_CHECK + "whether a Pod has a controller (both files are bare Pods, which "
                + "bare-pod reports)");
        UNMAPPED.put("oneController", LABEL_CHECK + "controller owner references (Polaris's check counts a pod's "
                + "controller owners; manifests carry none, and both files are StatefulSets written as apiVersion v1 "
                + "with containers directly under spec)");
        CONFIGURED.put("resourceRange", "sets the CPU and memory bounds that resource-range's parameters default to");
    }

    private static final Path SUITE = Path.of(System.getProperty("berth.shared", "../../shared"),
            "external", "polaris-checks");
    private static final Path PAGE = Path.of(System.getProperty("berth.root", ".."), "docs", "accuracy-polaris.md");

    /** One check's figures. */
    record Agreement(String check, String rule, int failures, int failuresFound, int successes, int successesClean,
            List<String> misses) {
    }

    @Test
    void polaris_fixtures_agree_with_the_mapped_rules() throws IOException {
        // GIVEN every Polaris check folder
        List<String> checks;
        try (Stream<Path> folders = Files.list(SUITE)) {
            checks = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(checks).as("every Polaris check is mapped or explained").allMatch(
                c -> MAPPING.containsKey(c) || UNMAPPED.containsKey(c));
        // WHEN each mapped rule judges its check's files
        RuleSet all = RuleSets.all();
        List<Agreement> agreements = new ArrayList<>();
        for (String check : checks) {
            String ruleId = MAPPING.get(check);
            if (ruleId != null) {
                Rule rule = all.rule(ruleId).orElseThrow(() -> new AssertionError("no rule " + ruleId));
                agreements.add(measure(check, rule));
            }
        }
        // THEN the page is current, and the figures hold
        String page = page(agreements);
        AgreementFigures.pageIsCurrent(PAGE, page);
        int failures = agreements.stream().mapToInt(Agreement::failures).sum();
        int found = agreements.stream().mapToInt(Agreement::failuresFound).sum();
        int successes = agreements.stream().mapToInt(Agreement::successes).sum();
        int clean = agreements.stream().mapToInt(Agreement::successesClean).sum();
        assertThat(agreements).hasSizeGreaterThanOrEqualTo(MAPPED_FLOOR);
        AgreementFigures.holdAt95Percent(found, failures, clean, successes);
    }

    @Test
    void polaris_folders_that_replace_the_check_are_not_counted() throws IOException {
        // GIVEN the Polaris check folders that carry a check.yaml of their own
        List<String> withCheckFile;
        try (Stream<Path> folders = Files.list(SUITE)) {
            withCheckFile = folders.filter(p -> Files.exists(p.resolve("check.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        // WHEN each is judged to configure Polaris's check or to replace it
        List<String> replaced = withCheckFile.stream().filter(c -> !CONFIGURED.containsKey(c)).toList();
        // THEN a replaced folder is listed as not mapped, with its reason, and never counted
        assertThat(replaced).containsExactly("nakedPod", "oneController");
        assertThat(replaced).allMatch(UNMAPPED::containsKey).noneMatch(MAPPING::containsKey);
    }

    private static Agreement measure(String check, Rule rule) throws IOException {
        // Polaris judges a whole cluster: its fixtures are complete sets, as --complete declares.
        OneRuleRun run = new OneRuleRun(List.of(rule), true);
        int failures = 0;
        int found = 0;
        int successes = 0;
        int clean = 0;
        List<String> misses = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(SUITE.resolve(check))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean failure = name.startsWith("failure");
            if (!failure && !name.startsWith("success")) {
                continue;
            }
            OneRuleRun.Verdict verdict = run.judge(file);
            boolean flagged = verdict.unreadable() == null ? verdict.flagged() : !failure;
            if (verdict.unreadable() != null) {
                misses.add(name + " (unreadable: " + verdict.unreadable() + ")");
            }
            if (failure) {
                failures++;
                found += flagged ? 1 : 0;
                if (!flagged) {
                    misses.add(name + " (no finding)");
                }
            } else {
                successes++;
                clean += flagged ? 0 : 1;
                if (flagged) {
                    misses.add(name + " (unexpected finding)");
                }
            }
        }
        return new Agreement(check, rule.id(), failures, found, successes, clean, misses);
    }

    private static String page(List<Agreement> agreements) {
        int failures = agreements.stream().mapToInt(Agreement::failures).sum();
        int found = agreements.stream().mapToInt(Agreement::failuresFound).sum();
        int successes = agreements.stream().mapToInt(Agreement::successes).sum();
        int clean = agreements.stream().mapToInt(Agreement::successesClean).sum();
        StringBuilder out = new StringBuilder();
        out.append("# Agreement with Polaris's check fixtures\n\n")
                .append("Generated by `PolarisAgreementTest` from `../shared/external/polaris-checks` (Polaris, ")
                .append("`test/checks`, Apache-2.0); regenerate with `mvn -B -ntp verify -Dberth.updateDocs=true`. ")
                .append("A `failure` file agrees when the mapped rule reports at least one finding in it; a ")
                .append("`success` file agrees when it reports none. Only the mapped rule runs on each file; rules ")
                .append("with a `complete` parameter run with it on, since Polaris judges a whole cluster.\n\n")
                .append("**").append(agreements.size()).append(" Polaris checks mapped; ")
                .append(AgreementFigures.figures(found, failures, clean, successes)).append(".**\n\n")
                .append("| Polaris check | Berth rule | failure files flagged | success files clean | misses |\n")
                .append("|---|---|---|---|---|\n");
        for (Agreement a : agreements) {
            out.append("| ").append(a.check()).append(" | [").append(a.rule()).append("](rules/").append(a.rule())
                    .append(".md) | ").append(a.failuresFound()).append("/").append(a.failures()).append(" | ")
                    .append(a.successesClean()).append("/").append(a.successes()).append(" | ")
                    .append(a.misses().isEmpty() ? "" : String.join("; ", a.misses())).append(" |\n");
        }
        out.append("\n## Not mapped\n\n");
        UNMAPPED.forEach((check, why) -> out.append("- ").append(check).append(": ").append(why).append(".\n"));
        return out.toString();
    }
}
