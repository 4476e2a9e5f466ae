package dev.berth.validation.rules.security;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Security rules: the Pod Security Standards, baseline and restricted, and container hardening.
 *
 * <ul>
 *   <li>{@value RuleSets#POD_SECURITY_BASELINE}: the baseline controls, each added capability judged once by
 *       {@code dangerous-capabilities} or {@code capabilities-baseline}.</li>
 *   <li>{@value RuleSets#POD_SECURITY_RESTRICTED}: baseline plus the restricted controls.</li>
 *   <li>{@value RuleSets#RECOMMENDED}: baseline plus privilege escalation, non-root and sensitive host mounts.</li>
 *   <li>{@value RuleSets#STRICT}: the rest (restricted controls, read-only root file system, Linux hardening,
 *   insecure capabilities; the exact restricted check capabilities-drop-all stays in the restricted set only, so a
 *   container that keeps its capabilities gets one strict finding, not two).</li>
 * </ul>
 *
 * <pre>{@code
 * new SecurityRules().members(RuleSets.POD_SECURITY_RESTRICTED);
 * }</pre>
 */
public final class SecurityRules implements RulePack {

    private static final Set<String> BASELINE = Set.of("privileged", "host-namespaces", "host-path", "host-port",
            "capabilities-baseline", "dangerous-capabilities", "host-process", "proc-mount", "seccomp-unconfined",
            "apparmor-profile", "selinux-options", "unsafe-sysctls", "host-probes");
    private static final Set<String> RESTRICTED_ONLY = Set.of("volume-types", "privilege-escalation",
            "run-as-non-root", "run-as-user-nonzero", "capabilities-drop-all", "seccomp-profile");
    private static final Set<String> RECOMMENDED_EXTRA = Set.of("privilege-escalation", "run-as-non-root",
            "sensitive-host-mounts");
    private static final Set<String> STRICT_EXTRA = Set.of("volume-types", "run-as-user-nonzero",
            "insecure-capabilities", "seccomp-profile", "read-only-root-filesystem", "linux-hardening");

    @Override
    public List<Rule> rules() {
        return List.of(new Privileged(), new HostNamespaces(), new HostPath(), new SensitiveHostMounts(),
                new HostPort(), new CapabilitiesBaseline(), new CapabilitiesDropAll(), new DangerousCapabilities(),
                new HostProcess(), new ProcMount(), new SeccompUnconfined(), new MissingSeccompProfile(),
                new AppArmor(), new SeLinux(), new UnsafeSysctls(), new HostProbes(), new VolumeTypes(),
                new PrivilegeEscalation(), new RunAsNonRoot(), new RunAsUserNonZero(), new ReadOnlyRootFilesystem(),
                new LinuxHardening(), new InsecureCapabilities());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return switch (ruleSet) {
            case RuleSets.POD_SECURITY_BASELINE -> BASELINE;
            case RuleSets.POD_SECURITY_RESTRICTED -> union(BASELINE, RESTRICTED_ONLY);
            case RuleSets.RECOMMENDED -> union(BASELINE, RECOMMENDED_EXTRA);
            case RuleSets.STRICT -> STRICT_EXTRA;
            default -> Set.of();
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
