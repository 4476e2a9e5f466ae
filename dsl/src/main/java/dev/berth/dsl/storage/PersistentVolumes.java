package dev.berth.dsl.storage;

import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/**
 * Pre-provisioned PersistentVolumes: NFS, CSI, and local disks pinned to their node. Each is retained when its claim
 * goes ({@code persistentVolumeReclaimPolicy: Retain}).
 *
 * <pre>{@code
 * app.add(PersistentVolumes.nfs("archive", "nfs.internal", "/exports/archive", Quantities.gi(500)));
 * app.add(PersistentVolumes.local("ssd-node1", "/mnt/ssd", "node1", Quantities.gi(200), "local-ssd"));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/storage/persistent-volumes/">Persistent Volumes</a>.
 */
public final class PersistentVolumes {

    private PersistentVolumes() {
    }

    /**
     * An NFS export, {@code ReadWriteMany}.
     *
     * <pre>{@code
     * PersistentVolumes.nfs("archive", "nfs.internal", "/exports/archive", Quantities.gi(500));
     * }</pre>
     *
     * @param name the volume's name
     * @param server the NFS server
     * @param path the exported path
     * @param capacity the capacity
     * @return a component adding the volume
     */
    public static Component nfs(String name, String server, String path, Quantity capacity) {
        return volume(name, capacity, "ReadWriteMany", null,
                new PersistentVolumeSpecBuilder().withNewNfs().withServer(server).withPath(path).endNfs());
    }

    /**
     * A volume of a CSI driver, {@code ReadWriteOnce}.
     *
     * <pre>{@code
     * PersistentVolumes.csi("db-restore", "ebs.csi.aws.com", "vol-0abc", Quantities.gi(100));
     * }</pre>
     *
     * @param name the volume's name
     * @param driver the CSI driver
     * @param volumeHandle the driver's id of the volume
     * @param capacity the capacity
     * @return a component adding the volume
     */
    public static Component csi(String name, String driver, String volumeHandle, Quantity capacity) {
        return volume(name, capacity, "ReadWriteOnce", null, new PersistentVolumeSpecBuilder().withNewCsi()
                .withDriver(driver).withVolumeHandle(volumeHandle).endCsi());
    }

    /**
     * A local disk of one node, {@code ReadWriteOnce}, with the node affinity that keeps its pods on that node.
     *
     * <pre>{@code
     * PersistentVolumes.local("ssd-node1", "/mnt/ssd", "node1", Quantities.gi(200), "local-ssd");
     * }</pre>
     *
     * @param name the volume's name
     * @param path the disk's mount point on the node
     * @param node the node's {@code kubernetes.io/hostname}
     * @param capacity the capacity
     * @param storageClass the class claims name to get it (use a class with {@code WaitForFirstConsumer})
     * @return a component adding the volume
     */
    public static Component local(String name, String path, String node, Quantity capacity, String storageClass) {
        return volume(name, capacity, "ReadWriteOnce", storageClass, new PersistentVolumeSpecBuilder().withNewLocal()
                .withPath(path).endLocal().withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm()
                .addNewMatchExpression().withKey("kubernetes.io/hostname").withOperator("In").withValues(node)
                .endMatchExpression().endNodeSelectorTerm().endRequired().endNodeAffinity());
    }

    private static Component volume(String name, Quantity capacity, String accessMode, String storageClass,
            PersistentVolumeSpecBuilder spec) {
        if (capacity == null) {
            throw new IllegalArgumentException("persistent volume \"" + name + "\" needs a capacity, was null");
        }
        return assembly -> assembly.add(new PersistentVolumeBuilder().withNewMetadata().withName(name)
                .withLabels(Map.of("app.kubernetes.io/managed-by", "berth")).endMetadata()
                .withSpec(spec.withCapacity(Map.of("storage", capacity)).withAccessModes(accessMode)
                        .withPersistentVolumeReclaimPolicy("Retain").withStorageClassName(storageClass).build())
                .build());
    }
}
