package dev.berth.validation.rules.schema;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A name the API server rejects: {@code metadata.name} must be a DNS-1123 subdomain for most kinds, a DNS-1123 label
 * for a Namespace or StatefulSet (its pods' host names), a DNS-1035 label for a Service, and a path segment for RBAC
 * objects (which may hold ':'); {@code metadata.namespace}, container names and Service port names must be DNS-1123
 * labels ({@code validateServicePort}: a Service port name is not held to the 15-character IANA service name syntax
 * of a container port's name, which {@code invalid-value} reads with core's {@code Ports}). Objects without a name
 * are left to {@code missing-required-field}.
 */
public final class InvalidName extends Rule {

    private static final Set<String> LABEL_NAMED = Set.of("Namespace", "StatefulSet");
    private static final Set<String> RBAC = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

    /** Creates the rule. */
    public InvalidName() {
        super(RuleInfo.id("invalid-name")
                .summary("A name is not valid DNS-1123 syntax for its kind")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Use lower-case letters, digits and '-' (and '.' where a subdomain is allowed), "
                        + "starting and ending with a letter or digit.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            // An object without a kind (kind: null reads) is missing-required-field's; its name is held to the default.
            String kind = object.getKind() == null ? "" : object.getKind();
            String name = object.getMetadata() == null ? null : object.getMetadata().getName();
            if (name != null && !name.isEmpty()) {
                syntaxFor(kind).apply(name).ifPresent(problem -> context.report(object, "metadata.name",
                        "metadata.name " + KubernetesNames.quote(name) + " is not a valid " + syntaxName(kind)
                                + ": " + problem));
            }
            String namespace = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
            if (namespace != null && !namespace.isEmpty()) {
                KubernetesNames.labelProblem(namespace).ifPresent(problem -> context.report(object,
                        "metadata.namespace", "metadata.namespace " + KubernetesNames.quote(namespace)
                                + " is not a valid DNS-1123 label: " + problem));
            }
        }
        for (Service service : context.all(Service.class)) {
            List<ServicePort> ports = service.getSpec() == null ? List.of() : service.getSpec().getPorts();
            for (int i = 0; i < ports.size(); i++) {
                String name = ports.get(i).getName();
                String path = "spec.ports[" + i + "].name";
                if (name != null && !name.isEmpty()) {
                    KubernetesNames.labelProblem(name).ifPresent(problem -> context.report(service, path,
                            "Service port name " + KubernetesNames.quote(name) + " is not a valid DNS-1123 label: "
                                    + problem));
                }
            }
        }
        for (RuleContext.ContainerAt at : context.containers()) {
            String name = at.name();
            if (name != null && !name.isEmpty()) {
                KubernetesNames.labelProblem(name).ifPresent(problem -> context.report(at.workload().owner(),
                        at.path() + ".name", "container name " + KubernetesNames.quote(name)
                                + " is not a valid DNS-1123 label: " + problem));
            }
        }
    }

    private static Function<String, Optional<String>> syntaxFor(String kind) {
        if ("Service".equals(kind)) {
            return KubernetesNames::dns1035Problem;
        }
        if (LABEL_NAMED.contains(kind)) {
            return KubernetesNames::labelProblem;
        }
        return RBAC.contains(kind) ? KubernetesNames::pathSegmentProblem : KubernetesNames::subdomainProblem;
    }

    private static String syntaxName(String kind) {
        if ("Service".equals(kind)) {
            return "DNS-1035 label, which a Service name must be";
        }
        if (LABEL_NAMED.contains(kind)) {
            return "DNS-1123 label, which a " + kind + " name must be";
        }
        return RBAC.contains(kind) ? "path segment name" : "DNS-1123 subdomain";
    }
}
