package dev.berth.validation.rules.config;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A container reads an environment variable from a Secret or ConfigMap the set does not hold, or from a key that
 * object does not have ({@code env[].valueFrom.secretKeyRef}, {@code configMapKeyRef}), or takes its whole environment
 * from one the set does not hold ({@code envFrom[].secretRef}, {@code configMapRef}). The kubelet does not start such a
 * container: the pod waits in {@code CreateContainerConfigError} until the object or key exists. A reference marked
 * {@code optional: true} is never reported. Only a set declared {@code complete} (the CLI's {@code --complete}) is
 * judged, since the object may come from another chart or file. Secrets are often kept out of the set on purpose
 * (created by hand, by a secret manager or by the DSL's {@code Secrets.existing}), so a missing Secret is reported only
 * when the set holds a Secret (or a {@code SealedSecret} or {@code ExternalSecret}, which makes one) in the same
 * namespace: the set manages that namespace's Secrets itself. A SealedSecret or ExternalSecret of the same name counts
 * as the Secret, with keys the set cannot see. Key names appear in messages, values never.
 */
public final class EnvReferenceMissing extends Rule {

    /** Whether the set holds every Secret and ConfigMap its containers read. Default: false (nothing reported). */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every Secret and ConfigMap its containers read, so a missing one is an error");

    private static final List<String> SECRET_MAKERS = List.of("SealedSecret", "ExternalSecret");

    /** Creates the rule. */
    public EnvReferenceMissing() {
        super(RuleInfo.id("env-reference-missing")
                .summary("A container reads its environment from a Secret, ConfigMap or key the set does not hold")
                .severity(Severity.HIGH).category(Category.CONFIG)
                .kinds("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob")
                .podTemplatesByShape()
                .remediation("Add the Secret or ConfigMap (with the key) to the set, fix the name or key, or mark "
                        + "the reference optional: true if the container runs without it.")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        if (!context.parameter(COMPLETE)) {
            return;
        }
        for (RuleContext.ContainerAt at : context.containers()) {
            String who = (at.init() ? "init container " : "container ") + at.name();
            String ns = at.workload().namespace();
            List<EnvVar> env = at.container().getEnv();
            for (int i = 0; env != null && i < env.size(); i++) {
                EnvVarSource from = env.get(i).getValueFrom();
                String path = at.path() + ".env[" + i + "].valueFrom.";
                String reads = who + " reads environment variable " + env.get(i).getName() + " from ";
                if (from != null && from.getSecretKeyRef() != null) {
                    var ref = from.getSecretKeyRef();
                    judge(context, at, path + "secretKeyRef", reads, "Secret", ns, ref.getName(), ref.getKey(),
                            ref.getOptional());
                } else if (from != null && from.getConfigMapKeyRef() != null) {
                    var ref = from.getConfigMapKeyRef();
                    judge(context, at, path + "configMapKeyRef", reads, "ConfigMap", ns, ref.getName(), ref.getKey(),
                            ref.getOptional());
                }
            }
            List<EnvFromSource> envFrom = at.container().getEnvFrom();
            for (int i = 0; envFrom != null && i < envFrom.size(); i++) {
                String path = at.path() + ".envFrom[" + i + "].";
                String takes = who + " takes its environment from ";
                if (envFrom.get(i).getSecretRef() != null) {
                    var ref = envFrom.get(i).getSecretRef();
                    judge(context, at, path + "secretRef", takes, "Secret", ns, ref.getName(), null, ref.getOptional());
                } else if (envFrom.get(i).getConfigMapRef() != null) {
                    var ref = envFrom.get(i).getConfigMapRef();
                    judge(context, at, path + "configMapRef", takes, "ConfigMap", ns, ref.getName(), null,
                            ref.getOptional());
                }
            }
        }
    }

    private static void judge(RuleContext context, RuleContext.ContainerAt at, String path, String head, String kind,
            String ns, String name, String key, Boolean optional) {
        if (Boolean.TRUE.equals(optional) || name == null || name.isEmpty()) {
            return;
        }
        Optional<Keys> keys = keys(context.manifest(), kind, ns, name);
        String object = kind + " " + ns + "/" + name;
        if (keys.isEmpty() && kind.equals("Secret") && !context.once("env-reference-missing:secret-namespaces",
                EnvReferenceMissing::secretNamespaces).contains(ns)) {
            return;
        }
        if (keys.isEmpty()) {
            context.report(at.workload().owner(), path + ".name", head + object + ", which the set does not hold; "
                    + "the kubelet does not start the container until it exists");
        } else if (key != null && keys.get().known() && !keys.get().names().contains(key)) {
            context.report(at.workload().owner(), path + ".key", head + "key " + key + " of " + object
                    + ", which has no such key (" + (keys.get().names().isEmpty() ? "it holds none"
                            : "its keys: " + String.join(", ", keys.get().names()))
                    + "); the kubelet does not start the container until it is added");
        }
    }

    /** The keys of the object a reference names; unknown for a Secret a SealedSecret or ExternalSecret makes. */
    private record Keys(boolean known, TreeSet<String> names) {
    }

    private static Optional<Keys> keys(Manifest manifest, String kind, String ns, String name) {
        if (kind.equals("Secret")) {
            Optional<Secret> secret = manifest.find(Secret.class, ns, name);
            if (secret.isPresent()) {
                return Optional.of(new Keys(true, union(secret.get().getData(),
                        secret.get().getStringData())));
            }
            for (String maker : SECRET_MAKERS) {
                Optional<HasMetadata> made = manifest.find(maker, ns, name);
                if (made.isPresent()) {
                    return Optional.of(new Keys(false, new TreeSet<>()));
                }
            }
            return Optional.empty();
        }
        return manifest.find(ConfigMap.class, ns, name).map(map -> new Keys(true,
                union(map.getData(), map.getBinaryData())));
    }

    /** @return the namespaces where the set holds a Secret, or an object that makes one */
    private static Set<String> secretNamespaces(Manifest manifest) {
        Set<String> namespaces = new HashSet<>();
        for (HasMetadata object : manifest.objects()) {
            if (object instanceof Secret || SECRET_MAKERS.contains(object.getKind())) {
                namespaces.add(ObjectRef.namespaceOf(object));
            }
        }
        return namespaces;
    }

    private static TreeSet<String> union(Map<String, String> one, Map<String, String> other) {
        TreeSet<String> names = new TreeSet<>();
        if (one != null) {
            names.addAll(one.keySet());
        }
        if (other != null) {
            names.addAll(other.keySet());
        }
        return names;
    }
}
