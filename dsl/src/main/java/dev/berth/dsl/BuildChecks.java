package dev.berth.dsl;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.NodeLocalProvisioners;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.network.NetworkIntent;
import dev.berth.dsl.spi.Component;
import dev.berth.dsl.workload.ExternalService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals an application can only make once every component is known: a Secret or ConfigMap read but never
 * added, authoritative data on a claim whose StorageClass or volume cannot keep it, and network intents to no
 * component, on a port the target does not listen on, or to an external host without addresses.
 */
final class BuildChecks {

    private static final String OPT_OUT = "or say why the data may be lost with ephemeralData(\"reason\")";
    private static final String NODE_FAILURE = Assembly.SUPPRESSION_PREFIX + "storage-survives-node-failure";

    private BuildChecks() {
    }

    /**
     * @throws IllegalArgumentException naming the reader, the Secret or ConfigMap and both fixes when one referred to
     *     by name ({@code Secrets.ref(name)}, {@code ConfigMaps.ref(name)}) was never added
     */
    static void requiredObjectsAdded(Assembly a) {
        for (Map.Entry<ObjectRef, ObjectRef> e : a.missing().entrySet()) {
            String kind = e.getKey().kind();
            String name = e.getKey().name();
            String add = kind.equals("ConfigMap") ? "ConfigMaps.named(\"" + name + "\").with(...)"
                    : "Secrets.unsafeInline(\"" + name + "\", ...)";
            throw new IllegalArgumentException(e.getValue() + " reads " + kind + " \"" + name + "\", which is neither "
                    + "added to application " + a.application() + " nor declared existing: add " + add + " to the "
                    + "application, or refer to it with " + kind + "s.existing(\"" + name + "\")");
        }
    }

    /**
     * Judges each claim that holds authoritative data against the StorageClasses and PersistentVolumes of the
     * application (a class or volume of the cluster is the cluster's business). A component that gave a reason gets
     * the validator's suppression on its workload instead.
     *
     * @throws IllegalArgumentException naming the component, the claim, the class and the fix
     */
    static void authoritativeDataKept(Assembly a) {
        Map<String, StorageClass> classes = new LinkedHashMap<>();
        Map<String, PersistentVolume> localVolumes = new LinkedHashMap<>();
        for (HasMetadata o : a.objects()) {
            if (o instanceof StorageClass c) {
                classes.put(c.getMetadata().getName(), c);
            } else if (o instanceof PersistentVolume v && v.getSpec() != null && local(v) != null
                    && v.getSpec().getStorageClassName() != null) {
                localVolumes.putIfAbsent(v.getSpec().getStorageClassName(), v);
            }
        }
        for (Assembly.DataClaim claim : a.dataClaims()) {
            if (claim.storageClass() == null) {
                continue;
            }
            String at = claim.component() + " keeps authoritative data on claim " + claim.claim() + " of StorageClass "
                    + claim.storageClass();
            String fix = ": use a class of network-attached or replicated volumes, " + OPT_OUT;
            StorageClass cls = classes.get(claim.storageClass());
            PersistentVolume volume = localVolumes.get(claim.storageClass());
            String problem = null;
            if (cls != null && NodeLocalProvisioners.contains(cls.getProvisioner())) {
                problem = at + ", whose provisioner " + cls.getProvisioner() + " makes node-local volumes" + fix;
            } else if (volume != null) {
                problem = at + ", which binds to PersistentVolume " + volume.getMetadata().getName() + " ("
                        + local(volume) + ", on one node)" + fix;
            }
            if (problem != null && claim.ephemeralReason() == null) {
                throw new IllegalArgumentException(problem);
            }
            if (problem != null) {
                a.find(claim.workload()).ifPresent(w -> {
                    Map<String, String> annotations = new LinkedHashMap<>();
                    if (w.getMetadata().getAnnotations() != null) {
                        annotations.putAll(w.getMetadata().getAnnotations());
                    }
                    annotations.put(NODE_FAILURE, claim.ephemeralReason());
                    w.getMetadata().setAnnotations(annotations);
                });
            }
        }
    }

