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
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures agreement with Checkov's Kubernetes checks ({@code CKV_K8S_*}) on fixtures written in this repository from
 * each check's described behaviour ({@code src/test/resources/checkov/<check id>/}, see the README there): every
 * {@code failure-*} file must get a finding of a mapped rule and every {@code success-*} file none. Only the mapped
 * rules run on each file. The figures are written to {@code docs/accuracy-checkov.md}; the test fails when that page is
 * stale (regenerate with {@code -Dberth.updateDocs=true}), when either counted figure falls below 95%, or when a
 * disagreement in a check that is not pending has no {@code # differs:} reason in its file.
 *
 * <p>A check is counted when Berth means to give Checkov's verdict; {@link Check#pending} marks one whose rule another
 * branch is changing (remove the mark when it is merged), {@link Check#differs} one where Berth deliberately gives
 * another verdict on some of the check's cases. Both are measured and shown, never counted; the page also gives the
 * figures over every measured check.
 */
class CheckovAgreementTest {

    /** The Checkov commit whose check descriptions the fixtures follow. */
    static final String COMMIT = "03d5fdad8d6154b1565799a7b1fb8070c158866f";

    /**
     * One Checkov check and the Berth rules that stand for it.
     *
     * @param id the check id, such as {@code CKV_K8S_8}
     * @param name the check's name as Checkov states it
     * @param rules the Berth rules; a file is flagged when any of them reports
     * @param scope what Berth judges of the check's cases, when less than all; empty when all
     * @param pending the other branch's work that makes the rule agree, or null
     * @param differs why Berth deliberately gives another verdict, or null
     */
    record Check(String id, String name, List<String> rules, String scope, String pending, String differs) {

        Check pending(String work) {
            return new Check(id, name, rules, scope, work, differs);
        }

        Check differs(String why) {
            return new Check(id, name, rules, scope, pending, why);
        }

        boolean counted() {
            return pending == null && differs == null;
        }
    }

    private static final String LIMIT_SETS_REQUEST = "Checkov fails a container that writes a limit but no "
            + "request; Kubernetes sets the missing request to the limit, so Berth reports nothing";

    static final List<Check> CHECKS = List.of(
            check("CKV_K8S_8", "Liveness Probe Should be Configured", "liveness-probe", ""),
            check("CKV_K8S_9", "Readiness Probe Should be Configured", "readiness-probe", "Berth judges readiness "
                    + "only for pods a Service selects (a pod no Service sends traffic to needs no readiness probe); "
                    + "every fixture has such a Service"),
            check("CKV_K8S_10", "CPU requests should be set", "cpu-requests", "Berth judges the containers that run "
                    + "beside the application, not init containers")
                    .differs(LIMIT_SETS_REQUEST),
            check("CKV_K8S_11", "CPU limits should be set", "cpu-limit", "Berth judges the containers that run "
                    + "beside the application, not init containers"),
            check("CKV_K8S_12", "Memory requests should be set", "memory-requests", "Berth judges the containers "
                    + "that run beside the application, not init containers")
                    .differs(LIMIT_SETS_REQUEST),
            check("CKV_K8S_13", "Memory limits should be set", "memory-limit", "Berth judges the containers that "
                    + "run beside the application, not init containers"),
            check("CKV_K8S_14", "Image Tag should be fixed - not latest or blank", "image-tag-pinned", "a container "
                    + "without an image is refused by the API server and left to the schema rules"),
            check("CKV_K8S_15", "Image Pull Policy should be Always", "image-pull-policy", ""),
            check("CKV_K8S_16", "Container should not be privileged", "privileged", ""),
            check("CKV_K8S_17", "Containers should not share the host process ID namespace", "host-namespaces", ""),
            check("CKV_K8S_18", "Containers should not share the host IPC namespace", "host-namespaces", ""),
            check("CKV_K8S_19", "Containers should not share the host network namespace", "host-namespaces", ""),
            check("CKV_K8S_20", "Containers should not run with allowPrivilegeEscalation", "privilege-escalation",
                    "a privileged container always escalates and is reported once, by privileged"),
            check("CKV_K8S_22", "Use read-only filesystem for containers where possible",
                    "read-only-root-filesystem", ""),
            check("CKV_K8S_23", "Minimize the admission of root containers", "run-as-non-root", "")
                    .differs("Checkov accepts a runAsUser of 1 or more without runAsNonRoot; Berth follows the "
                            + "restricted Pod Security Standard, which requires runAsNonRoot: true, since the image "
                            + "or a later edit can still run the process as root"),
            check("CKV_K8S_25", "Minimize the admission of containers with added capability",
                    "capabilities-baseline", "")
                    .differs("Checkov fails any added capability; Berth follows the baseline Pod Security Standard, "
                            + "which allows adding the capabilities a container has by default, such as "
                            + "NET_BIND_SERVICE (dangerous ones are dangerous-capabilities')"),
            check("CKV_K8S_26", "Do not specify hostPort unless absolutely necessary", "host-port", ""),
            check("CKV_K8S_27", "Do not expose the docker daemon socket to containers", "sensitive-host-mounts",
                    "Berth's rule also reports other runtime sockets and system directories; the fixtures mount the "
                    + "docker socket or paths neither judges sensitive"),
            check("CKV_K8S_28", "Minimize the admission of containers with the NET_RAW capability",
                    "insecure-capabilities", "")
                    .differs("Checkov accepts dropping NET_RAW alone; Berth's rule asks to drop all eleven default "
                            + "capabilities a container rarely needs (or ALL), of which NET_RAW is one"),
            new Check("CKV_K8S_31", "Ensure that the seccomp profile is set to docker/default or runtime/default",
                    List.of("seccomp-profile", "seccomp-unconfined"), "", null, null)
                    .differs("Checkov passes only RuntimeDefault, or the seccomp annotation; Berth also accepts a "
                            + "Localhost profile, as the restricted Pod Security Standard does, and ignores the "
                            + "annotation, which Kubernetes no longer applies"),
            check("CKV_K8S_37", "Minimize the admission of containers with capabilities assigned",
                    "insecure-capabilities", ""),
            check("CKV_K8S_38", "Ensure that Service Account Tokens are only mounted where necessary",
                    "token-automount", "Berth judges accounts the set binds to no role (a pod whose account has a "
                    + "role needs its token to use it); every fixture's account has none")
                    .differs("Checkov reads the pod's automountServiceAccountToken only; Berth also reads the "
                            + "ServiceAccount's, which keeps the token out of pods that do not set the field"),
            check("CKV_K8S_39", "Do not use the CAP_SYS_ADMIN linux capability", "dangerous-capabilities",
                    "Berth's rule also reports other capabilities that escape to the node; the fixtures add "
                    + "SYS_ADMIN or harmless ones"),
            check("CKV_K8S_42", "Ensure that default service accounts are not actively used",
                    "rbac-default-service-account", ""),
            check("CKV_K8S_43", "Image should use digest", "image-tag-pinned", "")
                    .differs("Checkov fails every image without a digest; Berth accepts a version tag, which "
                            + "names a release (a digest is recommended in the remediation, not required)"),
            new Check("CKV_K8S_49", "Minimize wildcard use in Roles and ClusterRoles", List.of("rbac-wildcard"), "",
                    null, null),
            check("CKV_K8S_157", "Minimize Roles and ClusterRoles that grant permissions to bind RoleBindings or "
                    + "ClusterRoleBindings", "rbac-escalation-verbs", "")
                    .differs("Checkov looks for bind on rolebindings; Kubernetes checks bind on the Role or "
                            + "ClusterRole a binding references, so Berth reports bind on any resource, roles "
                            + "included"),
            new Check("CKV_K8S_158", "Minimize Roles and ClusterRoles that grant permissions to escalate Roles or "
                    + "ClusterRoles", List.of("rbac-escalation-verbs", "rbac-wildcard"), "a wildcard verb, which "
                    + "Checkov counts as escalate, is reported by rbac-wildcard", null, null));

    /** Checkov's other CKV_K8S checks at {@link #COMMIT}, grouped by the reason Berth has no rule for them. */
    static final Map<String, List<Integer>> NOT_MAPPED = new LinkedHashMap<>();

    static {
        NOT_MAPPED.put("PodSecurityPolicy checks: the kind was removed in Kubernetes 1.25; Berth judges the same "
                + "fields on the pods themselves", List.of(1, 2, 3, 4, 5, 6, 7, 24, 32, 36));
        NOT_MAPPED.put("Command-line flags of kube-apiserver, kube-controller-manager, kube-scheduler, etcd and the "
                + "kubelet: Berth judges the objects an application deploys, not a control plane's pods",
                List.of(68, 69, 70, 71, 72, 73, 74, 75, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92,
                        93, 94, 95, 96, 97, 99, 100, 102, 104, 105, 106, 107, 108, 110, 111, 112, 113, 114, 115,
                        116, 117, 118, 119, 121, 138, 139, 140, 141, 143, 144, 145, 146, 147, 148, 149, 151));
        NOT_MAPPED.put("The default namespace: Berth has no rule for it; a manifest without a namespace goes where "
                + "kubectl is pointed", List.of(21));
        NOT_MAPPED.put("A securityContext is present: Berth judges the settings inside it (privileged, "
                + "runAsNonRoot, capabilities, seccomp, ...), not whether the field exists", List.of(29, 30));
        NOT_MAPPED.put("A named product is deployed (Kubernetes dashboard, Helm 2's Tiller): Berth has no catalogue "
                + "of unwanted products", List.of(33, 34, 44, 45));
        NOT_MAPPED.put("Secrets read into environment variables: Berth's secret-in-env reports the opposite, a "
                + "secret written as a plain value, and recommends valueFrom.secretKeyRef", List.of(35));
        NOT_MAPPED.put("A UID of 10000 or more: Berth reports running as root (run-as-non-root, "
                + "run-as-user-nonzero), not low non-root UIDs", List.of(40));
        NOT_MAPPED.put("The ServiceAccount object named default: Berth's default-service-account judges the pods "
                + "that run as it with their token mounted, not the account", List.of(41));
        NOT_MAPPED.put("NGINX ingress annotation snippets (CVE-2021-25742), git-sync, webhook configuration and "
                + "CertificateSigningRequest approval rights: Berth has no rule for them",
                List.of(152, 153, 154, 159, 155, 156));
    }

    private static final Path FIXTURES = Path.of("src", "test", "resources", "checkov");
    private static final Path PAGE = Path.of(System.getProperty("berth.root", ".."), "docs", "accuracy-checkov.md");
    private static final String DIFFERS = "# differs: ";

    /** One check's figures and the files where Berth and Checkov disagree. */
    record Agreement(Check check, int failures, int failuresFound, int successes, int successesClean,
            List<String> disagreements, List<String> unexplained, List<String> stale) {
    }

    private static Check check(String id, String name, String rule, String scope) {
        return new Check(id, name, rule.isEmpty() ? List.of() : List.of(rule), scope, null, null);
    }

    @Test
    void checkov_checks_agree_with_the_mapped_rules() throws IOException {
        // GIVEN the fixtures written from each mapped check's description
        RuleSet all = RuleSets.all();
        // WHEN the mapped rules judge each check's files
        List<Agreement> agreements = new ArrayList<>();
        for (Check check : CHECKS) {
            if (!check.rules().isEmpty()) {
                List<Rule> rules = check.rules().stream().map(id -> all.rule(id)
                        .orElseThrow(() -> new AssertionError("no rule " + id))).toList();
                agreements.add(measure(check, rules));
            }
        }
        // THEN the page is current, every counted disagreement has its reason, and the counted figures hold
        String page = page(agreements);
        AgreementFigures.pageIsCurrent(PAGE, page);
        List<Agreement> settled = agreements.stream().filter(a -> a.check().pending() == null).toList();
        assertThat(settled.stream().flatMap(a -> a.unexplained().stream()))
                .as("disagreements without a '# differs:' reason in the file").isEmpty();
        assertThat(settled.stream().flatMap(a -> a.stale().stream()))
                .as("'# differs:' reasons in files that agree").isEmpty();
        List<Agreement> counted = agreements.stream().filter(a -> a.check().counted()).toList();
        int failures = sum(counted, Agreement::failures);
        int found = sum(counted, Agreement::failuresFound);
        int successes = sum(counted, Agreement::successes);
        int clean = sum(counted, Agreement::successesClean);
        AgreementFigures.holdAt95Percent(found, failures, clean, successes);
    }

    @Test
    void every_checkov_kubernetes_check_is_mapped_or_explained_and_has_its_fixtures() throws IOException {
        // GIVEN the CKV_K8S checks at the pinned commit: 1 to 45, 49, and the control-plane range from 68 to 159
        List<String> mapped = CHECKS.stream().map(Check::id).toList();
        List<String> explained = NOT_MAPPED.values().stream().flatMap(List::stream).map(n -> "CKV_K8S_" + n)
                .toList();
        // WHEN the fixture folders are listed
        List<String> folders;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        // THEN each check is mapped or explained exactly once, each mapped one names its rule unless pending, and has
        // 2 failure and 2 success files
        List<String> both = new ArrayList<>(mapped);
        both.addAll(explained);
        assertThat(both).doesNotHaveDuplicates().hasSize(113);
        assertThat(folders).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(CHECKS).as("a check without a Berth rule yet must stay pending")
                .filteredOn(c -> c.rules().isEmpty()).allMatch(c -> c.pending() != null);
        for (String id : mapped) {
            List<String> names = files(FIXTURES.resolve(id)).stream().map(p -> p.getFileName().toString()).toList();
            assertThat(names).as(id).filteredOn(n -> n.startsWith("failure-")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(names).as(id).filteredOn(n -> n.startsWith("success-")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(names).as(id).allMatch(n -> n.matches("(failure|success)-[a-z0-9-]+\\.yaml"));
        }
    }

    private static Agreement measure(Check check, List<Rule> rules) throws IOException {
        // Checkov judges each object by itself: no rule assumes the file is a complete set.
        OneRuleRun run = new OneRuleRun(rules, false);
        int failures = 0;
        int found = 0;
        int successes = 0;
        int clean = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Path file : files(FIXTURES.resolve(check.id()))) {
            String name = file.getFileName().toString();
            boolean failure = name.startsWith("failure-");
            OneRuleRun.Verdict verdict = run.judge(file);
            boolean agrees = verdict.unreadable() == null && verdict.flagged() == failure;
            if (failure) {
                failures++;
                found += agrees ? 1 : 0;
            } else {
                successes++;
                clean += agrees ? 1 : 0;
            }
            Optional<String> reason = reason(file);
            if (!agrees) {
                String what = verdict.unreadable() != null ? "unreadable: " + verdict.unreadable()
                        : failure ? "no finding" : "unexpected finding";
                disagreements.add(name + " (" + what + ")" + reason.map(r -> ": " + r).orElse(""));
                if (reason.isEmpty()) {
                    unexplained.add(check.id() + "/" + name);
                }
            } else if (reason.isPresent()) {
                stale.add(check.id() + "/" + name);
            }
        }
        return new Agreement(check, failures, found, successes, clean, disagreements, unexplained, stale);
    }

    private static int sum(List<Agreement> agreements, ToIntFunction<Agreement> figure) {
        return agreements.stream().mapToInt(figure).sum();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Optional<String> reason(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(DIFFERS))
                .map(l -> l.substring(DIFFERS.length()).trim()).findFirst();
    }

    private static String page(List<Agreement> agreements) {
        List<Agreement> counted = agreements.stream().filter(a -> a.check().counted()).toList();
        int failures = sum(counted, Agreement::failures);
        int found = sum(counted, Agreement::failuresFound);
        int successes = sum(counted, Agreement::successes);
        int clean = sum(counted, Agreement::successesClean);
        StringBuilder out = new StringBuilder();
        out.append("# Agreement with Checkov's Kubernetes checks\n\n")
                .append("Generated by `CheckovAgreementTest`; regenerate with `mvn -B -ntp verify ")
                .append("-Dberth.updateDocs=true`. The fixtures under `validation/src/test/resources/checkov/` are ")
                .append("written in this repository from each check's described behaviour at Checkov commit `")
                .append(COMMIT, 0, 12).append("` (see the README there). A `failure-*` file agrees when a mapped ")
                .append("rule reports at least one finding in it; a `success-*` file agrees when none does. Only ")
                .append("the mapped rules run on each file.\n\n")
                .append("**").append(counted.size()).append(" checks counted; ")
                .append(AgreementFigures.figures(found, failures, clean, successes)).append(".** ")
                .append("Pending checks wait for another branch's change to their rule; checks where Berth ")
                .append("deliberately gives another verdict on some cases are measured and shown, not counted. ")
                .append("Over all ").append(agreements.size())
                .append(" measured checks, deliberate differences and pending rules included: ")
                .append(AgreementFigures.figures(sum(agreements, Agreement::failuresFound),
                        sum(agreements, Agreement::failures), sum(agreements, Agreement::successesClean),
                        sum(agreements, Agreement::successes))).append(".\n\n")
                .append("| Check | Name | Berth rule | Status | failure files flagged | success files clean | ")
                .append("disagreements |\n|---|---|---|---|---|---|---|\n");
        for (Check check : CHECKS) {
            Agreement a = agreements.stream().filter(x -> x.check() == check).findFirst().orElse(null);
            String status = check.pending() != null ? "pending: " + check.pending()
                    : check.differs() != null ? "differs: " + check.differs()
                    : check.scope().isEmpty() ? "counted" : "counted; scope: " + check.scope();
            out.append("| ").append(check.id()).append(" | ").append(check.name()).append(" | ")
                    .append(check.rules().isEmpty() ? "(none yet)" : String.join(", ", check.rules().stream()
                            .map(r -> "[" + r + "](rules/" + r + ".md)").toList()))
                    .append(" | ").append(status).append(" | ")
                    .append(a == null ? "-" : a.failuresFound() + "/" + a.failures()).append(" | ")
                    .append(a == null ? "-" : a.successesClean() + "/" + a.successes()).append(" | ")
                    .append(a == null ? "" : String.join("; ", a.disagreements())).append(" |\n");
        }
        out.append("\n## Not mapped\n\n");
        NOT_MAPPED.forEach((why, ids) -> out.append("- ").append(String.join(", ", new TreeSet<>(ids).stream()
                .map(n -> "CKV_K8S_" + n).toList())).append(": ").append(why).append(".\n"));
        return out.toString();
    }
}
