package dev.berth.core;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.Objects;

/**
 * Names one object of a {@link Manifest}: its kind, effective namespace and name.
 *
 * <p>The effective namespace of a namespaced object without {@code metadata.namespace} is {@value #DEFAULT_NAMESPACE},
 * where {@code kubectl apply} puts it by default; a cluster-scoped object has the empty namespace. Reads as
 * {@code StatefulSet shop/db} or {@code StorageClass fast}.
 *
 * <pre>{@code
 * ObjectRef ref = ObjectRef.of(statefulSet);      // StatefulSet shop/db
 * ObjectRef svc = ObjectRef.of("Service", "shop", "db");
 * }</pre>
 *
 * @param kind the object's kind, such as {@code StatefulSet}
 * @param namespace the effective namespace, empty for cluster-scoped objects
 * @param name the object's name
 */
public record ObjectRef(String kind, String namespace, String name) implements Comparable<ObjectRef> {

    /** The namespace of a namespaced object that names none. */
    public static final String DEFAULT_NAMESPACE = "default";

    /**
     * Checks the parts are present.
     *
     * @param kind the kind
     * @param namespace the effective namespace
     * @param name the name
     */
    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /**
     * @param kind the kind
     * @param namespace the namespace, empty for cluster-scoped objects
     * @param name the name
     * @return the reference
     */
    public static ObjectRef of(String kind, String namespace, String name) {
        return new ObjectRef(kind, namespace, name);
    }

    /**
     * @param object any Kubernetes object
     * @return the reference to it, with its effective namespace
     */
    public static ObjectRef of(HasMetadata object) {
        String name = object.getMetadata() == null || object.getMetadata().getName() == null
                ? "" : object.getMetadata().getName();
        String kind = object.getKind() == null ? "" : object.getKind();
        return new ObjectRef(kind, namespaceOf(object), name);
    }

    /**
     * Whether an object has a fixed identity. One named by {@code metadata.generateName} alone gets its name from the
     * API server when it is created, so two such objects never collide, and nothing can refer to one by name.
     *
     * <pre>{@code
     * ObjectRef.identified(job);   // false for metadata: {generateName: migrate-}
     * }</pre>
     *
     * @param object any Kubernetes object
     * @return false when it has no {@code metadata.name} but a {@code metadata.generateName}; true otherwise
     */
    public static boolean identified(HasMetadata object) {
        if (object.getMetadata() == null) {
            return true;
        }
        String name = object.getMetadata().getName();
        String generateName = object.getMetadata().getGenerateName();
        return name != null && !name.isEmpty() || generateName == null || generateName.isEmpty();
    }

    /**
     * The namespace an object lands in: empty for cluster-scoped kinds, whatever their {@code metadata.namespace} says
     * (the API server drops it, and Helm charts often set it on every object); else its own, else
     * {@value #DEFAULT_NAMESPACE}.
     *
     * @param object any Kubernetes object
     * @return the effective namespace
     */
    public static String namespaceOf(HasMetadata object) {
        if (KindScopes.isClusterScoped(object)) {
            return "";
        }
        String ns = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        return ns != null && !ns.isEmpty() ? ns : DEFAULT_NAMESPACE;
    }

    /** @return true for cluster-scoped objects */
    public boolean clusterScoped() {
        return namespace.isEmpty();
    }

    @Override
    public int compareTo(ObjectRef other) {
        int c = namespace.compareTo(other.namespace);
        if (c == 0) {
            c = name.compareTo(other.name);
        }
        return c == 0 ? kind.compareTo(other.kind) : c;
    }

    /** @return {@code Kind namespace/name}, or {@code Kind name} for cluster-scoped objects */
    @Override
    public String toString() {
        return namespace.isEmpty() ? kind + " " + name : kind + " " + namespace + "/" + name;
    }

    /** Knows which kinds are cluster-scoped, including custom ones read as generic resources. */
    static final class KindScopes {
        static final java.util.Set<String> CLUSTER_SCOPED = java.util.Set.of(
                "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
                "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass", "RuntimeClass",
                "IngressClass", "PodSecurityPolicy", "APIService", "MutatingWebhookConfiguration",
                "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
                "ComponentStatus", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration",
                "IPAddress", "ServiceCIDR", "VolumeAttributesClass", "StorageVersionMigration");

        private KindScopes() {
        }

        static boolean isClusterScoped(HasMetadata object) {
            if (object instanceof Namespaced) {
                return false;
            }
            return object.getKind() != null && CLUSTER_SCOPED.contains(object.getKind());
        }
    }
}
