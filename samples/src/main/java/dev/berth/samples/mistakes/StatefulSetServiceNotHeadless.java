package dev.berth.samples.mistakes;

import dev.berth.core.Manifest;
import dev.berth.samples.Sample;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;

/**
 * A counter-example, built with raw fabric8 builders: a MySQL StatefulSet with a claim template, retained claims and
 * a disruption budget, whose {@code serviceName} names the ordinary client Service {@code mysql} (it has a cluster
 * IP) instead of a headless one. The pods get no stable DNS names ({@code mysql-0.mysql...} resolves to nothing), so
 * replicas and clients that address a member by name cannot find it.
 *
 * <pre>{@code
 * Report report = Validator.recommended().evaluate(new StatefulSetServiceNotHeadless().manifest());
 * }</pre>
 */
public final class StatefulSetServiceNotHeadless implements Sample {

    /** Creates the sample. */
    public StatefulSetServiceNotHeadless() {
    }

    @Override
    public String name() {
        return "mistake-statefulset-service-not-headless";
    }

    @Override
    public String description() {
        return "Counter-example: a StatefulSet whose serviceName names a Service that is not headless";
    }

    @Override
    public boolean counterExample() {
        return true;
    }

    @Override
    public Manifest manifest() {
        var account = new ServiceAccountBuilder()
                .withNewMetadata().withName("mysql").withNamespace("legacy").withLabels(Pods.LABELS).endMetadata()
                .withAutomountServiceAccountToken(false).build();
        var service = new ServiceBuilder()
                .withNewMetadata().withName("mysql").withNamespace("legacy").withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withSelector(Pods.SELECTOR)
                .addNewPort().withName("mysql").withPort(3306).withNewTargetPort("mysql").endPort()
                .endSpec().build();
        var claim = new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("20Gi")).endResources()
                .endSpec().build();
        var statefulSet = new StatefulSetBuilder()
                .withNewMetadata().withName("mysql").withNamespace("legacy").withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withServiceName("mysql").withReplicas(1)
                .withNewSelector().withMatchLabels(Pods.SELECTOR).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withServiceAccountName("mysql").withAutomountServiceAccountToken(false)
                .withSecurityContext(Pods.nonRoot())
                .withContainers(Pods.mysql())
                .addNewVolume().withName("run").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewTopologySpreadConstraint().withMaxSkew(1).withTopologyKey("kubernetes.io/hostname")
                .withWhenUnsatisfiable("ScheduleAnyway").withNewLabelSelector().withMatchLabels(Pods.SELECTOR)
                .endLabelSelector().endTopologySpreadConstraint()
                .endSpec()
                .endTemplate()
                .withVolumeClaimTemplates(claim)
                .withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted("Retain").withWhenScaled("Retain")
                .endPersistentVolumeClaimRetentionPolicy()
                .endSpec().build();
        var budget = new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("mysql").withNamespace("legacy").withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withNewMaxUnavailable(1).withNewSelector().withMatchLabels(Pods.SELECTOR).endSelector()
                .endSpec().build();
        return Manifest.of(account, service, statefulSet, budget);
    }

    @Override
    public String toString() {
        return name();
    }
}
