package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress ({@code networking.k8s.io/v1} or {@code v1beta1}) sends traffic to a Service the set does not hold, or
 * to a port the Service does not expose: the controller answers 503 for those paths. A missing Service is reported
 * when the set holds other Services of the Ingress's namespace (so it evidently carries the app's Services) or is
 * declared {@code complete}; a wrong port is always reported. An ExternalName Service that lists no ports accepts
 * any port.
 */
public final class IngressBackendMissing extends Rule {

    /** Whether the set holds every Service its Ingresses name. Default: false. */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every Service its Ingresses name, so a missing one is reported in any namespace");

    /** Creates the rule. */
    public IngressBackendMissing() {
        super(RuleInfo.id("ingress-backend-missing")
                .summary("An Ingress sends traffic to a missing Service or port")
                .severity(Severity.HIGH).category(Category.NETWORK).kinds("Ingress")
                .remediation("Point the backend at a Service of the Ingress's namespace and at one of its ports "
                        + "(by number or name).")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Set<String> namespacesWithServices = SetTables.namespacesWithServices(context);
        for (Ingresses.Backend backend : Ingresses.backends(context)) {
            String namespace = ObjectRef.of(backend.ingress()).namespace();
            Optional<Service> found = context.manifest().find(Service.class, namespace, backend.service());
            if (found.isEmpty()) {
                if (context.parameter(COMPLETE) || namespacesWithServices.contains(namespace)) {
                    context.report(backend.ingress(), backend.servicePath(), "backend Service " + namespace + "/"
                            + backend.service() + " is not in the set");
                }
                continue;
            }
            List<ServicePort> ports = found.get().getSpec() == null || found.get().getSpec().getPorts() == null
                    ? List.of() : found.get().getSpec().getPorts();
            boolean external = "ExternalName".equals(found.get().getSpec() == null ? null
                    : found.get().getSpec().getType());
            if (external && ports.isEmpty() || exposes(ports, backend)) {
                continue;
            }
            String wanted = backend.portNumber() != null ? "port " + backend.portNumber()
                    : backend.portName() != null ? "port " + backend.portName() : "no port";
            context.report(backend.ingress(), backend.portPath(), "backend names " + wanted + " of Service "
                    + namespace + "/" + backend.service() + ", which exposes " + describe(ports));
        }
    }

    private static boolean exposes(List<ServicePort> ports, Ingresses.Backend backend) {
        for (ServicePort port : ports) {
            if (backend.portNumber() != null && backend.portNumber().equals(port.getPort())
                    || backend.portName() != null && backend.portName().equals(port.getName())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<ServicePort> ports) {
        if (ports.isEmpty()) {
            return "no ports";
        }
        List<String> terms = new ArrayList<>();
        for (ServicePort port : ports) {
            terms.add(port.getName() == null ? String.valueOf(port.getPort())
                    : port.getPort() + " (" + port.getName() + ")");
        }
        return "[" + String.join(", ", terms) + "]";
    }
}
