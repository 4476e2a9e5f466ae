package dev.berth.validation.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of each security rule's main message shape. */
class SecurityMessagesTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: shop
            spec:
              securityContext:
                runAsUser: 0
                sysctls:
                - name: kernel.msgmax
                  value: "1"
                seccompProfile:
                  type: Unconfined
                seLinuxOptions:
                  type: spc_t
              hostPID: true
              containers:
              - name: app
                image: example/app:1.0
                ports:
                - containerPort: 80
                  hostPort: 8080
                readinessProbe:
                  httpGet: {host: 10.0.0.1, port: 80}
                securityContext:
                  privileged: true
                  procMount: Unmasked
                  allowPrivilegeEscalation: true
                  capabilities:
                    drop: [all]
                    add: [SYS_ADMIN, NET_RAW, CHOWN]
                  windowsOptions: {hostProcess: true}
                  appArmorProfile: {type: Unconfined}
              volumes:
              - name: sock
                hostPath: {path: /var/run/docker.sock}
            """;

    private static List<String> messages(String ruleId) {
        return messages(ruleId, POD);
    }

    private static List<String> messages(String ruleId, String pod) {
        RuleSet set = RuleSet.of("one", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(set).evaluate(new ManifestReader().readString(pod, "pod.yaml")).findings().stream()
                .map(Finding::headline).toList();
    }

    @Test
    void each_rule_names_the_object_the_container_the_field_and_the_value() {
        // GIVEN a pod that breaks every control, WHEN each rule judges it, THEN each message reads as written here
        assertThat(messages("privileged")).containsExactly("Pod shop/web: container app sets privileged: true, "
                + "which gives it every capability and the host's devices");
        assertThat(messages("host-namespaces")).containsExactly("Pod shop/web: the pod sets hostPID: true, which "
                + "gives its containers every process of the node");
        assertThat(messages("host-path")).containsExactly("Pod shop/web: volume sock mounts the node's directory "
                + "/var/run/docker.sock with hostPath");
        assertThat(messages("sensitive-host-mounts")).containsExactly("Pod shop/web: volume sock mounts "
                + "/var/run/docker.sock from the node, a container runtime socket that starts privileged containers "
                + "on the node");
        assertThat(messages("host-port")).containsExactly("Pod shop/web: container app binds port 8080 on every "
                + "node it runs on (hostPort)");
        assertThat(messages("capabilities-baseline")).containsExactly("Pod shop/web: container app adds capability "
                + "NET_RAW, which is not on the baseline standard's list");
        assertThat(messages("dangerous-capabilities")).containsExactly("Pod shop/web: container app adds capability "
                + "SYS_ADMIN, which lets it escape to the node");
        assertThat(messages("capabilities-drop-all")).containsExactlyInAnyOrder(
                "Pod shop/web: container app does not drop ALL capabilities (it drops \"all\", but the standard "
                        + "compares exactly: write ALL)",
                "Pod shop/web: container app adds back capability CHOWN; the restricted standard allows only "
                        + "NET_BIND_SERVICE");
        assertThat(messages("host-process")).containsExactly("Pod shop/web: container app sets "
                + "windowsOptions.hostProcess: true, so it runs on the node itself");
        assertThat(messages("proc-mount")).containsExactly("Pod shop/web: container app sets procMount: Unmasked; "
                + "only Default keeps the node's /proc paths masked");
        assertThat(messages("seccomp-unconfined")).containsExactly("Pod shop/web: the pod sets seccompProfile.type: "
                + "Unconfined, which opens every system call of the kernel");
        assertThat(messages("apparmor-profile")).containsExactly("Pod shop/web: container app sets "
                + "appArmorProfile.type: Unconfined");
        assertThat(messages("selinux-options")).containsExactly("Pod shop/web: the pod sets SELinux type spc_t; the "
                + "baseline standard allows container_t, container_init_t, container_kvm_t and container_engine_t");
        assertThat(messages("unsafe-sysctls")).containsExactly("Pod shop/web: the pod sets sysctl kernel.msgmax, "
                + "which is not in the safe set and can affect the node or other pods");
        assertThat(messages("host-probes")).containsExactly("Pod shop/web: container app's readinessProbe sends the "
                + "kubelet's requests to host 10.0.0.1 instead of the pod");
        assertThat(messages("volume-types")).containsExactly("Pod shop/web: volume sock is of type hostPath, which "
                + "the restricted standard does not allow");
        // privileged: true (and SYS_ADMIN) always allow escalation: privileged speaks, not privilege-escalation
        assertThat(messages("privilege-escalation")).isEmpty();
        assertThat(messages("privilege-escalation", POD.replace("privileged: true", "privileged: false")
                .replace("add: [SYS_ADMIN, NET_RAW, CHOWN]", "add: [NET_RAW, CHOWN]")))
                .containsExactly("Pod shop/web: container app sets allowPrivilegeEscalation: true");
        assertThat(messages("run-as-user-nonzero")).containsExactly("Pod shop/web: the pod sets runAsUser: 0, so its "
                + "containers run as root");
        assertThat(messages("read-only-root-filesystem")).containsExactly("Pod shop/web: container app does not set "
                + "readOnlyRootFilesystem: true");
        // the SELinux options and the dropped capability each count as hardening, however wrong they are
        assertThat(messages("linux-hardening")).isEmpty();
    }

    @Test
    void a_container_without_any_hardening_is_named() {
        // GIVEN a bare container, WHEN linux-hardening judges it, THEN the message names it
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: bare}\nspec:\n  containers:\n"
                + "  - {name: app, image: example/app:1.0}\n";
        RuleSet set = RuleSet.of("one", List.of(new LinuxHardening()));
        assertThat(Validator.of(set).evaluate(new ManifestReader().readString(yaml)).findings())
                .extracting(Finding::headline).containsExactly("Pod default/bare: container app sets no seccomp "
                        + "profile, SELinux options, AppArmor profile or dropped capabilities");
    }

    @Test
    void a_missing_seccomp_profile_and_a_missing_run_as_non_root_name_container_and_pod() {
        // GIVEN the same pod, WHEN the restricted-only rules judge it, THEN they say neither container nor pod sets it
        assertThat(messages("seccomp-profile")).isEmpty();
        assertThat(messages("run-as-non-root")).containsExactly("Pod shop/web: neither container app nor its pod sets "
                + "runAsNonRoot: true, so it may run as root");
    }

    @Test
    void the_rule_sets_hold_the_standards() {
        // GIVEN the pack, WHEN asked for its sets, THEN restricted holds baseline, and recommended the chosen extras
        SecurityRules pack = new SecurityRules();
        assertThat(pack.members(RuleSets.POD_SECURITY_RESTRICTED))
                .containsAll(pack.members(RuleSets.POD_SECURITY_BASELINE))
                .contains("run-as-non-root", "seccomp-profile", "capabilities-drop-all", "volume-types");
        assertThat(pack.members(RuleSets.RECOMMENDED)).containsAll(pack.members(RuleSets.POD_SECURITY_BASELINE))
                .contains("privilege-escalation", "run-as-non-root", "sensitive-host-mounts", "dangerous-capabilities")
                .doesNotContain("read-only-root-filesystem", "linux-hardening", "capabilities-drop-all");
        assertThat(RuleSets.strict().contains("read-only-root-filesystem")).isTrue();
        assertThat(RuleSets.strict().contains("insecure-capabilities")).isTrue();
        assertThat(RuleSets.strict().contains("capabilities-drop-all")).isFalse();
        assertThat(pack.rules()).extracting(r -> r.id()).doesNotHaveDuplicates().hasSize(23);
    }

    @Test
    void insecure_capabilities_names_the_defaults_the_container_keeps_and_accepts_all_in_any_case() {
        // GIVEN a container that drops only NET_ADMIN and MKNOD
        String yaml = POD.replace("drop: [all]", "drop: [NET_ADMIN, MKNOD]");
        RuleSet one = RuleSet.of("one", List.of(RuleSets.all().rule("insecure-capabilities").orElseThrow()));
        // WHEN the rule judges it, and the pod that drops "all"
        List<String> kept = Validator.of(one).evaluate(new ManifestReader().readString(yaml)).findings().stream()
                .map(Finding::headline).toList();
        // THEN the kept defaults are named, and "all" in lower case is enough
        assertThat(kept).containsExactly("Pod shop/web: container app keeps the default capabilities AUDIT_WRITE, "
                + "CHOWN, DAC_OVERRIDE, FOWNER, FSETID, NET_RAW, SETFCAP, SETGID, SETUID");
        assertThat(messages("insecure-capabilities")).isEmpty();
    }
}
