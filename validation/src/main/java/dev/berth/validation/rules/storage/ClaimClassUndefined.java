package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleContext.ClaimAt;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.StorageClasses;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A claim or claim template names a storage class that the set does not define, and that is not one the cluster's
 * provider ships: most likely a typo or a renamed class, and the claim stays Pending. A class that a PersistentVolume
 * of the set carries counts as defined (static provisioning needs no StorageClass object).
 *
 * <p>A folder that defines some StorageClasses is not the whole cluster: the classes providers ship ({@link
 * #WELL_KNOWN}: GKE {@code standard}, {@code standard-rwo}, {@code premium-rwo}; EKS {@code gp2}, {@code gp3}; AKS
 * {@code default}, {@code managed-csi}, {@code managed-premium}...) are never reported. A set that defines no class is
 * taken to rely on the cluster's and is judged only when declared {@link #COMPLETE} (the CLI's {@code --complete}).
 *
 * <pre>{@code
 * RuleSets.recommended().withParameter("claim-class-undefined", "wellKnownClasses", "standard,fast-ssd");
 * }</pre>
 */
public final class ClaimClassUndefined extends Rule {

    /** Whether the set holds every StorageClass its claims name. Default: false (a set without classes is skipped). */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every StorageClass its claims name besides the well-known ones, even when it defines none");

    /**
     * Classes that come with the cluster, never reported; a comma-separated list. Default: those of GKE, EKS, AKS,
     * DigitalOcean, Linode, OCI, OpenShift and vSphere, and of kind, minikube, k3s, MicroK8s and Docker Desktop.
     */
    public static final Parameter<String> WELL_KNOWN = Parameter.of("wellKnownClasses", String.class,
            "standard,standard-rwo,premium-rwo,standard-rwx,premium-rwx,enterprise-rwx,"
                    + "gp2,gp3,gp2-csi,gp3-csi,"
                    + "default,managed,managed-csi,managed-csi-premium,managed-premium,azurefile,azurefile-csi,"
                    + "azurefile-csi-premium,azurefile-premium,"
                    + "do-block-storage,linode-block-storage,linode-block-storage-retain,oci,oci-bv,thin,thin-csi,"
                    + "hostpath,local-path,microk8s-hostpath",
            "Classes the cluster's provider ships, never reported, comma-separated");

    /** Creates the rule. */
    public ClaimClassUndefined() {
        super(RuleInfo.id("claim-class-undefined")
                .summary("A claim names a storage class the set does not define")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Name one of the StorageClasses the set defines, or add the class to the set (or to "
                        + "the parameter wellKnownClasses when the cluster provides it).")
                .parameters(COMPLETE, WELL_KNOWN)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        StorageIndex index = context.once(StorageIndex.KEY, StorageIndex::new);
        if (!index.definesClasses() && !context.parameter(COMPLETE)) {
            return;
        }
        Set<String> wellKnown = Arrays.stream(StorageSurvivesNodeFailure.LIST_SEPARATOR.split(
                context.parameter(WELL_KNOWN).strip())).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        for (ClaimAt at : context.claims()) {
            String name = StorageClasses.requested(at.claim());
            if (name != null && !name.isEmpty() && !index.knowsClass(name) && !wellKnown.contains(name)) {
                context.report(at.owner(), at.field(StorageClasses.requestedField(at.claim())), at.label()
                        + " names StorageClass " + name + ", which the set does not define" + (index.definesClasses()
                                ? "; the set defines " + index.classNames()
                                : " (it defines none) and which is not a class clusters ship (parameter "
                                        + WELL_KNOWN.name() + ")"));
            }
        }
    }
}
