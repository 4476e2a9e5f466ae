package dev.berth.dsl.workload;

import dev.berth.core.state.StateProfile;

/**
 * What the two service kinds share, so {@code Berth.service(name, profile)}, which picks the kind from the profile at
 * run time, returns a type with {@link #replicas(int)}, {@link #storage(io.fabric8.kubernetes.api.model.Quantity)}
 * and every {@link PodComponent} verb. A kind's own verbs ({@code autoscale} of a {@link StatelessService};
 * {@code pattern}, {@code backup}, {@code claimTemplate} of a {@link StatefulService}) are on the type of that kind:
 * name the kind with {@code Berth.statelessService(name, profile)} or {@code Berth.statefulService(name, profile)}.
 *
 * <pre>{@code
 * ReplicatedService<?> basket = Berth.service("basket", StateProfile.inMemoryState()).image("basket:1.0").replicas(3);
 * }</pre>
 *
 * @param <S> the service's own type, returned by every setter
 */
public abstract sealed class ReplicatedService<S extends ReplicatedService<S>> extends PodComponent<S>
        permits StatelessService, StatefulService {

    ReplicatedService(String name, StateProfile profile) {
        super(name, profile);
    }

    ReplicatedService(ReplicatedService<?> base) {
        super(base);
    }

    /**
     * The number of replicas. Default: the preset's {@code statelessReplicas} (2 in production) for a Deployment,
     * its {@code statefulReplicas} (1) for a single-primary StatefulSet; rings and read replicas take their counts
     * from the {@link StatefulPattern}. See
     * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/deployment/">Deployments</a> and
     * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/">StatefulSets</a>.
     *
     * <pre>{@code
     * Berth.service("basket", StateProfile.inMemoryState()).replicas(3);
     * }</pre>
     *
     * @param value 0 or more
     * @return this service
     * @throws IllegalArgumentException for a negative value
     */
    public S replicas(int value) {
        replicas = requireReplicas(name, value);
        return self();
    }
}
