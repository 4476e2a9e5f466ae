package dev.berth.core;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The references between the objects of a {@link Manifest}, resolved once: StatefulSet to its governing Service, pod to
 * ServiceAccount, volumes and environment to claims, ConfigMaps and Secrets, claims to volumes and classes, RBAC
 * bindings to roles and subjects, autoscalers to their targets; and the selections made by Services,
 * PodDisruptionBudgets and NetworkPolicies, in both directions.
 *
 * <pre>{@code
 * References refs = manifest.references();
 * refs.governingService(statefulSet);            // Optional<Service>
 * refs.from(deployment);                         // every reference the Deployment makes
 * refs.servicesSelecting(workload);              // Services whose selector matches its pods
 * }</pre>
 */
public final class References {

    private final Manifest manifest;
    private final IdentityHashMap<HasMetadata, List<Reference>> from;
    private final List<Reference> all = new ArrayList<>();
    private final List<Reference> allView;
    private final Selections selections;

    References(Manifest manifest) {
        this.manifest = manifest;
        // Collecting only reads the objects and the index, so it may run on every core; merging keeps object order.
        manifest.index();
        List<HasMetadata> objects = manifest.objects();
        this.from = new IdentityHashMap<>(objects.size());
        List<List<Reference>> collected = PerObject.map(objects, object -> new ReferenceCollector(manifest, object)
                .collect());
        for (int i = 0; i < objects.size(); i++) {
            List<Reference> found = collected.get(i);
            from.put(objects.get(i), Collections.unmodifiableList(found));
            all.addAll(found);
        }
        this.allView = Collections.unmodifiableList(all);
        this.selections = new Selections(manifest);
    }

    /** @return every reference of the manifest, in object order */
    public List<Reference> all() {
        return allView;
    }

    /**
     * @param object an object of the manifest
     * @return the references it makes, in field order
     */
    public List<Reference> from(HasMetadata object) {
        return from.getOrDefault(object, List.of());
    }

    /**
     * @param statefulSet a StatefulSet of the manifest
     * @return the Service its {@code spec.serviceName} names, in its namespace
     */
    public Optional<Service> governingService(StatefulSet statefulSet) {
        if (statefulSet.getSpec() == null || statefulSet.getSpec().getServiceName() == null) {
            return Optional.empty();
        }
        return manifest.find(Service.class, ObjectRef.namespaceOf(statefulSet),
                statefulSet.getSpec().getServiceName());
    }

    /**
     * @param workload a workload of the manifest
     * @return the name of the ServiceAccount its pods run as: {@code serviceAccountName}, the deprecated
     *         {@code serviceAccount}, else {@code default}
     */
    public String serviceAccountName(Workload workload) {
        PodSpec spec = workload.podSpec().orElse(null);
        if (spec != null && spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty()) {
            return spec.getServiceAccountName();
        }
        if (spec != null && spec.getServiceAccount() != null && !spec.getServiceAccount().isEmpty()) {
            return spec.getServiceAccount();
        }
        return "default";
    }

    /**
     * @param workload a workload of the manifest
     * @return the ServiceAccount its pods run as, when the manifest holds it
     */
    public Optional<ServiceAccount> serviceAccount(Workload workload) {
        return manifest.find(ServiceAccount.class, workload.namespace(), serviceAccountName(workload));
    }

    /**
     * @param workload a workload of the manifest
     * @return the claims its pod volumes name that the manifest holds, in volume order
     */
    public List<PersistentVolumeClaim> claims(Workload workload) {
        return targets(workload.owner(), PersistentVolumeClaim.class);
    }

    /**
     * @param claim a claim of the manifest
     * @return the PersistentVolume it binds to by {@code spec.volumeName}, when the manifest holds it
     */
    public Optional<PersistentVolume> volume(PersistentVolumeClaim claim) {
        return targets(claim, PersistentVolume.class).stream().findFirst();
    }

    /**
     * @param claim a claim of the manifest
     * @return the StorageClass named by {@code spec.storageClassName}, when the manifest holds it
     */
    public Optional<StorageClass> storageClass(PersistentVolumeClaim claim) {
        return targets(claim, StorageClass.class).stream().findFirst();
    }

    /**
     * @param binding a RoleBinding of the manifest
     * @return the Role or ClusterRole its {@code roleRef} names, when the manifest holds it
     */
    public Optional<HasMetadata> role(RoleBinding binding) {
        return roleTarget(binding);
    }

    /**
     * @param binding a ClusterRoleBinding of the manifest
     * @return the ClusterRole its {@code roleRef} names, when the manifest holds it
     */
    public Optional<HasMetadata> role(ClusterRoleBinding binding) {
        return roleTarget(binding);
    }

    /**
     * @param binding a RoleBinding or ClusterRoleBinding
     * @return the ServiceAccounts among its subjects that the manifest holds
     */
    public List<ServiceAccount> serviceAccountSubjects(HasMetadata binding) {
        return targets(binding, ServiceAccount.class);
    }

