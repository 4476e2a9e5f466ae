package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Any container of a pod (init, regular or ephemeral: the Pod Security Standards judge all three) with its pod's
 * security context, so a rule can ask for the effective value of a setting: the container's own when it sets one,
 * else the pod's, as the kubelet resolves it.
 *
 * @param workload the workload that runs the pod
 * @param name the container's name, or its path when the manifest gives none
 * @param path where the container sits, such as {@code spec.template.spec.initContainers[0]}
 * @param role {@code container}, {@code init container} or {@code ephemeral container}
 * @param context the container's security context, or null
 * @param pod the pod's security context, or null
 * @param ports the container's ports, never null
 */
record SecuredContainer(Workload workload, String name, String path, String role, SecurityContext context,
        PodSecurityContext pod, List<ContainerPort> ports) {

    static SecuredContainer of(Workload workload, Container c, String path, boolean init) {
        return new SecuredContainer(workload, c.getName() == null ? path : c.getName(), path,
                init ? "init container" : "container", c.getSecurityContext(), podContext(workload),
                c.getPorts() == null ? List.of() : c.getPorts());
    }

    static SecuredContainer of(Workload workload, EphemeralContainer c, String path) {
        return new SecuredContainer(workload, c.getName() == null ? path : c.getName(), path, "ephemeral container",
                c.getSecurityContext(), podContext(workload), c.getPorts() == null ? List.of() : c.getPorts());
    }

    private static PodSecurityContext podContext(Workload workload) {
        return workload.podSpec().map(s -> s.getSecurityContext()).orElse(null);
    }

    /** @return "container web", "init container setup"... */
    String describe() {
        return role + " " + name;
    }

    /** @return the path of the container's security context */
    String contextPath() {
        return path + ".securityContext";
    }

    /** @return the path of the pod's security context */
    String podContextPath() {
        return workload.podSpecPath() + ".securityContext";
    }

    /**
     * @param fromContainer reads the setting from the container's context
     * @param fromPod reads it from the pod's context
     * @param <T> the setting's type
     * @return the container's value when set, else the pod's, else null
     */
    <T> T effective(Function<SecurityContext, T> fromContainer, Function<PodSecurityContext, T> fromPod) {
        T own = context == null ? null : fromContainer.apply(context);
        if (own != null) {
            return own;
        }
        return pod == null ? null : fromPod.apply(pod);
    }

    /**
     * @param fromContainer reads the setting from the container's context
     * @param field the field's name under {@code securityContext}, such as {@code runAsUser}
     * @return the path of the field that decides the effective value: the container's when it sets one, else the
     *         pod's when that sets one, else the container's (where it should be written)
     */
    <T> String effectivePath(Function<SecurityContext, T> fromContainer, Function<PodSecurityContext, T> fromPod,
            String field) {
        if (context != null && fromContainer.apply(context) != null) {
            return contextPath() + "." + field;
        }
        if (pod != null && fromPod.apply(pod) != null) {
            return podContextPath() + "." + field;
        }
        return contextPath() + "." + field;
    }

    /** @return the capabilities the container adds, as written, never null */
    List<String> added() {
        Capabilities caps = context == null ? null : context.getCapabilities();
        return caps == null || caps.getAdd() == null ? List.of()
                : caps.getAdd().stream().filter(Objects::nonNull).toList();
    }

    /** @return the capabilities the container drops, as written, never null */
    List<String> dropped() {
        Capabilities caps = context == null ? null : context.getCapabilities();
        return caps == null || caps.getDrop() == null ? List.of()
                : caps.getDrop().stream().filter(Objects::nonNull).toList();
    }

    /** @return true when the container's own context sets privileged: true */
    boolean privileged() {
        return context != null && Boolean.TRUE.equals(context.getPrivileged());
    }
}
