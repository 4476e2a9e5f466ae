package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.storage.SharedClaim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses authoritative data on storage that cannot keep it, as the validator's storage rules judge it, unless the
 * component said why losing it is acceptable ({@link PodComponent#ephemeralData(String)}): then the workload carries
 * the matching {@code ignore.berth.dev/<rule>} annotations with that reason, so the validator agrees.
 */
final class DataSafety {

    static final String EPHEMERAL = "authoritative-data-ephemeral";
    static final String NODE_FAILURE = "storage-survives-node-failure";
    static final String RETAINED = "data-retained";
    static final String OPT_OUT = "or say why the data may be lost with ephemeralData(\"reason\")";

    private DataSafety() {
    }

    /**
     * Judges the component's mounts at its data path, and whether its claims are retained.
     *
     * @param c the component
     * @param a the assembly, whose preset says whether claims are retained
     * @param dataPath where the component keeps its data
     * @param claimsDeleted whether the workload deletes its claims with it (a StatefulSet under retainClaims(false))
     * @return the suppression annotations to write on the workload, empty when nothing needed one
     * @throws IllegalArgumentException naming the path, the volume and the fix when the component gave no reason
     */
    static Map<String, String> check(PodComponent<?> c, Assembly a, String dataPath, boolean claimsDeleted) {
        Map<String, String> rules = new LinkedHashMap<>();
        if (!c.profile.needsPersistentStorage()) {
            return rules;
        }
        String mount = "mount a claim there with storage(Quantities.gi(n)), ";
        for (PodComponent.Mount m : c.mounts) {
            if (!m.path().equals(dataPath)) {
                continue;
            }
            if (m.volume().source().getEmptyDir() != null) {
                refuse(c, rules, EPHEMERAL, c.name + " keeps authoritative data at " + dataPath + " on an emptyDir, "
                        + "which is deleted with its pod: " + mount + OPT_OUT);
            } else if (m.volume().source().getHostPath() != null) {
                refuse(c, rules, NODE_FAILURE, c.name + " keeps authoritative data at " + dataPath + " on a hostPath, "
                        + "which stays on one node: " + mount + OPT_OUT);
            }
        }
        if (claimsDeleted) {
            refuse(c, rules, RETAINED, c.name + " keeps authoritative data, but preset " + a.preset().name()
                    + " deletes its claims with the StatefulSet (retainClaims(false)): use a preset with "
                    + "retainClaims(true), " + OPT_OUT);
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        rules.keySet().forEach(rule -> annotations.put(Assembly.SUPPRESSION_PREFIX + rule, c.ephemeralReason));
        return annotations;
    }

    /**
     * Records the shared claims the component mounts, so the application can judge their StorageClass and volumes
     * once every object is added.
     *
     * @param c the component
     * @param a the assembly
     * @param workload the workload that mounts them
     */
    static void recordClaims(PodComponent<?> c, Assembly a, ObjectRef workload) {
        if (!c.profile.needsPersistentStorage()) {
            return;
        }
        for (PodComponent.Mount m : c.mounts) {
            if (m.volume().companion().orElse(null) instanceof SharedClaim claim) {
                a.keepsAuthoritativeData(new Assembly.DataClaim(c.name, workload, claim.name(),
                        claim.storageClass().or(() -> a.preset().storageClass()).orElse(null), c.ephemeralReason));
            }
        }
    }

    private static void refuse(PodComponent<?> c, Map<String, String> rules, String rule, String message) {
        if (c.ephemeralReason == null) {
            throw new IllegalArgumentException(message);
        }
        rules.put(rule, message);
    }
}
