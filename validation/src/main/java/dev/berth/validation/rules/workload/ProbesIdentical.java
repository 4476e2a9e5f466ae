package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.Objects;

/**
 * A container's liveness probe checks the same thing as its readiness probe. Readiness takes a busy pod out of the
 * Service until it recovers; liveness restarts it. With the same check, a pod that is only overloaded is restarted,
 * which adds load to the others and can restart them all in turn. Only the handler (exec command, HTTP path and
 * port, TCP port, gRPC service) is compared: different thresholds on the same endpoint still restart busy pods.
 */
public final class ProbesIdentical extends Rule {

    /** Creates the rule. */
    public ProbesIdentical() {
        super(RuleInfo.id("probes-identical")
                .summary("A container's liveness probe checks the same thing as its readiness probe")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Point the livenessProbe at a check that fails only when the process is stuck (a "
                        + "cheap endpoint that touches no dependency), and keep the readinessProbe for load and "
                        + "dependencies.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            Probe liveness = at.container().getLivenessProbe();
            Probe readiness = at.container().getReadinessProbe();
            if (liveness == null || readiness == null || handler(liveness) == null) {
                continue;
            }
            if (Objects.equals(handler(liveness), handler(readiness))) {
                context.report(at.workload().owner(), at.path() + ".livenessProbe", "container " + Containers.name(at)
                        + " uses the same check (" + handler(liveness) + ") for livenessProbe and readinessProbe; "
                        + "a pod that is only busy gets restarted instead of taken out of the Service");
            }
        }
    }

    /** The probe's handler in words, or null when it has none. */
    static String handler(Probe probe) {
        if (probe.getHttpGet() != null) {
            return "httpGet " + Objects.toString(probe.getHttpGet().getPath(), "/") + " on port "
                    + Probes.port(probe.getHttpGet().getPort());
        }
        if (probe.getTcpSocket() != null) {
            return "tcpSocket on port " + Probes.port(probe.getTcpSocket().getPort());
        }
        if (probe.getGrpc() != null) {
            return "grpc on port " + probe.getGrpc().getPort() + (probe.getGrpc().getService() == null ? ""
                    : " service " + probe.getGrpc().getService());
        }
        if (probe.getExec() != null && probe.getExec().getCommand() != null) {
            return "exec " + String.join(" ", probe.getExec().getCommand());
        }
        return null;
    }
}
