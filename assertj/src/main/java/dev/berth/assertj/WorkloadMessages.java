package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import java.util.List;

/** The failure messages of the workload, container, claim and identity assertions: one small factory each. */
final class WorkloadMessages {

    private WorkloadMessages() {
    }

    /** The shape every field message shares: the object, the field path, what was expected and what was found. */
    static String expecting(ObjectRef object, String fieldPath, String expected, String found) {
        return "Expecting " + object + " at " + fieldPath + " to " + expected + ", but found " + found;
    }

    static String shouldHaveReplicas(ObjectRef object, int expected, String found) {
        return expecting(object, "spec.replicas", "be " + expected, found);
    }

    static String shouldHaveHeadlessService(ObjectRef object, String found) {
        return expecting(object, "spec.serviceName", "name a headless Service", found);
    }

    static String shouldHaveClaimTemplate(ObjectRef object, String name, String found) {
        return expecting(object, "spec.volumeClaimTemplates", "hold a claim template \"" + name + "\"", found);
    }

    static String shouldRetainData(ObjectRef object, String policyField, String found) {
        return expecting(object, "spec.persistentVolumeClaimRetentionPolicy." + policyField, "be Retain", found);
    }

    static String shouldHaveDisruptionBudget(ObjectRef object) {
        return "Expecting " + object + " to be selected by a PodDisruptionBudget, but found none that selects its pods";
    }

    static String shouldSpreadAcrossNodes(ObjectRef object, String podSpecPath, String found) {
        return expecting(object, podSpecPath, "spread its pods across nodes (a podAntiAffinity term or a "
                + "topologySpreadConstraint on kubernetes.io/hostname that selects its own pods)", found);
    }

    static String shouldHavePodDnsNames(ObjectRef object, String expected, String found) {
        return "Expecting " + object + " to give its pods the DNS names " + expected + ", but found " + found;
    }

    static String shouldBeAutoscaled(ObjectRef object, int min, int max, String found) {
        return "Expecting " + object + " to be scaled by a HorizontalPodAutoscaler from " + min + " to " + max
                + " replicas, but found " + found;
    }

    static String shouldBeExposedOnPort(ObjectRef object, int port, String found) {
        return "Expecting " + object + " to be exposed by a Service on port " + port + ", but found " + found;
    }

    static String shouldMountClaim(ObjectRef object, String podSpecPath, String claim, String found) {
        return expecting(object, podSpecPath + ".volumes", "mount PersistentVolumeClaim \"" + claim + "\" in a "
                + "container", found);
    }

    static String shouldHaveContainer(ObjectRef object, String podSpecPath, String name, String found) {
        return expecting(object, podSpecPath + ".containers", "hold a container \"" + name + "\"", found);
    }

    static String shouldHaveServiceAccount(ObjectRef object, String podSpecPath, String name) {
        return expecting(object, podSpecPath + ".serviceAccountName", "name a ServiceAccount of the manifest",
                "\"" + name + "\", which the manifest does not hold");
    }

    static String shouldMountNoClaim(ObjectRef object, String found) {
        return "Expecting " + object + " to mount no PersistentVolumeClaim, but found " + found;
    }

    static String shouldHaveAntiAffinity(ObjectRef object, String fieldPath, String topologyKey, String found) {
        return expecting(object, fieldPath, "hold a term on " + topologyKey + " that selects its own pods", found);
    }

    static String shouldHaveAutoscaler(ObjectRef object, List<ObjectRef> found) {
        return "Expecting " + object + " to be scaled by a HorizontalPodAutoscaler, but found "
                + (found.isEmpty() ? "none targeting it" : found.size() + " targeting it: "
                        + String.join(", ", found.stream().map(ObjectRef::toString).toList()));
    }

    static String shouldHavePodManagementPolicy(ObjectRef object, String expected, String found) {
        return expecting(object, "spec.podManagementPolicy", "be " + expected, found);
    }

    static String shouldHaveClaimTemplates(ObjectRef object, List<String> expected, List<String> found) {
        return expecting(object, "spec.volumeClaimTemplates", expected.isEmpty() ? "be empty"
                : "hold exactly the claim templates " + quoted(expected), found.isEmpty() ? "none" : quoted(found));
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
