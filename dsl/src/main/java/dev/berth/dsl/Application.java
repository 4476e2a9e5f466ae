package dev.berth.dsl;

import dev.berth.core.Manifest;
import dev.berth.core.text.Patterns;
import dev.berth.dsl.config.Config;
import dev.berth.dsl.explain.Explanation;
import dev.berth.dsl.network.NetworkIntent;
import dev.berth.dsl.network.NetworkPolicies;
import dev.berth.dsl.preset.Preset;
import dev.berth.dsl.spi.Aspect;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A built application: its objects as a {@link Manifest} of fabric8 objects, and the explanation of every key value.
 * Build another from {@link Berth#application(String)}.
 *
 * <p>What is shared: the name, namespace, preset, components, pod DNS names and explanation are immutable. The
 * manifest holds what the components and the {@linkplain Builder#aspect aspects} made, and every call of
 * {@link #manifest()} returns those same fabric8 objects, which are mutable (fabric8 has no read-only model): treat
 * them as read-only, as {@link Manifest} asks, and take {@code manifest().copy()} to change them, a deep copy that
 * leaves the application alone. Company policy belongs in an aspect, which changes the objects before the
 * application is built, not in code that changes them after. (A copy on every call would cost about half of building
 * the same objects with fabric8 builders, measured by {@code ApplicationCopyBenchmark}, so it is left to the callers
 * that need one.)
 *
 * <pre>{@code
 * Application app = Berth.application("shop").add(Berth.datastore("db", DatastorePresets.postgresql())).build();
 * String yaml = ManifestWriter.yaml().write(app.manifest());
 * System.out.println(app.explain());
 * Manifest mine = app.manifest().copy(); // to change objects without changing app
 * }</pre>
 */
public final class Application {

    private static final Pattern DNS_LABEL = Patterns.whole("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final String name;
    private final String namespace;
    private final Preset preset;
    private final Manifest manifest;
    private final Explanation explanation;
    private final List<String> components;
    private final java.util.Map<String, List<String>> dnsNames;

    private Application(String name, String namespace, Preset preset, Manifest manifest, Explanation explanation,
            List<String> components, java.util.Map<String, List<String>> dnsNames) {
        this.name = name;
        this.namespace = namespace;
        this.preset = preset;
        this.manifest = manifest;
        this.explanation = explanation;
        this.components = List.copyOf(components);
        this.dnsNames = java.util.Map.copyOf(dnsNames);
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the application's name */
    public String name() {
        return name;
    }

    /** @return the namespace of its objects */
    public String namespace() {
        return namespace;
    }

    /** @return the preset it was built with */
    public Preset preset() {
        return preset;
    }

    /** @return the names of its components, in the order they were added */
    public List<String> components() {
        return components;
    }

    /**
     * The generated objects, in the order components produced them (the writer sorts them into apply order), then
     * those the aspects added. Every call returns the same objects: read them, and copy them to change them.
     *
     * <pre>{@code
     * Manifest mine = app.manifest().copy();
     * mine.objects().get(0).getMetadata().getLabels().put("tier", "gold"); // app.manifest() is unchanged
     * }</pre>
     *
     * @return the manifest, shared: treat its objects as read-only
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * Per object and key field, what chose the value: the profile, the preset or the user.
     *
     * <pre>{@code
     * app.explain().about(ObjectRef.of("StatefulSet", "shop", "db"), "kind").orElseThrow().reason();
     * // "STATEFUL/READ_WRITE/AUTHORITATIVE needs stable identity: each replica keeps its name and volume"
     * }</pre>
     *
     * @return the explanation
     */
    public Explanation explain() {
        return explanation;
    }

    /**
     * The stable DNS names of the pods of one StatefulSet of the application, ordinal 0 first: for peer and seed
     * lists and connection strings. A stateful component's name gives its primary StatefulSet (or its ring);
     * {@code <name>-replica} gives the read replicas of a primary with read replicas.
     *
     * <pre>{@code
     * app.podDnsNames("cassandra");  // [cassandra-0.cassandra-headless.shop.svc.cluster.local, ...]
     * app.podDnsNames("db-replica"); // [db-replica-0.db-replica-headless.shop.svc.cluster.local, ...]
     * }</pre>
     *
     * @param component a stateful component's name, or {@code <name>-replica}
     * @return the names
     * @throws IllegalArgumentException when no StatefulSet of a stateful component has that name
     */
    public List<String> podDnsNames(String component) {
        List<String> names = dnsNames.get(component);
        if (names == null) {
            throw new IllegalArgumentException("no stateful component named \"" + component + "\"; stateful "
                    + "components are " + new java.util.TreeSet<>(dnsNames.keySet()));
        }
        return names;
    }

    /**
     * Collects an application's components, network intents and defaults.
     *
     * <pre>{@code
     * Berth.application("shop").namespace("shop-prod").preset(Preset.production())
     *      .add(Berth.statelessService("web").image("ghcr.io/acme/web:1.4.2"))
     *      .build();
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private String namespace;
        private Preset preset = Preset.production();
        private final List<Component> components = new ArrayList<>();
        private final Set<String> names = new java.util.HashSet<>();
        private final List<Allowed> intents = new ArrayList<>();
        private boolean defaultDeny;
        private final List<Aspect> aspects = new ArrayList<>();

        private Builder(String name) {
            if (name == null || !DNS_LABEL.matcher(name).matches()) {
                throw new IllegalArgumentException("application name must be a DNS-1123 label, was "
                        + (name == null ? "null" : "\"" + name + "\""));
            }
            this.name = name;
            this.namespace = name;
        }

        /**
         * The namespace of every namespaced object. Default: the application's name.
         *
         * @param value a DNS-1123 label
         * @return this builder
         */
        public Builder namespace(String value) {
            if (value == null || !DNS_LABEL.matcher(value).matches()) {
                throw new IllegalArgumentException("namespace must be a DNS-1123 label, was " + value);
            }
            namespace = value;
            return this;
        }

        /**
         * The defaults for every component. Default: {@link Preset#production()}.
         *
         * @param value the preset
         * @return this builder
         */
        public Builder preset(Preset value) {
            preset = Objects.requireNonNull(value, "preset");
            return this;
        }

        /**
         * Components, in order.
         *
         * @param more the components
         * @return this builder
         * @throws IllegalArgumentException when a name is taken
         */
        public Builder add(Component... more) {
            for (Component c : more) {
                Objects.requireNonNull(c, "component");
                // A ConfigMap is named apart from the components: one named like its component is legal.
                String key = c instanceof Config ? "ConfigMap " + c.name() : c.name();
                if (!c.name().isEmpty() && !names.add(key)) {
                    throw new IllegalArgumentException("application " + name + " has two components named \""
                            + c.name() + "\"");
                }
                components.add(c);
            }
            return this;
        }

        /**
         * Aspects that visit every object the application builds, once every component has contributed, in order:
         * company labels, annotations and policies in one place. See {@link Aspect} for the order of visits and
         * what an aspect may change. Default: none.
         *
         * <pre>{@code
         * Berth.application("shop").add(api, db)
         *      .aspect((object, assembly) -> object.getMetadata().getLabels().put("team", "payments"))
         *      .build();
         * }</pre>
         *
         * @param more the aspects, run in the order given, after those given before
         * @return this builder
         */
        public Builder aspect(Aspect... more) {
            for (Aspect aspect : more) {
                aspects.add(Objects.requireNonNull(aspect, "aspect"));
            }
            return this;
        }

        /**
         * Starts an allowed connection: {@code allow("api").to("db").on(5432)}.
         *
         * @param from the source component
         * @return the next step
         */
        public To allow(String from) {
            return new To(this, Objects.requireNonNull(from, "from"));
        }

        /**
         * Starts an allowed connection from any source: {@code allowFromAnywhere().to("web").on(8080)}.
         *
         * @return the next step
         */
        public To allowFromAnywhere() {
            return new To(this, NetworkIntent.ANYWHERE);
        }

        /**
         * Denies all traffic the intents do not allow, in and out, except DNS. Default: off (only the targets of
         * intents are restricted, and only their ingress). See
         * <a href="https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies">Default
         * policies</a>.
         *
         * @return this builder
         */
        public Builder defaultDeny() {
            defaultDeny = true;
            return this;
        }

        /**
         * Builds every component's objects.
         *
         * @return the application
         * @throws IllegalArgumentException for an impossible configuration, naming the values
         */
        public Application build() {
            Assembly assembly = new Assembly(name, namespace, preset);
            java.util.Map<String, Component> named = new java.util.LinkedHashMap<>();
            for (Component c : components) {
                c.contribute(assembly);
                if (!c.name().isEmpty() && !(c instanceof Config)) {
                    named.put(c.name(), c);
                }
            }
            List<NetworkIntent> resolved = BuildChecks.intents(intents, named, name);
            BuildChecks.requiredObjectsAdded(assembly);
            BuildChecks.authoritativeDataKept(assembly);
            if (!intents.isEmpty() || defaultDeny) {
                List<NetworkIntent> all = new ArrayList<>(resolved);
                for (Component c : components) {
                    all.addAll(c.impliedIntents());
                }
                NetworkPolicies.of(all, defaultDeny).contribute(assembly);
            }
            AspectRun.apply(aspects, assembly);
            Manifest manifest = Manifest.of(assembly.objects());
            return new Application(name, namespace, preset, manifest, assembly.explanation(),
                    List.copyOf(named.keySet()), podDnsNames(manifest, assembly));
        }

        /** The pod DNS names of every StatefulSet built, governed by a Service, whatever component added it. */
        private static java.util.Map<String, List<String>> podDnsNames(Manifest manifest, Assembly assembly) {
            java.util.Map<String, List<String>> names = new java.util.HashMap<>();
            for (StatefulSet set : manifest.all(StatefulSet.class)) {
                if (set.getSpec() == null || set.getSpec().getServiceName() == null) {
                    continue;
                }
                Integer replicas = set.getSpec().getReplicas();
                names.put(set.getMetadata().getName(), assembly.dnsNames().allFqdns(set.getMetadata().getName(),
                        replicas == null ? 1 : replicas, set.getSpec().getServiceName(),
                        set.getMetadata().getNamespace()));
            }
            return names;
        }
    }

    /**
     * The second step of an intent: the target.
     *
     * <pre>{@code
     * builder.allow("api").to("db").on(5432);
     * }</pre>
     */
    public static final class To {
        private final Builder builder;
        private final String from;

        private To(Builder builder, String from) {
            this.builder = builder;
            this.from = from;
        }

        /**
         * The target component.
         *
         * @param to the target
         * @return the last step
         */
        public On to(String to) {
            return new On(builder, from, Objects.requireNonNull(to, "to"), null);
        }

        /**
         * An {@code external(...)} component, on the ports it exposes: an {@code ipBlock} egress rule for each of its
         * CIDR blocks, written when egress is restricted ({@link Builder#defaultDeny()}; without it, egress is open).
         * A NetworkPolicy cannot select a DNS name, so the external component must give the addresses its host
         * resolves to ({@code cidr(...)}); DNS stays open so the caller can resolve the host. {@code to(name).on(port)}
         * does the same on chosen ports.
         *
         * <pre>{@code
         * Berth.application("billing")
         *      .add(Berth.external("db", "billing.example.com").cidr("10.20.0.0/16").expose(Port.of("postgresql", 5432)))
         *      .add(api)
         *      .allow("api").toExternal("db")
         *      .defaultDeny();
         * }</pre>
         *
         * @param external the external component's name
         * @return the application builder
         */
        public Builder toExternal(String external) {
            builder.intents.add(new Allowed(from, Objects.requireNonNull(external, "external"), List.of(), null, true));
            return builder;
        }

        /**
         * Addresses outside the cluster, by CIDR block: an {@code ipBlock} egress rule, written when egress is restricted
         * ({@link Builder#defaultDeny()}). DNS stays open. See
         * <a href="https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource">The
         * NetworkPolicy resource</a>.
         *
         * <pre>{@code
         * builder.allow("api").toCidr("10.20.0.0/16").on(5432);
         * }</pre>
         *
         * @param cidr an IPv4 or IPv6 CIDR block
         * @return the last step
         * @throws IllegalArgumentException naming the block when it is not a CIDR
         */
        public On toCidr(String cidr) {
            return new On(builder, from, NetworkIntent.requireCidr("CIDR of allow(" + from + ")", cidr), cidr);
        }

        /**
         * Any destination, in or out of the cluster (egress to {@code 0.0.0.0/0}): object storage, a payment
         * provider. Only written when egress is restricted ({@link Builder#defaultDeny()}).
         *
         * @return the last step
         */
        public On toAnywhere() {
            return new On(builder, from, NetworkIntent.ANYWHERE, null);
        }
    }

    /**
     * The last step of an intent: the ports.
     *
     * <pre>{@code
     * builder.allow("web").to("api").on(8080, 8443);
     * }</pre>
     */
    public static final class On {
        private final Builder builder;
        private final String from;
        private final String to;
        private final String cidr;

        private On(Builder builder, String from, String to, String cidr) {
            this.builder = builder;
            this.from = from;
            this.to = to;
            this.cidr = cidr;
        }

        /**
         * The target's container ports.
         *
         * @param ports one or more
         * @return the application builder
         */
        public Builder on(int... ports) {
            List<Integer> list = Arrays.stream(ports).boxed().toList();
            // Checked here, so a bad port is refused where it was written.
            new NetworkIntent(from, to, list);
            builder.intents.add(new Allowed(from, to, list, cidr, false));
            return builder;
        }
    }

    /**
     * An intent as said, before the application's components resolve it.
     *
     * @param from the source
     * @param to the target component, or the CIDR
     * @param ports the ports, or empty for an external component's own
     * @param cidr the CIDR of {@code toCidr(...)}, or null
     * @param external whether it was said with {@code toExternal(...)}
     */
    record Allowed(String from, String to, List<Integer> ports, String cidr, boolean external) {

        /** @return how the user wrote it, for messages */
        String said() {
            return "allow(" + from + ")." + (cidr != null ? "toCidr" : external ? "toExternal" : "to") + "(" + to + ")";
        }
    }
}