    /**
     * @param autoscaler a HorizontalPodAutoscaler of any version
     * @return the workload its {@code scaleTargetRef} names, when the manifest holds it
     */
    public Optional<Workload> scaleTarget(HasMetadata autoscaler) {
        for (Reference reference : from(autoscaler)) {
            if (reference.fieldPath().startsWith("spec.scaleTargetRef") && reference.isResolved()) {
                return manifest.workloadOf(reference.target());
            }
        }
        return Optional.empty();
    }

    /**
     * @param selecting a Service, PodDisruptionBudget or NetworkPolicy
     * @return the workloads whose pods it selects, in order
     */
    public List<Workload> selected(HasMetadata selecting) {
        return selections.selected(selecting);
    }

    /**
     * @param workload a workload of the manifest
     * @return the Services whose selector matches its pods
     */
    public List<Service> servicesSelecting(Workload workload) {
        return selections.selecting(workload, Service.class);
    }

    /**
     * @param workload a workload of the manifest
     * @return the PodDisruptionBudgets ({@code policy/v1} or {@code v1beta1}) whose selector matches its pods
     */
    public List<HasMetadata> disruptionBudgetsFor(Workload workload) {
        return selections.budgets(workload);
    }

    /**
     * @param workload a workload of the manifest
     * @return the NetworkPolicies whose {@code podSelector} matches its pods
     */
    public List<NetworkPolicy> networkPoliciesFor(Workload workload) {
        return selections.selecting(workload, NetworkPolicy.class);
    }

    private Optional<HasMetadata> roleTarget(HasMetadata binding) {
        for (Reference reference : from(binding)) {
            if (reference.fieldPath().equals("roleRef")) {
                return reference.resolved();
            }
        }
        return Optional.empty();
    }

