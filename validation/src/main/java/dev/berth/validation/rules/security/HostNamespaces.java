package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Map;
import java.util.function.Function;

/**
 * A pod shares a namespace of its node (baseline Pod Security Standard): {@code hostNetwork} exposes the node's
 * interfaces and loopback services, {@code hostPID} lets it see and signal every process on the node, {@code hostIPC}
 * lets it read other processes' shared memory.
 */
public final class HostNamespaces extends Rule {

    private static final Map<String, Function<PodSpec, Boolean>> FIELDS = Map.of(
            "hostNetwork", PodSpec::getHostNetwork, "hostPID", PodSpec::getHostPID, "hostIPC", PodSpec::getHostIPC);
    private static final Map<String, String> EFFECTS = Map.of(
            "hostNetwork", "the node's network interfaces and loopback services",
            "hostPID", "every process of the node", "hostIPC", "the shared memory of the node's processes");

    /** Creates the rule. */
    public HostNamespaces() {
        super(RuleInfo.id("host-namespaces")
                .summary("A pod shares the node's network, process or IPC namespace")
                .severity(Severity.HIGH).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove hostNetwork, hostPID and hostIPC, or set them to false.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSpec spec = w.podSpec().orElse(null);
            if (spec == null) {
                continue;
            }
            for (String field : new String[] {"hostNetwork", "hostPID", "hostIPC"}) {
                if (Boolean.TRUE.equals(FIELDS.get(field).apply(spec))) {
                    context.report(w.owner(), w.podSpecPath() + "." + field, "the pod sets " + field
                            + ": true, which gives its containers " + EFFECTS.get(field));
                }
            }
        }
    }
}
