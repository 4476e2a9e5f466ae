package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A probe's port must be one the container declares. A named port ({@code port: http}) that the container does not
 * declare makes the kubelet fail the probe every time, so the pod is never ready or is restarted forever. A numeric
 * port works whether declared or not, so it is judged only when the container declares ports and the probe's is not
 * among them: almost always a typo or a port changed in one place only.
 *
 * <p>Probes connect over TCP ({@code httpGet}, {@code tcpSocket}, {@code grpc}), so a probe on a port the container
 * declares only with another protocol ({@code protocol: UDP}, or SCTP) fails every time too, named or numbered: a
 * number declared for TCP as well (DNS on 53/UDP and 53/TCP) is fine.
 */
public final class ProbePortDeclared extends Rule {

    private static final String[] PROBES = {"livenessProbe", "readinessProbe", "startupProbe"};

    /** Creates the rule. */
    public ProbePortDeclared() {
        super(RuleInfo.id("probe-port-declared")
                .summary("A probe targets a port the container does not declare for TCP")
                .severity(Severity.HIGH).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Point the probe at a TCP port the container declares in ports[], by the same name or "
                        + "number.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            List<ContainerPort> declared = at.container().getPorts() == null ? List.of() : at.container().getPorts();
            Probe[] probes = {at.container().getLivenessProbe(), at.container().getReadinessProbe(),
                at.container().getStartupProbe()};
            for (int i = 0; i < probes.length; i++) {
                if (probes[i] == null) {
                    continue;
                }
                for (Map.Entry<String, IntOrString> port : Probes.ports(probes[i]).entrySet()) {
                    String problem = problem(port.getValue(), declared, at.name());
                    if (problem != null) {
                        context.report(at.workload().owner(), at.path() + "." + PROBES[i] + "." + port.getKey(),
                                PROBES[i] + "." + port.getKey() + " " + problem);
                    }
                }
            }
        }
    }

    private static String problem(IntOrString port, List<ContainerPort> declared, String container) {
        Integer number = Probes.number(port);
        String written = number == null ? "names port \"" + port.getStrVal() + "\"" : "is " + number;
        List<ContainerPort> same = declared.stream().filter(p -> number == null ? port.getStrVal().equals(p.getName())
                : number.equals(p.getContainerPort())).toList();
        if (same.isEmpty() && (number == null || !declared.isEmpty())) {
            return written + ", which is not among the ports container " + container + " declares ("
                    + describe(declared) + ")";
        }
        List<String> protocols = same.stream().map(p -> p.getProtocol() == null || p.getProtocol().isBlank() ? "TCP"
                : p.getProtocol()).toList();
        if (same.isEmpty() || protocols.contains("TCP")) {
            return null;
        }
        return written + ", which container " + container + " declares with protocol " + String.join(" and ",
                new TreeSet<>(protocols)) + " only; the kubelet probes over TCP, so the probe always fails";
    }

    private static String describe(List<ContainerPort> declared) {
        List<String> ports = new ArrayList<>();
        for (ContainerPort p : declared) {
            ports.add(p.getName() == null ? String.valueOf(p.getContainerPort())
                    : p.getContainerPort() + " named " + p.getName());
        }
        return ports.isEmpty() ? "none" : String.join(", ", ports);
    }
}
