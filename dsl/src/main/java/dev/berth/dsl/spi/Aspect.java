package dev.berth.dsl.spi;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Company policy applied in one place: an aspect visits every object an application builds, after every component
 * has contributed and the application has added its NetworkPolicies, and before the application is frozen. It may
 * change the object it visits in place (labels, annotations, resource defaults) and add new objects with
 * {@link Assembly#add(HasMetadata)} (a default-deny NetworkPolicy). cdk8s and the AWS CDK call these Aspects.
 *
 * <p>Aspects run in the order they were given to {@code Application.Builder.aspect(...)}. Each visits the objects
 * present when its turn comes, in order, then the objects it added itself; so put the aspects that add objects before
 * those that stamp every object. Adding an object equal to one already added does nothing, so an aspect may add the
 * same policy on every visit. An aspect may not rename, move or change the kind of an object (the build refuses it,
 * naming the object), and an aspect that adds more than 10,000 objects in one build is refused rather than left to
 * run forever.
 *
 * <pre>{@code
 * Aspect team = (object, assembly) -> object.getMetadata().getLabels().put("team", "payments");
 * Aspect noAutomount = Aspect.on(ServiceAccount.class, (account, assembly) -> account.setAutomountServiceAccountToken(false));
 * Berth.application("shop").add(api, db).aspect(team, noAutomount).build();
 * }</pre>
 */
@FunctionalInterface
public interface Aspect {

    /**
     * Visits one object of the application. The object's metadata always has labels (a mutable map), as every object
     * the DSL builds does.
     *
     * @param object the object, to read or to change in place
     * @param assembly the application's assembly: its name, namespace and preset, the labels of a component, and
     *        {@link Assembly#add(HasMetadata)} for new objects
     */
    void visit(HasMetadata object, Assembly assembly);

    /**
     * An aspect that visits only the objects of one type, such as every Deployment.
     *
     * <pre>{@code
     * Aspect.on(Deployment.class, (deployment, assembly) -> deployment.getSpec().setRevisionHistoryLimit(3));
     * }</pre>
     *
     * @param <T> the type
     * @param type the fabric8 class of the objects to visit
     * @param action what to do with each
     * @return the aspect
     */
    static <T extends HasMetadata> Aspect on(Class<T> type, BiConsumer<? super T, Assembly> action) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        return (object, assembly) -> {
            if (type.isInstance(object)) {
                action.accept(type.cast(object), assembly);
            }
        };
    }
}
