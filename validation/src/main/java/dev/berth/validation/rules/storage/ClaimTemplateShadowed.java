package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;

/**
 * A StatefulSet declares a pod volume with the name of one of its volumeClaimTemplates. The StatefulSet controller
 * replaces that volume with the claim made from the template, so the pod volume is never used: a reader who trusts it
 * (an emptyDir, a hostPath, a claim by name) is misled. The cockroachdb example declares both.
 */
public final class ClaimTemplateShadowed extends Rule {

    /** Creates the rule. */
    public ClaimTemplateShadowed() {
        super(RuleInfo.id("claim-template-shadowed")
                .summary("A StatefulSet pod volume has the name of a claim template, which replaces it")
                .severity(Severity.LOW).category(Category.STORAGE).kinds("StatefulSet")
                .remediation("Remove the pod volume; containers mount the claim template by its name.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.VolumeAt at : context.volumes()) {
            StatefulSet set = (StatefulSet) at.workload().owner();
            List<PersistentVolumeClaim> templates = set.getSpec().getVolumeClaimTemplates();
            for (int i = 0; templates != null && i < templates.size(); i++) {
                if (templates.get(i).getMetadata() != null
                        && at.volume().getName().equals(templates.get(i).getMetadata().getName())) {
                    context.report(set, at.path() + ".name", "pod volume " + at.volume().getName() + " "
                            + describe(at.volume()) + "has the name of spec.volumeClaimTemplates[" + i + "]; the "
                            + "StatefulSet controller replaces it with the claim made from the template");
                }
            }
        }
    }

    private static String describe(Volume volume) {
        if (volume.getPersistentVolumeClaim() != null) {
            return "(persistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName() + ") ";
        }
        return volume.getEmptyDir() != null ? "(emptyDir) " : volume.getHostPath() != null ? "(hostPath) " : "";
    }
}
