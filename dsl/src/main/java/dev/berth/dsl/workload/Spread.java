package dev.berth.dsl.workload;

/**
 * How a stateful service's replicas are placed across nodes: two placements, with different promises.
 * <ul>
 *   <li>{@link #topologySpread()} (the default): a {@code topologySpreadConstraint} on {@code kubernetes.io/hostname}
 *       with {@code maxSkew: 1}. It keeps the replica counts of any two nodes within one of each other, counting only
 *       nodes the pods may be scheduled on; with the preset's {@code statefulSpreadWhenUnsatisfiable}
 *       {@code DoNotSchedule} (production) a pod waits rather than skew, with {@code ScheduleAnyway} it is only a
 *       preference. With more replicas than nodes, several replicas share a node, evenly.</li>
 *   <li>{@link #requiredAcrossNodes()}: a required pod anti-affinity ({@code requiredDuringSchedulingIgnoredDuringExecution})
 *       on {@code kubernetes.io/hostname}: no two replicas ever share a node, whatever the preset says. With more
 *       replicas than schedulable nodes, the extra replicas stay {@code Pending}; a ring that must survive the loss
 *       of a node with its quorum wants this.</li>
 * </ul>
 * See <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/">Pod Topology
 * Spread Constraints</a> and
 * <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity">Inter-pod
 * affinity and anti-affinity</a>.
 *
 * <pre>{@code
 * Berth.datastore("zk", DatastorePresets.zookeeper()).pattern(StatefulPattern.ring(3))
 *         .spread(Spread.requiredAcrossNodes());
 * }</pre>
 *
 * @param required whether replicas must run on different nodes (hard anti-affinity) rather than spread evenly
 */
public record Spread(boolean required) {

    /**
     * The default: an even topology spread across nodes, as strict as the preset's
     * {@code statefulSpreadWhenUnsatisfiable}.
     *
     * <pre>{@code
     * db.spread(Spread.topologySpread());
     * }</pre>
     *
     * @return the spread
     */
    public static Spread topologySpread() {
        return new Spread(false);
    }

    /**
     * No two replicas on one node: a required pod anti-affinity on {@code kubernetes.io/hostname}, instead of the
     * topology spread.
     *
     * <pre>{@code
     * ring.spread(Spread.requiredAcrossNodes());
     * }</pre>
     *
     * @return the spread
     */
    public static Spread requiredAcrossNodes() {
        return new Spread(true);
    }
}
