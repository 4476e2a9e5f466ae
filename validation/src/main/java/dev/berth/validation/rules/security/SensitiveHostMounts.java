package dev.berth.validation.rules.security;

import dev.berth.core.text.Patterns;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pod mounts a host path that hands over the node: its root, {@code /etc}, {@code /proc}, {@code /sys}, {@code /boot},
 * {@code /root}, the kubelet's or the runtime's state, or a container runtime socket (Docker, containerd, CRI-O),
 * through which a container starts privileged containers of its own. Reported even where {@code host-path} is
 * suppressed for a legitimate log or agent mount. A path below these directories counts too (for example
 * {@code /etc/kubernetes/pki}); below {@code /run} and {@code /var/run} only the runtime sockets do, so node agents'
 * lock files such as {@code /run/xtables.lock} are no finding.
 */
public final class SensitiveHostMounts extends Rule {

    private static final Pattern SLASHES = Patterns.compile("/+");

    private static final List<String> SENSITIVE = List.of("/etc", "/proc", "/sys", "/boot", "/root", "/dev",
            "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/var/lib/containers",
            "/var/lib/etcd");
    private static final List<String> SOCKETS = List.of("docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock",
            "dockershim.sock");

    /** Creates the rule. */
    public SensitiveHostMounts() {
        super(RuleInfo.id("sensitive-host-mounts")
                .summary("A pod mounts the node's root, system directories or container runtime socket")
                .severity(Severity.HIGH).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove the hostPath volume; a pod that must talk to the runtime or read the node is a "
                        + "node agent and belongs in a dedicated, audited namespace.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.VolumeAt v : context.volumes()) {
            HostPathVolumeSource hostPath = v.volume().getHostPath();
            String why = hostPath == null || hostPath.getPath() == null ? null : why(normalise(hostPath.getPath()));
            if (why != null) {
                context.report(v.workload().owner(), v.path() + ".hostPath.path", "volume " + v.volume().getName()
                        + " mounts " + hostPath.getPath() + " from the node, " + why);
            }
        }
    }

    private static String why(String path) {
        if (path.equals("/")) {
            return "the node's whole file system";
        }
        for (String socket : SOCKETS) {
            if (path.endsWith("/" + socket)) {
                return "a container runtime socket that starts privileged containers on the node";
            }
        }
        if (path.equals("/var/run") || path.equals("/run")) {
            return "which holds the container runtime sockets";
        }
        for (String dir : SENSITIVE) {
            if (path.equals(dir) || path.startsWith(dir + "/")) {
                return "a system directory (" + dir + ") that controls the node";
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String p = SLASHES.matcher(path.trim()).replaceAll("/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