    /**
     * Turns the intents as said into NetworkIntents: both ends are components (or anywhere), the ports are ones the
     * target listens on, and an external target gives the addresses a NetworkPolicy can select.
     *
     * @throws IllegalArgumentException naming the intent, the values and the fix
     */
    static List<NetworkIntent> intents(List<Application.Allowed> allowed, Map<String, Component> named,
            String application) {
        List<NetworkIntent> intents = new ArrayList<>();
        for (Application.Allowed i : allowed) {
            String said = i.said();
            List<String> ends = new ArrayList<>(List.of(i.from()));
            if (i.cidr() == null) {
                ends.add(i.to());
            }
            for (String end : ends) {
                if (!end.equals(NetworkIntent.ANYWHERE) && !named.containsKey(end)) {
                    throw new IllegalArgumentException(said + " names \"" + end + "\", which is not a component of "
                            + application + "; components are " + named.keySet());
                }
            }
            if (named.get(i.from()) instanceof ExternalService) {
                throw new IllegalArgumentException(said + ": " + i.from() + " is external, and traffic from outside "
                        + "the cluster is admitted with allowFromAnywhere().to(\"" + i.to() + "\")");
            }
            if (i.cidr() != null) {
                intents.add(new NetworkIntent(i.from(), i.to(), i.ports(), List.of(i.cidr())));
                continue;
            }
            Component target = named.get(i.to());
            if (target instanceof ExternalService external) {
                intents.add(toExternal(i, external));
                continue;
            }
            if (i.external()) {
                throw new IllegalArgumentException(said + ": " + i.to() + " is not an external(...) component: say "
                        + "allow(\"" + i.from() + "\").to(\"" + i.to() + "\").on(port)");
            }
            target.listeningPorts().ifPresent(listening -> requireListening(said, i.to(), i.ports(), listening));
            intents.add(new NetworkIntent(i.from(), i.to(), i.ports()));
        }
        return intents;
    }

    private static NetworkIntent toExternal(Application.Allowed i, ExternalService external) {
        String said = i.said();
        if (external.cidrs().isEmpty()) {
            throw new IllegalArgumentException(said + ": " + i.to() + " is external (" + external.host() + "), and a "
                    + "NetworkPolicy cannot select a DNS name: give the addresses it resolves to, such as "
                    + "Berth.external(\"" + i.to() + "\", \"" + external.host() + "\").cidr(\"10.20.0.0/16\")");
        }
        List<Integer> exposed = external.ports().stream().map(Port::number).toList();
        List<Integer> ports = i.ports().isEmpty() ? exposed : i.ports();
        if (ports.isEmpty()) {
            throw new IllegalArgumentException(said + ": " + i.to() + " exposes no port: give one with "
                    + "expose(Port.of(\"name\", number)), or say allow(\"" + i.from() + "\").to(\"" + i.to()
                    + "\").on(port)");
        }
        if (!exposed.isEmpty()) {
            requireListening(said, i.to(), ports, exposed);
        }
        return new NetworkIntent(i.from(), i.to(), ports, external.cidrs());
    }

    private static void requireListening(String said, String target, List<Integer> ports, List<Integer> listening) {
        for (int port : ports) {
            if (!listening.contains(port)) {
                throw new IllegalArgumentException(said + ".on(" + String.join(", ", ports.stream()
                        .map(String::valueOf).toList()) + "): " + target + " does not listen on " + port
                        + " (its ports are " + listening + "): expose the port on " + target + ", or allow one it "
                        + "listens on");
            }
        }
    }

    private static String local(PersistentVolume volume) {
        if (volume.getSpec().getLocal() != null) {
            return "local " + volume.getSpec().getLocal().getPath();
        }
        if (volume.getSpec().getHostPath() != null) {
            return "hostPath " + volume.getSpec().getHostPath().getPath();
        }
        return null;
    }
}
