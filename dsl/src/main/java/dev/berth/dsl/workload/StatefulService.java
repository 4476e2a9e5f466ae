package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.config.EnvValue;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.SecretRef;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Container;
import dev.berth.dsl.datastore.DatastorePreset;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.preset.Preset;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.storage.ClaimTemplate;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.Volumes;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service whose replicas each keep a name and a volume: a StatefulSet with its governing headless Service
 * ({@code <name>-headless}, named ports), a client Service ({@code <name>}), claim templates that are retained, a
 * PodDisruptionBudget ({@code maxUnavailable: 1}) and a spread across nodes. The pod management policy and update
 * strategy follow the {@link StatefulPattern}. Chosen for every profile that needs stable identity: datastores and
 * disk caches.
 *
 * <pre>{@code
 * StatefulService db = Berth.datastore("db", DatastorePresets.postgresql())
 *         .storage(Quantities.gi(50))
 *         .backup(Backup.toClaim("0 3 * * *", Quantities.gi(100)));
 * }</pre>
 */
public final class StatefulService extends ReplicatedService<StatefulService> {

    private final DatastorePreset datastore;
    private StatefulPattern pattern = StatefulPattern.singlePrimary();
    private final List<ClaimTemplate> templates = new ArrayList<>();
    private SecretRef credentials;
    private Backup backup;
    private String storageClass;
    private String storagePath;
    private String withoutStorage;
    private Spread spread = Spread.topologySpread();
    private final List<java.util.function.Consumer<StatefulSetBuilder>> customizers = new ArrayList<>();
    /** The suppressions {@link DataSafety} asks for in the build under way. */
    private Map<String, String> suppressions = Map.of();

    StatefulService(String name, StateProfile profile, DatastorePreset datastore) {
        super(name, profile);
        if (!profile.prefersStatefulSet() && profile.disk() != StateProfile.Disk.NONE) {
            throw new IllegalArgumentException(notStateful(name, profile));
        }
        this.datastore = datastore;
        if (datastore != null) {
            main.image(datastore.image()).ports(datastore.ports().toArray(new dev.berth.dsl.container.Port[0]))
                    .readiness(datastore.readiness()).liveness(datastore.liveness()).startup(datastore.startup())
                    .resources(datastore.resources());
            if (!datastore.command().isEmpty()) {
                main.command(datastore.command().toArray(new String[0]));
            }
            if (!datastore.args().isEmpty()) {
                main.args(datastore.args().toArray(new String[0]));
            }
            role = datastore.role();
        }
    }

    /**
     * A stateful service with a profile that needs stable identity; give it an image and storage.
     *
     * <pre>{@code
     * StatefulService index = StatefulService.named("index", StateProfile.diskCache()).storage(Quantities.gi(10));
     * }</pre>
     *
     * @param name the component's name
     * @param profile the profile
     * @return the service
     * @throws IllegalArgumentException when the profile does not need stable identity
     */
    public static StatefulService named(String name, StateProfile profile) {
        return new StatefulService(name, profile, null);
    }

    /**
     * A datastore from a preset: profile {@code datastore()}, or {@code diskCache()} for a cache-capable datastore
     * such as Redis.
     *
     * <pre>{@code
     * StatefulService db = StatefulService.datastore("db", DatastorePresets.postgresql());
     * }</pre>
     *
     * @param name the component's name
     * @param preset the datastore preset
     * @return the service
     */
    public static StatefulService datastore(String name, DatastorePreset preset) {
        Objects.requireNonNull(preset, "preset");
        return new StatefulService(name, StateProfile.datastore(), preset);
    }

    private StatefulService(StatefulService base) {
        super(base);
        datastore = base.datastore;
        pattern = base.pattern;
        templates.addAll(base.templates);
        credentials = base.credentials;
        backup = base.backup;
        storageClass = base.storageClass;
        storagePath = base.storagePath;
        withoutStorage = base.withoutStorage;
        spread = base.spread;
        customizers.addAll(base.customizers);
    }

