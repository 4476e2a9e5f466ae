package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import java.util.List;
import java.util.Set;

/**
 * The pod sets a sysctl outside the baseline Pod Security Standard's safe set, which is namespaced and isolated from
 * the node and other pods: {@code kernel.shm_rmid_forced}, {@code net.ipv4.ip_local_port_range},
 * {@code net.ipv4.ip_unprivileged_port_start}, {@code net.ipv4.tcp_syncookies}, {@code net.ipv4.ping_group_range},
 * {@code net.ipv4.ip_local_reserved_ports}, {@code net.ipv4.tcp_keepalive_time}, {@code net.ipv4.tcp_fin_timeout},
 * {@code net.ipv4.tcp_keepalive_intvl} and {@code net.ipv4.tcp_keepalive_probes}.
 */
public final class UnsafeSysctls extends Rule {

    private static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

    /** Creates the rule. */
    public UnsafeSysctls() {
        super(RuleInfo.id("unsafe-sysctls")
                .summary("A pod sets a sysctl outside the safe set")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove the sysctl, or tune it on the node instead of in the pod.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            List<Sysctl> sysctls = pod == null || pod.getSysctls() == null ? List.of() : pod.getSysctls();
            for (int i = 0; i < sysctls.size(); i++) {
                String name = sysctls.get(i) == null ? null : sysctls.get(i).getName();
                if (name != null && !SAFE.contains(name.replace('/', '.'))) {
                    context.report(w.owner(), w.podSpecPath() + ".securityContext.sysctls[" + i + "].name",
                            "the pod sets sysctl " + name + ", which is not in the safe set and can affect the node "
                                    + "or other pods");
                }
            }
        }
    }
}
