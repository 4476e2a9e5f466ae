package dev.berth.core.state;

import java.util.List;

/**
 * StorageClass provisioners whose volumes live on one node's disk: data on them is gone, or out of reach, when that
 * node fails. One list for the validator ({@code storage-survives-node-failure}, where it is the default of the
 * {@code nodeLocalProvisioners} parameter) and the DSL (which refuses authoritative data on such a class).
 *
 * <pre>{@code
 * NodeLocalProvisioners.contains("rancher.io/local-path"); // true
 * NodeLocalProvisioners.contains("ebs.csi.aws.com");       // false
 * }</pre>
 */
public final class NodeLocalProvisioners {

    /** The provisioners, in the order the validator's parameter lists them. */
    public static final List<String> ALL = List.of("kubernetes.io/no-provisioner", "k8s.io/minikube-hostpath",
            "rancher.io/local-path", "docker.io/hostpath", "microk8s.io/hostpath", "openebs.io/local",
            "local.csi.openebs.io", "hostpath.csi.k8s.io", "topolvm.io", "topolvm.cybozu.com",
            "kubevirt.io.hostpath-provisioner");

    private NodeLocalProvisioners() {
    }

    /**
     * Whether a provisioner makes node-local volumes.
     *
     * <pre>{@code
     * NodeLocalProvisioners.contains("kubernetes.io/no-provisioner"); // true
     * }</pre>
     *
     * @param provisioner a StorageClass's provisioner, or null
     * @return true when it is in {@link #ALL}
     */
    public static boolean contains(String provisioner) {
        return provisioner != null && ALL.contains(provisioner);
    }
}
