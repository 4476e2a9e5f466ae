package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A pod uses a volume type outside the restricted Pod Security Standard's list (configMap, csi, downwardAPI, emptyDir,
 * ephemeral, persistentVolumeClaim, projected, secret). The others (hostPath, nfs, inline cloud disks, gitRepo...)
 * either reach the node or bypass the claims an administrator controls. A volume with no source is an emptyDir.
 */
public final class VolumeTypes extends Rule {

    private static final Map<String, Function<Volume, Object>> FORBIDDEN = new LinkedHashMap<>();

    static {
        FORBIDDEN.put("hostPath", Volume::getHostPath);
        FORBIDDEN.put("nfs", Volume::getNfs);
        FORBIDDEN.put("gitRepo", Volume::getGitRepo);
        FORBIDDEN.put("gcePersistentDisk", Volume::getGcePersistentDisk);
        FORBIDDEN.put("awsElasticBlockStore", Volume::getAwsElasticBlockStore);
        FORBIDDEN.put("azureDisk", Volume::getAzureDisk);
        FORBIDDEN.put("azureFile", Volume::getAzureFile);
        FORBIDDEN.put("cinder", Volume::getCinder);
        FORBIDDEN.put("cephfs", Volume::getCephfs);
        FORBIDDEN.put("rbd", Volume::getRbd);
        FORBIDDEN.put("iscsi", Volume::getIscsi);
        FORBIDDEN.put("glusterfs", Volume::getGlusterfs);
        FORBIDDEN.put("fc", Volume::getFc);
        FORBIDDEN.put("flexVolume", Volume::getFlexVolume);
        FORBIDDEN.put("flocker", Volume::getFlocker);
        FORBIDDEN.put("vsphereVolume", Volume::getVsphereVolume);
        FORBIDDEN.put("quobyte", Volume::getQuobyte);
        FORBIDDEN.put("portworxVolume", Volume::getPortworxVolume);
        FORBIDDEN.put("scaleIO", Volume::getScaleIO);
        FORBIDDEN.put("storageos", Volume::getStorageos);
        FORBIDDEN.put("photonPersistentDisk", Volume::getPhotonPersistentDisk);
        FORBIDDEN.put("image", Volume::getImage);
    }

    /** Creates the rule. */
    public VolumeTypes() {
        super(RuleInfo.id("volume-types")
                .summary("A pod uses a volume type the restricted Pod Security Standard does not allow")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Use a persistentVolumeClaim (or csi, ephemeral) for storage, and configMap, secret, "
                        + "projected, downwardAPI or emptyDir for the rest.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.VolumeAt v : context.volumes()) {
            for (Map.Entry<String, Function<Volume, Object>> type : FORBIDDEN.entrySet()) {
                if (type.getValue().apply(v.volume()) != null) {
                    context.report(v.workload().owner(), v.path() + "." + type.getKey(), "volume "
                            + v.volume().getName() + " is of type " + type.getKey()
                            + ", which the restricted standard does not allow");
                }
            }
        }
    }
}
