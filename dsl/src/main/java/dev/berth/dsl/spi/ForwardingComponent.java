package dev.berth.dsl.spi;

import dev.berth.dsl.network.NetworkIntent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A component that wraps another and forwards everything to it: its objects, its name, the connections it needs and
 * the ports it listens on. Extend it to make a company component out of one of Berth's, overriding only what you
 * change; the wrapped component keeps its pod DNS names, its backup's network permission and the checks of intents
 * to it (in the manner of Guava's {@code ForwardingList}).
 *
 * <pre>{@code
 * public final class Database extends ForwardingComponent {
 *     public Database(String name) {
 *         super(Berth.datastore(name, DatastorePresets.postgresql()).backup(Backup.toClaim("0 3 * * *", Quantities.gi(50))));
 *     }
 *
 *     @Override
 *     public void contribute(Assembly assembly) {
 *         super.contribute(assembly);                 // the StatefulSet, Services, budget and backup
 *         assembly.add(ownerConfigMap(assembly));     // and what the company adds
 *     }
 * }
 * }</pre>
 */
public abstract class ForwardingComponent implements Component {

    private final Component delegate;

    /**
     * @param delegate the component to wrap
     */
    protected ForwardingComponent(Component delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the wrapped component */
    protected Component delegate() {
        return delegate;
    }

    /** Adds the wrapped component's objects; call it from an override to keep them. */
    @Override
    public void contribute(Assembly assembly) {
        delegate.contribute(assembly);
    }

    /** @return the wrapped component's name */
    @Override
    public String name() {
        return delegate.name();
    }

    /** @return the wrapped component's implied intents */
    @Override
    public List<NetworkIntent> impliedIntents() {
        return delegate.impliedIntents();
    }

    /** @return the ports the wrapped component listens on */
    @Override
    public Optional<List<Integer>> listeningPorts() {
        return delegate.listeningPorts();
    }
}
