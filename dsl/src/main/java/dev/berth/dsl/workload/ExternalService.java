package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.dsl.network.NetworkIntent;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A datastore or service hosted outside the cluster (a managed database): an {@code ExternalName} Service, so
 * clients use a cluster name, and no workload.
 *
 * <pre>{@code
 * ExternalService db = Berth.external("db", "shop.abc123.eu-west-1.rds.amazonaws.com").expose(Port.of("postgresql", 5432));
 * }</pre>
 */
public final class ExternalService implements Component {

    private final String name;
    private final String host;
    private final List<Port> ports = new ArrayList<>();
    private final List<String> cidrs = new ArrayList<>();

    ExternalService(String name, String host) {
        this.name = PodComponent.requireName(name);
        if (host == null || host.isBlank() || host.contains("/") || host.contains(":")) {
            throw new IllegalArgumentException("external host of " + name + " must be a DNS name without scheme or "
                    + "port, was " + host);
        }
        this.host = host;
    }

    /**
     * A service hosted at a DNS name outside the cluster.
     *
     * <pre>{@code
     * ExternalService.at("db", "shop.abc123.eu-west-1.rds.amazonaws.com");
     * }</pre>
     *
     * @param name the component's name, which clients use
     * @param host the external DNS name
     * @return the service
     */
    public static ExternalService at(String name, String host) {
        return new ExternalService(name, host);
    }

    /**
     * Ports clients use, for documentation and NetworkPolicies.
     *
     * @param more the ports
     * @return this service
     */
    public ExternalService expose(Port... more) {
        for (Port p : more) {
            if (ports.stream().anyMatch(q -> q.name().equals(p.name()))) {
                throw new IllegalArgumentException(name + " has two ports named \"" + p.name() + "\"");
            }
            ports.add(Objects.requireNonNull(p, "port"));
        }
        return this;
    }

    /**
     * The addresses the host resolves to, so network intents can reach it: a NetworkPolicy cannot select a DNS name,
     * so {@code allow("api").to("db")} writes an {@code ipBlock} egress rule for each CIDR. Default: none, and then an
     * intent to this component is refused. See
     * <a href="https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource">The
     * NetworkPolicy resource</a>.
     *
     * <pre>{@code
     * Berth.external("db", "billing.example.com").cidr("10.20.0.0/16").expose(Port.of("postgresql", 5432));
     * }</pre>
     *
     * @param blocks CIDR blocks, IPv4 or IPv6
     * @return this service
     * @throws IllegalArgumentException naming a block that is not a CIDR
     */
    public ExternalService cidr(String... blocks) {
        for (String b : blocks) {
            cidrs.add(NetworkIntent.requireCidr("CIDR of external(" + name + ")", b));
        }
        return this;
    }

    /** @return the external DNS name */
    public String host() {
        return host;
    }

    /** @return the ports clients use, in the order exposed */
    public List<Port> ports() {
        return List.copyOf(ports);
    }

    /** @return the CIDR blocks the host resolves to, in the order given */
    public List<String> cidrs() {
        return List.copyOf(cidrs);
    }

    /** @return the component's name, also the Service's */
    @Override
    public String name() {
        return name;
    }

    /**
     * Adds the ExternalName Service.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        ServiceBuilder b = new ServiceBuilder().withMetadata(a.metadata(name, a.labels(name, "external")).build())
                .withNewSpec().withType("ExternalName").withExternalName(host).endSpec();
        for (Port p : ports) {
            b.editSpec().addToPorts(new ServicePortBuilder().withName(p.name()).withPort(p.number())
                    .withProtocol(p.protocol()).build()).endSpec();
        }
        var s = b.build();
        a.explain(ObjectRef.of(s), "spec.type", "ExternalName", Origin.USER, "hosted outside the cluster at " + host);
        a.add(s);
    }
}