    /**
     * An independent copy, for variants of a base.
     *
     * <pre>{@code
     * StatefulService bigger = StatefulService.from(db).storage(Quantities.gi(200));
     * }</pre>
     *
     * @param base the base
     * @return the copy
     */
    public static StatefulService from(StatefulService base) {
        return new StatefulService(base);
    }

    /**
     * How the replicas relate. Default: {@link StatefulPattern#singlePrimary()}.
     *
     * @param value the pattern
     * @return this service
     */
    public StatefulService pattern(StatefulPattern value) {
        pattern = Objects.requireNonNull(value, "pattern");
        return this;
    }

    /**
     * The size of each replica's {@code data} claim, mounted at the datastore's data path (or {@code /data}).
     * Default: the datastore preset's storage size; a service without a datastore preset must say.
     *
     * <pre>{@code
     * db.storage(Quantities.gi(50));
     * }</pre>
     *
     * @param size the size
     * @return this service
     */
    @Override
    public StatefulService storage(Quantity size) {
        templates.removeIf(t -> t.name().equals("data"));
        templates.add(0, Claims.template("data", size));
        return this;
    }

    /**
     * The StorageClass of each replica's {@code data} claim, whether its size comes from {@link #storage(Quantity)} or
     * from the datastore preset. Default: the preset's {@code storageClass} (the cluster's default class when unset).
     * See <a href="https://kubernetes.io/docs/concepts/storage/storage-classes/">Storage Classes</a>.
     *
     * <pre>{@code
     * db.storage(Quantities.gi(50)).storageClass("ssd");
     * }</pre>
     *
     * @param className the class's name
     * @return this service
     */
    public StatefulService storageClass(String className) {
        storageClass = dev.berth.core.values.DnsNames.requireDns1123Subdomain("StorageClass name", className);
        return this;
    }

    /**
     * The StorageClass of each replica's {@code data} claim, from a class the application defines (add it to the
     * application too).
     *
     * <pre>{@code
     * StorageClasses.Spec ssd = StorageClasses.named("ssd", "ebs.csi.aws.com");
     * app.add(ssd).add(db.storage(Quantities.gi(50)).storageClass(ssd));
     * }</pre>
     *
     * @param storageClass the class
     * @return this service
     */
    public StatefulService storageClass(dev.berth.dsl.storage.StorageClasses.Spec storageClass) {
        return storageClass(Objects.requireNonNull(storageClass, "storageClass").name());
    }

