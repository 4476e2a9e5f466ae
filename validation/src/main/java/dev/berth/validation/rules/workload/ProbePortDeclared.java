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

/**
 * A probe's port must be one the container declares. A named port ({@code port: http}) that the container does not
 * declare makes the kubelet fail the probe every time, so the pod is never ready or is restarted forever. A numeric
 * port works whether declared or not, so it is judged only when the container declares ports and the probe's is not
 * among them: almost always a typo or a port changed in one place only.
 */
public final class ProbePortDeclared extends Rule {

    private static final String[] PROBES = {"livenessProbe", "readinessProbe", "startupProbe"};

    /** Creates the rule. */
    public ProbePortDeclared() {
        super(RuleInfo.id("probe-port-declared")
                .summary("A probe targets a port the container does not declare")
                .severity(Severity.HIGH).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Point the probe at a port the container declares in ports[], by the same name or "
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
                    String problem = problem(port.getValue(), declared);
                    if (problem != null) {
                        context.report(at.workload().owner(), at.path() + "." + PROBES[i] + "." + port.getKey(),
                                PROBES[i] + "." + port.getKey() + " " + problem + " container " + at.name()
                                        + " declares (" + describe(declared) + ")");
                    }
                }
            }
        }
    }

    private static String problem(IntOrString port, List<ContainerPort> declared) {
        Integer number = Probes.number(port);
        if (number == null) {
            boolean named = declared.stream().anyMatch(p -> port.getStrVal().equals(p.getName()));
            return named ? null : "names port \"" + port.getStrVal() + "\", which is not among the ports";
        }
        boolean found = declared.isEmpty() || declared.stream().anyMatch(p -> number.equals(p.getContainerPort()));
        return found ? null : "is " + number + ", which is not among the ports";
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
