package dev.berth.dsl.spi;

import dev.berth.dsl.network.NetworkIntent;
import java.util.List;
import java.util.Optional;

/**
 * A part of an application that contributes Kubernetes objects: a service, a datastore, a ConfigMap, a claim. The
 * application calls {@link #contribute(Assembly)} once per build, in the order components were added.
 *
 * <p>Write your own component to package a pattern the DSL does not know:
 * <pre>{@code
 * Component namespace = assembly -> assembly.add(new NamespaceBuilder()
 *         .withNewMetadata().withName(assembly.namespace()).endMetadata().build());
 * Berth.application("shop").namespace("shop").add(namespace);
 * }</pre>
 *
 * <p>A component takes part in the application's wiring through these methods, never through its class: the
 * connections it needs ({@link #impliedIntents()}) and the ports intents to it may use ({@link #listeningPorts()}).
 * The pod DNS names of {@code Application.podDnsNames(name)} come from the StatefulSets it adds. To wrap one of
 * Berth's components in a company component, extend {@link ForwardingComponent}, which forwards all of them.
 */
@FunctionalInterface
public interface Component {

    /**
     * Adds this component's objects to the assembly.
     *
     * @param assembly where the application's objects are collected
     * @throws IllegalArgumentException for an impossible configuration, naming the values
     */
    void contribute(Assembly assembly);

    /**
     * The component's name, unique in its application; empty for a component that only adds shared objects.
     *
     * @return the name, or an empty string
     */
    default String name() {
        return "";
    }

    /**
     * The connections this component's own objects need, which the application adds to its NetworkPolicies when it
     * restricts traffic: ring members reach each other, a backup job reaches its datastore. Default: none.
     *
     * <pre>{@code
     * Berth.datastore("db", DatastorePresets.postgresql()).backup(backup).impliedIntents();
     * // [NetworkIntent[from=db-backup, to=db, ports=[5432]]]
     * }</pre>
     *
     * @return the intents, possibly empty
     */
    default List<NetworkIntent> impliedIntents() {
        return List.of();
    }

    /**
     * The container ports this component's pods listen on, against which the application checks
     * {@code allow(from).to(name).on(port)}. Default: empty, when the component does not know them and no port is
     * checked.
     *
     * <pre>{@code
     * Berth.statelessService("api").expose(Ports.http(8080)).listeningPorts(); // Optional[[8080]]
     * }</pre>
     *
     * @return the port numbers, or empty when unknown
     */
    default Optional<List<Integer>> listeningPorts() {
        return Optional.empty();
    }
}