    /**
     * Where the main container mounts each replica's {@code data} claim. Default: the datastore preset's data path
     * ({@code /var/lib/postgresql/data} for PostgreSQL...), else {@code /data}.
     *
     * <pre>{@code
     * Berth.statefulService("index", StateProfile.diskCache()).storage(Quantities.gi(10)).storagePath("/var/lib/index");
     * }</pre>
     *
     * @param path an absolute path
     * @return this service
     * @throws IllegalArgumentException when the path is not absolute
     */
    public StatefulService storagePath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("storage path of " + name + " must be absolute, was " + path);
        }
        storagePath = path;
        return this;
    }

    /**
     * Keeps a StatefulSet without any storage, for state held in memory whose loss is acceptable (the shopping
     * basket whose sessions may be lost, kept on a StatefulSet for its stable pod names). Allowed for a profile that
     * writes no disk ({@code StateProfile.inMemoryState()}, {@code cache()}), which would otherwise get a Deployment.
     * The StatefulSet carries {@code berth.dev/state-profile} (the profile, such as {@code STATEFUL/NONE/NONE}) and
     * {@code berth.dev/without-storage} (the reason), which the validator's {@code stateful-without-storage} rule
     * reads to say, as information, that the state is lost on restart. Default: storage is required when the profile
     * writes to disk, and a profile that writes no disk is refused by a StatefulSet.
     *
     * <pre>{@code
     * Berth.statefulService("basket", StateProfile.inMemoryState()).image("ghcr.io/acme/basket:1.8.0")
     *         .withoutStorage("sessions may be lost: a basket is rebuilt from the order history");
     * }</pre>
     *
     * @param reason why losing the state on restart is acceptable
     * @return this service
     * @throws IllegalArgumentException when the reason is blank, or the profile writes to disk
     */
    public StatefulService withoutStorage(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("withoutStorage of " + name + " needs a reason (why losing the state "
                    + "on restart is acceptable), was " + (reason == null ? "null" : "\"" + reason + "\""));
        }
        if (profile.disk() != StateProfile.Disk.NONE) {
            throw new IllegalArgumentException("withoutStorage of " + name + ": profile " + profile.annotationValue()
                    + " writes to disk, so it needs storage(Quantities.gi(n)); withoutStorage is for state kept in "
                    + "memory (StateProfile.inMemoryState())");
        }
        withoutStorage = reason;
        return this;
    }

    /**
     * How the replicas are placed across nodes. Default: {@link Spread#topologySpread()}, a topology spread whose
     * strictness is the preset's {@code statefulSpreadWhenUnsatisfiable} ({@code DoNotSchedule} in production); no
     * spread when the preset's {@code spreadAcrossNodes} is false. {@link Spread#requiredAcrossNodes()} forbids two
     * replicas on one node (hard pod anti-affinity).
     *
     * <pre>{@code
     * Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3))
     *         .spread(Spread.requiredAcrossNodes());
     * }</pre>
     *
     * @param value the spread
     * @return this service
     */
    public StatefulService spread(Spread value) {
        spread = Objects.requireNonNull(value, "spread");
        return this;
    }

    /**
     * Another claim template, such as a separate write-ahead-log volume.
     *
     * @param template the template, with its mount path
     * @return this service
     * @throws IllegalArgumentException when a template of that name exists
     */
    public StatefulService claimTemplate(ClaimTemplate template) {
        for (ClaimTemplate t : templates) {
            if (t.name().equals(template.name())) {
                throw new IllegalArgumentException(name + " has two claim templates named \"" + t.name() + "\"");
            }
        }
        templates.add(template);
        return this;
    }

    /**
     * The Secret the datastore's credentials come from. Default: {@code <name>-credentials}, key {@code password}.
     *
     * @param secret the Secret
     * @return this service
     */
    public StatefulService credentials(SecretRef secret) {
        credentials = Objects.requireNonNull(secret, "secret");
        return this;
    }

    /**
     * A scheduled backup, with the datastore preset's backup command.
     *
     * @param value the backup
     * @return this service
     * @throws IllegalArgumentException when the datastore preset has no backup command
     */
    public StatefulService backup(Backup value) {
        if (datastore == null || datastore.backupCommand().isEmpty()) {
            throw new IllegalArgumentException(name + " has no backup command: back up "
                    + (datastore == null ? "a service without a datastore preset" : datastore.datastore().displayName())
                    + " with Berth.cronJob(...)");
        }
        backup = value;
        return this;
    }

    /**
     * Escape hatch: changes each fabric8 StatefulSet after the DSL has filled it.
     *
     * <pre>{@code
     * db.customize(s -> s.editSpec().withMinReadySeconds(10).endSpec());
     * }</pre>
     *
     * @param customizer what to change
     * @return this service
     */
    public StatefulService customize(java.util.function.Consumer<StatefulSetBuilder> customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /** @return the pattern */
    public StatefulPattern pattern() {
        return pattern;
    }

    /** @return the datastore preset, if the service is a datastore */
    public Optional<DatastorePreset> datastore() {
        return Optional.ofNullable(datastore);
    }

    /**
     * The stable DNS names of the pods, ordinal 0 first, for peer lists and connection strings.
     *
     * <pre>{@code
     * ring.podDnsNames("db", PodDnsNames.clusterLocal()); // [cassandra-0.cassandra-headless.db.svc.cluster.local, ...]
     * }</pre>
     *
     * @param namespace the namespace
     * @param dns the DNS naming, with the cluster domain
     * @param fallbackReplicas the replicas of a single primary when the component does not set them
     * @return the names
     */
    public List<String> podDnsNames(String namespace, dev.berth.core.state.PodDnsNames dns, int fallbackReplicas) {
        return dns.allFqdns(name, primaryReplicas(fallbackReplicas), headless(name), namespace);
    }

    /**
     * The stable DNS names of the pods of every StatefulSet of the pattern, by StatefulSet name, ordinal 0 first: the
     * primary (or the ring), then {@code <name>-replica} for a primary with read replicas.
     *
     * <pre>{@code
     * db.pattern(StatefulPattern.primaryWithReadReplicas(2)).podDnsNamesBySet("shop", PodDnsNames.clusterLocal(), 1);
     * // {db=[db-0.db-headless.shop.svc.cluster.local],
     * //  db-replica=[db-replica-0.db-replica-headless.shop.svc.cluster.local, db-replica-1...]}
     * }</pre>
     *
     * @param namespace the namespace
     * @param dns the DNS naming, with the cluster domain
     * @param fallbackReplicas the replicas of a single primary when the component does not set them
     * @return StatefulSet name to its pods' names, in pattern order
     */
    public Map<String, List<String>> podDnsNamesBySet(String namespace, dev.berth.core.state.PodDnsNames dns,
            int fallbackReplicas) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put(name, podDnsNames(namespace, dns, fallbackReplicas));
        if (pattern.kind() == StatefulPattern.Kind.PRIMARY_WITH_READ_REPLICAS) {
            String replicaSet = name + "-replica";
            names.put(replicaSet, dns.allFqdns(replicaSet, pattern.members(), headless(replicaSet), namespace));
        }
        return names;
    }

    /**
     * The connections the pattern itself needs, which the application adds to its NetworkPolicies: ring members
     * reach each other, read replicas reach the primary, the backup job reaches the datastore (and object storage on
     * port 443).
     *
     * <pre>{@code
     * Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3)).impliedIntents();
     * // [NetworkIntent[from=cassandra, to=cassandra, ports=[9042, 7000]]]
     * }</pre>
     *
     * @return the intents, possibly empty
     */
    @Override
    public List<dev.berth.dsl.network.NetworkIntent> impliedIntents() {
        List<dev.berth.dsl.network.NetworkIntent> intents = new ArrayList<>();
        List<Integer> all = main.ports().stream().map(dev.berth.dsl.container.Port::number).toList();
        if (all.isEmpty()) {
            return intents;
        }
        if (pattern.kind() == StatefulPattern.Kind.RING) {
            intents.add(new dev.berth.dsl.network.NetworkIntent(name, name, all));
        }
        if (pattern.kind() == StatefulPattern.Kind.PRIMARY_WITH_READ_REPLICAS) {
            intents.add(new dev.berth.dsl.network.NetworkIntent(name + "-replica", name, List.of(all.get(0))));
        }
        if (backup != null) {
            intents.add(new dev.berth.dsl.network.NetworkIntent(name + "-backup", name, List.of(all.get(0))));
            if (backup.objectStorageUrl().isPresent()) {
                intents.add(new dev.berth.dsl.network.NetworkIntent(name + "-backup",
                        dev.berth.dsl.network.NetworkIntent.ANYWHERE, List.of(443)));
            }
        }
        return intents;
    }

    private int primaryReplicas(int fallback) {
        return switch (pattern.kind()) {
            case RING -> pattern.members();
            case PRIMARY_WITH_READ_REPLICAS -> 1;
            case SINGLE_PRIMARY -> replicas != null ? replicas : fallback;
        };
    }

    @Override
    String dataPath() {
        if (storagePath != null) {
            return storagePath;
        }
        return datastore != null ? datastore.dataPath() : super.dataPath();
    }

    /** The data template with the class and mount path said by {@link #storageClass} and {@link #storagePath}. */
    private ClaimTemplate placed(ClaimTemplate data) {
        ClaimTemplate t = storageClass != null ? data.storageClass(storageClass) : data;
        return storagePath != null ? t.mountedAt(storagePath) : t;
    }

    private static String notStateful(String name, StateProfile profile) {
        return "profile " + profile + " of " + name + " does not need stable identity: use Berth.statelessService or "
                + "Berth.service, which choose a Deployment";
    }

    static String headless(String set) {
        return set + "-headless";
    }

    /**
     * Adds the ServiceAccount, StatefulSet(s), headless and client Services, budgets and the backup.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        Preset p = a.preset();
        suppressions = DataSafety.check(this, a, dataPath(), !p.retainClaims());
        DataSafety.recordClaims(this, a, ObjectRef.of("StatefulSet", a.namespace(), name));
        if (!profile.prefersStatefulSet() && withoutStorage == null) {
            throw new IllegalArgumentException(notStateful(name, profile) + ", or keep a StatefulSet without storage "
                    + "with withoutStorage(\"reason\")");
        }
        if (withoutStorage != null && !templates.isEmpty()) {
            throw new IllegalArgumentException(name + " says withoutStorage(\"" + withoutStorage + "\") but has claim "
                    + "templates " + templates.stream().map(ClaimTemplate::name).toList() + ": drop one or the other");
        }
        List<ClaimTemplate> claims = new ArrayList<>(templates);
        if (withoutStorage == null && claims.stream().noneMatch(t -> t.name().equals("data"))) {
            if (datastore != null) {
                claims.add(0, Claims.template("data", datastore.storageSize()));
            } else if (profile.disk() == StateProfile.Disk.READ_WRITE) {
                throw new IllegalArgumentException("stateful service " + name + " writes to disk but has no storage: "
                        + "call storage(Quantities.gi(n))");
            }
        }
        claims.replaceAll(t -> t.name().equals("data") ? placed(t) : t);
        PodTemplates.addIdentity(this, a);
        Map<String, EnvValue> env = new LinkedHashMap<>();
        if (datastore != null) {
            datastore.env().forEach((k, v) -> env.put(k, EnvValues.of(v)));
            SecretRef secret = credentials != null ? credentials : Secrets.existing(name + "-credentials");
            datastore.credentials().forEach((k, key) -> env.put(k, EnvValues.fromSecret(secret, key)));
        }
        String why = profile.state() + "/" + profile.disk() + "/" + profile.data()
                + " needs stable identity: each replica keeps its name and volume";
        switch (pattern.kind()) {
            case SINGLE_PRIMARY -> {
                ObjectRef ref = ObjectRef.of("StatefulSet", a.namespace(), name);
                int n = a.choose(ref, "spec.replicas", replicas, p.statefulReplicas(), "statefulReplicas");
                set(a, name, n, "OrderedReady", false, env, claims, why, "read-write");
            }
            case RING -> {
                Map<String, EnvValue> ringEnv = new LinkedHashMap<>(env);
                List<String> peers = a.dnsNames().allFqdns(name, pattern.members(), headless(name), a.namespace());
                if (datastore != null && datastore.peerListEnv().isPresent()) {
                    List<String> written = new ArrayList<>();
                    for (int i = 0; i < peers.size(); i++) {
                        written.add(datastore.peerFormat().replace("{host}", peers.get(i))
                                .replace("{n}", String.valueOf(i + 1)));
                    }
                    ringEnv.put(datastore.peerListEnv().get(),
                            EnvValues.of(String.join(datastore.peerSeparator(), written)));
                }
                set(a, name, pattern.members(), "Parallel", true, ringEnv, claims, why, null);
            }
            case PRIMARY_WITH_READ_REPLICAS -> {
                set(a, name, 1, "OrderedReady", false, env, claims, why, "read-write");
                Map<String, EnvValue> replicaEnv = new LinkedHashMap<>(env);
                replicaEnv.put("PRIMARY_HOST", EnvValues.of(a.dnsNames().podFqdn(name, 0, headless(name),
                        a.namespace())));
                set(a, name + "-replica", pattern.members(), "Parallel", false, replicaEnv, claims, why, "read-only");
            }
            default -> throw new IllegalStateException(pattern.toString());
        }
        if (backup != null) {
            addBackup(a);
        }
        addServiceMonitor(a);
    }

    private void set(Assembly a, String setName, int count, String podManagement, boolean publishNotReady,
            Map<String, EnvValue> env, List<ClaimTemplate> claims, String why, String access) {
        Preset p = a.preset();
        ObjectRef ref = ObjectRef.of("StatefulSet", a.namespace(), setName);
        a.explain(ref, "kind", "StatefulSet", Origin.PROFILE, why);
        a.explain(ref, "spec.podManagementPolicy", podManagement, Origin.PROFILE, "pattern " + pattern.kind());
        Map<String, String> selector = a.selector(setName);
        Map<String, String> labels = a.labels(setName, role);
        main.image().flatMap(i -> i.tag()).ifPresent(tag -> labels.put("app.kubernetes.io/version", tag));
        Map<String, String> mounts = new LinkedHashMap<>();
        String dataPath = dataPath();
        for (ClaimTemplate t : claims) {
            mounts.put(t.name(), t.mountPath().orElse(t.name().equals("data") ? dataPath : "/" + t.name()));
        }
        var template = PodTemplates.render(this, a, ref, labels, new PodTemplates.Extras(mounts, env,
                datastore != null ? datastore.uid() : null, datastore != null ? datastore.readOnlyRootFilesystem() : null,
                datastore != null ? datastore.writablePaths() : List.of(),
                spread.required() || !p.spreadAcrossNodes() ? null : p.statefulSpreadWhenUnsatisfiable(), null,
                datastore != null ? datastore.datastore().id() : null).withAntiAffinity(spread.required()));
        if (spread.required()) {
            a.explain(ref, "spec.template.spec.affinity.podAntiAffinity", "required across kubernetes.io/hostname",
                    Origin.USER, "spread(Spread.requiredAcrossNodes())");
        }
        String retain = p.retainClaims() ? "Retain" : "Delete";
        a.explain(ref, "spec.persistentVolumeClaimRetentionPolicy", retain, Origin.PRESET,
                p.name() + ".retainClaims" + (profile.needsPersistentStorage() ? " (authoritative data)" : ""));
        List<io.fabric8.kubernetes.api.model.PersistentVolumeClaim> claimTemplates = new ArrayList<>();
        for (ClaimTemplate t : claims) {
            String cls = t.storageClass().or(() -> p.storageClass()).orElse(null);
            String mode = t.accessMode().orElse(p.claimAccessMode());
            if (profile.needsPersistentStorage()) {
                a.keepsAuthoritativeData(new Assembly.DataClaim(name, ref, t.name(), cls, ephemeralReason));
            }
            claimTemplates.add(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName(t.name()).withLabels(a.selector(setName)).endMetadata()
                    .withNewSpec().withAccessModes(mode).withStorageClassName(cls)
                    .withNewResources().addToRequests("storage", t.size()).endResources().endSpec().build());
            boolean onComponent = templates.stream().anyMatch(u -> u.name().equals(t.name()));
            a.explain(ref, "spec.volumeClaimTemplates[" + t.name() + "]", t.size() + " " + mode,
                    t.accessMode().isPresent() || onComponent ? Origin.USER : Origin.PRESET,
                    onComponent ? "set on the component" : "datastore preset storage size");
        }
        Map<String, String> annotations = new LinkedHashMap<>(suppressions);
        if (withoutStorage != null) {
            annotations.put(StateProfile.ANNOTATION, profile.annotationValue());
            annotations.put(StateProfile.WITHOUT_STORAGE_ANNOTATION, withoutStorage);
            a.explain(ref, "spec.volumeClaimTemplates", "none", Origin.USER, "withoutStorage: " + withoutStorage);
        }
        StatefulSetBuilder b = new StatefulSetBuilder()
                .withMetadata(a.metadata(setName, labels).addToAnnotations(annotations).build())
                .withNewSpec()
                .withServiceName(headless(setName))
                .withReplicas(count)
                .withPodManagementPolicy(podManagement)
                .withNewUpdateStrategy().withType("RollingUpdate").endUpdateStrategy()
                .withNewSelector().withMatchLabels(selector).endSelector()
                .withTemplate(template)
                .withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted(retain).withWhenScaled(retain)
                .endPersistentVolumeClaimRetentionPolicy()
                .withVolumeClaimTemplates(claimTemplates)
                .endSpec();
        customizers.forEach(c -> c.accept(b));
        a.add(b.build());
        Wiring.service(a, headless(setName), setName, role, selector, main.ports(), "ClusterIP", true,
                publishNotReady, "governing headless Service of StatefulSet " + setName, List.of());
        if (!main.ports().isEmpty()) {
            Wiring.service(a, setName.endsWith("-replica") ? name + "-read" : setName, setName, role, selector,
                    main.ports(), "ClusterIP", false, false,
                    access == null ? "client Service of the ring" : access + " client Service", metricsLabel());
        }
        Wiring.disruptionBudget(a, setName, role, selector, "stateful replicas are drained one at a time");
    }

    private void addBackup(Assembly a) {
        String jobName = name + "-backup";
        SecretRef secret = credentials != null ? credentials : Secrets.existing(name + "-credentials");
        Container dump = Container.named("dump").image(datastore.image())
                .command("sh", "-c", datastore.backupCommand().get())
                .env("HOST", EnvValues.of(a.dnsNames().serviceFqdn(name, a.namespace())))
                .env("PASSWORD", EnvValues.fromSecret(secret, "password"));
        BatchJob job = new BatchJob(jobName, backup.schedule()).runAsUser(datastore.uid()).role("backup");
        if (backup.claimSize().isPresent()) {
            job.mount("/backup", Volumes.fromClaim(Claims.shared(name + "-backups", backup.claimSize().get())));
            job.main.image(datastore.image()).command("sh", "-c", datastore.backupCommand().get()
                    + backup.prune("ls -1 /backup", "rm -f -- \"/backup/$f\""));
            dump.env().forEach(job.main::env);
        } else {
            SecretRef s3 = backup.objectStorageCredentials().get();
            job.mount("/backup", Volumes.emptyDir().named("backup"));
            job.initContainer(dump);
            String url = backup.objectStorageUrl().get();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            job.main.image(backup.uploaderImage());
            if (backup.keepLast() == 0) {
                job.main.command("aws", "s3", "cp", "--recursive", "/backup", url);
            } else {
                job.main.command("sh", "-c", "aws s3 cp --recursive /backup \"$BACKUP_URL\"" + backup.prune(
                        "aws s3 ls \"$BACKUP_URL/\" | sed 's/.* //'", "aws s3 rm \"$BACKUP_URL/$f\""))
                        .env("BACKUP_URL", EnvValues.of(url));
            }
            job.main.env("HOME", EnvValues.of("/tmp"))
                    .env("AWS_ACCESS_KEY_ID", EnvValues.fromSecret(s3, "access-key-id"))
                    .env("AWS_SECRET_ACCESS_KEY", EnvValues.fromSecret(s3, "secret-access-key"));
        }
        a.explain(ObjectRef.of("CronJob", a.namespace(), jobName), "spec.schedule", backup.schedule(), Origin.USER,
                "backup(...) of " + name);
        job.contribute(a);
    }
}
