package dev.berth.validation.rules.workload;

import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Traversal and reading helpers shared by the container rules of this package. */
final class Containers {

    /** The kinds whose pods keep running, as opposed to Jobs and CronJobs that run to completion. */
    static final String[] LONG_RUNNING = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "ReplicationController", "Pod"};

    /** Every kind that runs pods. */
    static final String[] ALL_WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "ReplicationController", "Job", "CronJob", "Pod"};

    private Containers() {
    }

    /**
     * The containers that run alongside the application: regular containers and sidecars (init containers with
     * {@code restartPolicy: Always}). Plain init containers run to completion before the pod starts.
     */
    static List<RuleContext.ContainerAt> running(RuleContext context) {
        List<RuleContext.ContainerAt> running = new ArrayList<>();
        for (RuleContext.ContainerAt at : context.containers()) {
            if (!at.init() || "Always".equals(at.container().getRestartPolicy())) {
                running.add(at);
            }
        }
        return running;
    }

    /**
     * @param container a container
     * @param section {@code requests} or {@code limits}
     * @param resource {@code cpu} or {@code memory}
     * @return the quantity, or null when the container does not set it
     */
    static Quantity resource(Container container, String section, String resource) {
        ResourceRequirements resources = container.getResources();
        if (resources == null) {
            return null;
        }
        Map<String, Quantity> values = section.equals("limits") ? resources.getLimits() : resources.getRequests();
        Quantity quantity = values == null ? null : values.get(resource);
        return quantity == null || quantity.getAmount() == null || quantity.getAmount().isEmpty() ? null : quantity;
    }

    /**
     * @param at a container
     * @return its name, or its path when the manifest gives it none
     */
    static String name(RuleContext.ContainerAt at) {
        return at.name() == null || at.name().isEmpty() ? at.path() : at.name();
    }
}
