package dev.berth.validation.rules.network;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service's {@code targetPort} is not declared by the pods it selects. A named target port that no container
 * declares gets no endpoints: the Service does not work. A numeric one that no container declares works if the
 * process listens there, so it is reported only when the pods declare other ports: then it is most likely a
 * mismatch (Service to 8080, container on 80). Regular init containers serve nothing and are ignored; sidecars
 * (init containers with {@code restartPolicy: Always}) count.
 */
public final class ServiceTargetPortUndeclared extends Rule {

    /** Creates the rule. */
    public ServiceTargetPortUndeclared() {
        super(RuleInfo.id("service-target-port-undeclared")
                .summary("A Service targets a port its pods do not declare")
                .severity(Severity.MEDIUM).category(Category.NETWORK).kinds("Service")
                .remediation("Point targetPort at a containerPort (by number or name) of the selected pods, or "
                        + "declare the port on the container.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Service service : context.all(Service.class)) {
            List<ServicePort> ports = service.getSpec() == null ? null : service.getSpec().getPorts();
            for (Workload workload : ports == null ? List.<Workload>of() : context.references().selected(service)) {
                List<ContainerPort> declared = declared(workload);
                for (int i = 0; i < ports.size(); i++) {
                    IntOrString target = ports.get(i).getTargetPort();
                    String path = "spec.ports[" + i + "]" + (target == null ? ".port" : ".targetPort");
                    String name = target == null ? null : target.getStrVal();
                    Integer number = name != null ? null : target == null ? ports.get(i).getPort() : target.getIntVal();
                    if (name != null && declared.stream().noneMatch(p -> name.equals(p.getName()))) {
                        context.report(service, path, "targetPort " + name + " names no port of "
                                + Network.name(workload) + ", which declares " + describe(declared)
                                + ", so the Service gets no endpoints from it");
                    } else if (number != null && !declared.isEmpty()
                            && declared.stream().noneMatch(p -> number.equals(p.getContainerPort()))) {
                        context.report(service, path, (target == null ? "port " : "targetPort ") + number
                                + " is not a containerPort of " + Network.name(workload) + ", which declares "
                                + describe(declared));
                    }
                }
            }
        }
    }

    private static List<ContainerPort> declared(Workload workload) {
        List<ContainerPort> ports = new ArrayList<>();
        for (Workload.PodContainer c : workload.allContainers()) {
            if ((!c.init() || "Always".equals(c.container().getRestartPolicy())) && c.container().getPorts() != null) {
                ports.addAll(c.container().getPorts());
            }
        }
        return ports;
    }

    private static String describe(List<ContainerPort> ports) {
        if (ports.isEmpty()) {
            return "no ports";
        }
        List<String> terms = new ArrayList<>();
        for (ContainerPort port : ports) {
            terms.add(port.getName() == null ? String.valueOf(port.getContainerPort())
                    : port.getContainerPort() + " (" + port.getName() + ")");
        }
        return "[" + String.join(", ", terms) + "]";
    }
}
