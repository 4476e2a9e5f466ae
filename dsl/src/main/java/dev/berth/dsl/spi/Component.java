package dev.berth.dsl.spi;

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
}