    private <T extends HasMetadata> List<T> targets(HasMetadata object, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Reference reference : from(object)) {
            if (type.isInstance(reference.target()) && !found.contains(type.cast(reference.target()))) {
                found.add(type.cast(reference.target()));
            }
        }
        return found;
    }

    /** Walks one object and lists the references it makes. */
    private static final class ReferenceCollector {
        private final Manifest manifest;
        private final HasMetadata object;
        private final ObjectRef self;
        private final List<Reference> found = new ArrayList<>();

        ReferenceCollector(Manifest manifest, HasMetadata object) {
            this.manifest = manifest;
            this.object = object;
            this.self = ObjectRef.of(object);
        }

        List<Reference> collect() {
            if (object instanceof StatefulSet s && s.getSpec() != null) {
                add("spec.serviceName", "Service", self.namespace(), s.getSpec().getServiceName());
                var templates = s.getSpec().getVolumeClaimTemplates();
                for (int i = 0; templates != null && i < templates.size(); i++) {
                    var spec = templates.get(i) == null ? null : templates.get(i).getSpec();
                    if (spec != null) {
                        add("spec.volumeClaimTemplates[" + i + "].spec.storageClassName", "StorageClass", "",
                                spec.getStorageClassName());
                    }
                }
            }
            manifest.workloadOf(object).ifPresent(this::podReferences);
            if (object instanceof PersistentVolumeClaim c && c.getSpec() != null) {
                add("spec.volumeName", "PersistentVolume", "", c.getSpec().getVolumeName());
                add("spec.storageClassName", "StorageClass", "", c.getSpec().getStorageClassName());
            }
            if (object instanceof PersistentVolume v && v.getSpec() != null) {
                add("spec.storageClassName", "StorageClass", "", v.getSpec().getStorageClassName());
                if (v.getSpec().getClaimRef() != null) {
                    var claim = v.getSpec().getClaimRef();
                    add("spec.claimRef", "PersistentVolumeClaim",
                            claim.getNamespace() == null || claim.getNamespace().isEmpty()
                                    ? ObjectRef.DEFAULT_NAMESPACE : claim.getNamespace(),
                            claim.getName());
                }
            }
            if (object instanceof RoleBinding b) {
                roleRef(b.getRoleRef(), true);
                subjects(b.getSubjects());
            }
            if (object instanceof ClusterRoleBinding b) {
                roleRef(b.getRoleRef(), false);
                subjects(b.getSubjects());
            }
            AutoscalerTargets.of(object).ifPresent(t -> add("spec.scaleTargetRef", t.kind(), self.namespace(),
                    t.name()));
            if (object instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress) {
                IngressBackends.services(ingress).forEach(b -> add(b.path(), "Service", self.namespace(), b.name()));
            }
            return found;
        }

        private void podReferences(Workload workload) {
            PodSpec spec = workload.podSpec().orElse(null);
            if (spec == null) {
                return;
            }
            String base = workload.podSpecPath();
            if (spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty()) {
                add(base + ".serviceAccountName", "ServiceAccount", self.namespace(), spec.getServiceAccountName());
            } else if (spec.getServiceAccount() != null && !spec.getServiceAccount().isEmpty()) {
                add(base + ".serviceAccount", "ServiceAccount", self.namespace(), spec.getServiceAccount());
            }
            List<LocalObjectReference> pullSecrets = spec.getImagePullSecrets();
            for (int i = 0; pullSecrets != null && i < pullSecrets.size(); i++) {
                if (pullSecrets.get(i) != null) {
                    add(base + ".imagePullSecrets[" + i + "]", "Secret", self.namespace(),
                            pullSecrets.get(i).getName());
                }
            }
            List<Volume> volumes = spec.getVolumes();
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                volume(base + ".volumes[" + i + "]", volumes.get(i));
            }
            for (Workload.PodContainer container : workload.allContainers()) {
                container(container.path(), container.container());
            }
        }

        private void volume(String path, Volume volume) {
            if (volume == null) {
                return;
            }
            if (volume.getPersistentVolumeClaim() != null) {
                add(path + ".persistentVolumeClaim.claimName", "PersistentVolumeClaim", self.namespace(),
                        volume.getPersistentVolumeClaim().getClaimName());
            }
            if (volume.getConfigMap() != null) {
                add(path + ".configMap.name", "ConfigMap", self.namespace(), volume.getConfigMap().getName());
            }
            if (volume.getSecret() != null) {
                add(path + ".secret.secretName", "Secret", self.namespace(), volume.getSecret().getSecretName());
            }
            if (volume.getProjected() != null && volume.getProjected().getSources() != null) {
                List<VolumeProjection> sources = volume.getProjected().getSources();
                for (int i = 0; i < sources.size(); i++) {
                    String at = path + ".projected.sources[" + i + "]";
                    if (sources.get(i) == null) {
                        continue;
                    }
                    if (sources.get(i).getConfigMap() != null) {
                        add(at + ".configMap.name", "ConfigMap", self.namespace(),
                                sources.get(i).getConfigMap().getName());
                    }
                    if (sources.get(i).getSecret() != null) {
                        add(at + ".secret.name", "Secret", self.namespace(), sources.get(i).getSecret().getName());
                    }
                }
            }
        }

        private void container(String path, Container container) {
            if (container == null) {
                return;
            }
            List<EnvVar> env = container.getEnv();
            for (int i = 0; env != null && i < env.size(); i++) {
                var from = env.get(i) == null ? null : env.get(i).getValueFrom();
                if (from == null) {
                    continue;
                }
                String at = path + ".env[" + i + "].valueFrom";
                if (from.getSecretKeyRef() != null) {
                    add(at + ".secretKeyRef.name", "Secret", self.namespace(), from.getSecretKeyRef().getName());
                }
                if (from.getConfigMapKeyRef() != null) {
                    add(at + ".configMapKeyRef.name", "ConfigMap", self.namespace(),
                            from.getConfigMapKeyRef().getName());
                }
            }
            List<EnvFromSource> envFrom = container.getEnvFrom();
            for (int i = 0; envFrom != null && i < envFrom.size(); i++) {
                String at = path + ".envFrom[" + i + "]";
                if (envFrom.get(i) == null) {
                    continue;
                }
                ConfigMapEnvSource configMap = envFrom.get(i).getConfigMapRef();
                if (configMap != null) {
                    add(at + ".configMapRef.name", "ConfigMap", self.namespace(), configMap.getName());
                }
                SecretEnvSource secret = envFrom.get(i).getSecretRef();
                if (secret != null) {
                    add(at + ".secretRef.name", "Secret", self.namespace(), secret.getName());
                }
            }
        }

        private void roleRef(RoleRef roleRef, boolean namespacedBinding) {
            if (roleRef == null || roleRef.getName() == null) {
                return;
            }
            boolean role = "Role".equals(roleRef.getKind());
            add("roleRef", role ? "Role" : "ClusterRole", role && namespacedBinding ? self.namespace() : "",
                    roleRef.getName());
        }

        private void subjects(List<Subject> subjects) {
            for (int i = 0; subjects != null && i < subjects.size(); i++) {
                Subject subject = subjects.get(i);
                if (subject != null && "ServiceAccount".equals(subject.getKind())) {
                    String ns = subject.getNamespace() != null && !subject.getNamespace().isEmpty()
                            ? subject.getNamespace() : self.namespace();
                    add("subjects[" + i + "]", "ServiceAccount", ns, subject.getName());
                }
            }
        }

        private void add(String path, String kind, String namespace, String name) {
            if (name == null || name.isEmpty()) {
                return;
            }
            ObjectRef to = ObjectRef.of(kind, namespace, name);
            found.add(new Reference(self, path, to, manifest.find(to).orElse(null)));
        }
    }
}
