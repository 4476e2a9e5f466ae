package dev.berth.dsl;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.datastore.DatastorePreset;
import dev.berth.dsl.workload.Agent;
import dev.berth.dsl.workload.BatchJob;
import dev.berth.dsl.workload.ExternalService;
import dev.berth.dsl.workload.PodComponent;
import dev.berth.dsl.workload.ReplicatedService;
import dev.berth.dsl.workload.StatefulService;
import dev.berth.dsl.workload.StatelessService;

/**
 * The entry point: an application, and the components it is made of, each said by what it is. Every method
 * delegates to the component's own factory.
 *
 * <pre>{@code
 * Application shop = Berth.application("shop")
 *         .add(Berth.statelessService("web").image("ghcr.io/acme/web:1.4.2").expose(Ports.http(3000)))
 *         .add(Berth.datastore("db", DatastorePresets.postgresql()))
 *         .allow("web").to("db").on(5432)
 *         .build();
 * Manifest manifest = shop.manifest();
 * }</pre>
 */
public final class Berth {

    private Berth() {
    }

    /**
     * An application, in the namespace of its name until told otherwise, with the production preset.
     *
     * @param name the application's name: the {@code app.kubernetes.io/instance} and {@code part-of} labels
     * @return a builder
     */
    public static Application.Builder application(String name) {
        return Application.builder(name);
    }

    /**
     * A component whose workload kind follows from its profile: a StatefulSet when the profile needs stable
     * identity, a Deployment otherwise. {@code explain()} says which and why. The kind is chosen at run time, so the
     * returned type carries what both kinds share: {@code replicas(n)}, {@code storage(size)} and every
     * {@link PodComponent} verb. For the verbs of one kind ({@code autoscale}; {@code pattern}, {@code backup}), name
     * the kind with {@link #statelessService(String, StateProfile)} or {@link #statefulService(String, StateProfile)},
     * which return that kind's type and refuse a profile of the other kind.
     *
     * <pre>{@code
     * Berth.service("basket", StateProfile.inMemoryState()).image("ghcr.io/acme/basket:1.0.0").replicas(3); // a Deployment
     * }</pre>
     *
     * @param name the component's name
     * @param profile what it remembers, does with a disk, and whose data it holds
     * @return a {@link StatefulService} or a {@link StatelessService}
     */
    public static ReplicatedService<?> service(String name, StateProfile profile) {
        return profile.prefersStatefulSet() ? StatefulService.named(name, profile)
                : StatelessService.named(name, profile);
    }

    /**
     * A stateless service: a Deployment.
     *
     * <pre>{@code
     * Berth.statelessService("web").image("ghcr.io/acme/web:1.4.2").expose(Ports.http(3000));
     * }</pre>
     *
     * @param name the component's name
     * @return the service
     */
    public static StatelessService statelessService(String name) {
        return StatelessService.named(name, StateProfile.stateless());
    }

    /**
     * A service whose replicas are interchangeable, with a profile that does not need stable identity: a
     * Deployment, with the Deployment's verbs ({@code autoscale}, {@code exposeOnLoadBalancer}, ...).
     *
     * <pre>{@code
     * Berth.statelessService("basket", StateProfile.inMemoryState()).autoscale(2, 6);
     * }</pre>
     *
     * @param name the component's name
     * @param profile a profile that does not need stable identity, such as {@code StateProfile.inMemoryState()}
     * @return the service
     * @throws IllegalArgumentException when the profile needs stable identity
     */
    public static StatelessService statelessService(String name, StateProfile profile) {
        return StatelessService.named(name, profile);
    }

    /**
     * A stateful service: a StatefulSet.
     *
     * @param name the component's name
     * @param profile a profile that needs stable identity, such as {@code StateProfile.datastore()}
     * @return the service
     */
    public static StatefulService statefulService(String name, StateProfile profile) {
        return StatefulService.named(name, profile);
    }

    /**
     * A datastore from a preset.
     *
     * <pre>{@code
     * Berth.datastore("db", DatastorePresets.postgresql());
     * }</pre>
     *
     * @param name the component's name
     * @param preset the datastore preset
     * @return the service
     */
    public static StatefulService datastore(String name, DatastorePreset preset) {
        return StatefulService.datastore(name, preset);
    }

    /**
     * A datastore hosted outside the cluster: an ExternalName Service.
     *
     * @param name the name clients use
     * @param host the external DNS name
     * @return the component
     */
    public static ExternalService external(String name, String host) {
        return ExternalService.at(name, host);
    }

    /**
     * A per-node agent: a DaemonSet.
     *
     * @param name the component's name
     * @return the agent
     */
    public static Agent agent(String name) {
        return Agent.named(name);
    }

    /**
     * A Job.
     *
     * @param name the component's name
     * @return the job
     */
    public static BatchJob job(String name) {
        return BatchJob.once(name);
    }

    /**
     * A CronJob.
     *
     * @param name the component's name
     * @param schedule the cron schedule
     * @return the job
     */
    public static BatchJob cronJob(String name, String schedule) {
        return BatchJob.scheduled(name, schedule);
    }
}
