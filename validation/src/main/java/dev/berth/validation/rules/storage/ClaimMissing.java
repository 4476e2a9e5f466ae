package dev.berth.validation.rules.storage;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * A pod volume names a PersistentVolumeClaim the set does not hold. The scheduler does not place such a pod: it stays
 * Pending until the claim exists. Only a set declared {@code complete} (the CLI's {@code --complete}) is judged, since
 * the claim may come from another chart or file. A claim a StatefulSet of the set makes from a claim template
 * ({@code <template>-<statefulset>-<ordinal>}, such as {@code data-mysql-0}) counts as held, and a StatefulSet's pod
 * volume named like one of its claim templates is left to {@code claim-template-shadowed}.
 */
public final class ClaimMissing extends Rule {

    /** Whether the set holds every claim its pods mount. Default: false (the rule reports nothing). */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every PersistentVolumeClaim its pods mount, so a missing one is an error");

    /** Creates the rule. */
    public ClaimMissing() {
        super(RuleInfo.id("claim-missing")
                .summary("A pod volume names a PersistentVolumeClaim the set does not hold")
                .severity(Severity.HIGH).category(Category.STORAGE)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .podTemplatesByShape()
                .remediation("Add the PersistentVolumeClaim to the set, or fix claimName.")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        if (!context.parameter(COMPLETE)) {
            return;
        }
        for (RuleContext.VolumeAt at : context.volumes()) {
            if (at.volume().getPersistentVolumeClaim() == null) {
                continue;
            }
            String claim = at.volume().getPersistentVolumeClaim().getClaimName();
            String ns = at.workload().namespace();
            if (claim == null || claim.isEmpty() || context.manifest().find(PersistentVolumeClaim.class, ns, claim)
                    .isPresent() || shadowsTemplate(at) || madeFromTemplate(context.manifest(), ns, claim)) {
                continue;
            }
            context.report(at.workload().owner(), at.path() + ".persistentVolumeClaim.claimName", "volume "
                    + at.volume().getName() + " names PersistentVolumeClaim " + ns + "/" + claim + ", which the set "
                    + "does not hold; its pods stay Pending until it exists");
        }
    }

    private static boolean shadowsTemplate(RuleContext.VolumeAt at) {
        return at.workload().owner() instanceof StatefulSet set && set.getSpec().getVolumeClaimTemplates().stream()
                .anyMatch(t -> t.getMetadata() != null && at.volume().getName().equals(t.getMetadata().getName()));
    }

    /** @return true for {@code <template>-<statefulset>-<ordinal>} of a StatefulSet of the namespace */
    private static boolean madeFromTemplate(Manifest manifest, String ns, String claim) {
        if (!Character.isDigit(claim.charAt(claim.length() - 1))) {
            return false;
        }
        for (StatefulSet set : manifest.all(StatefulSet.class)) {
            String setName = set.getMetadata().getName();
            if (!ns.equals(ObjectRef.namespaceOf(set)) || set.getSpec() == null) {
                continue;
            }
            for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
                String prefix = template.getMetadata() == null ? null
                        : template.getMetadata().getName() + "-" + setName + "-";
                if (prefix != null && claim.length() > prefix.length() && claim.startsWith(prefix)
                        && claim.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                    return true;
                }
            }
        }
        return false;
    }
}
