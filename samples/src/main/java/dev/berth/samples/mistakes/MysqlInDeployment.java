package dev.berth.samples.mistakes;

import dev.berth.core.Manifest;
import dev.berth.samples.Sample;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

/**
 * A counter-example, built with raw fabric8 builders as it is often written by hand: MySQL in a Deployment with its
 * data on an {@code emptyDir}. The pod is otherwise well configured; the mistake is where the data lives. A
 * Deployment gives the pod no stable name and no claim of its own, and an {@code emptyDir} is deleted with the pod:
 * a rollout, an eviction or a node drain loses every row.
 *
 * <pre>{@code
 * Report report = Validator.recommended().evaluate(new MysqlInDeployment().manifest());
 * }</pre>
 */
public final class MysqlInDeployment implements Sample {

    /** Creates the sample. */
    public MysqlInDeployment() {
    }

    @Override
    public String name() {
        return "mistake-mysql-deployment";
    }

    @Override
    public String description() {
        return "Counter-example: MySQL in a Deployment, its data on an emptyDir";
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
        var deployment = new DeploymentBuilder()
                .withNewMetadata().withName("mysql").withNamespace("legacy").withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewSelector().withMatchLabels(Pods.SELECTOR).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(Pods.LABELS).endMetadata()
                .withNewSpec().withServiceAccountName("mysql").withAutomountServiceAccountToken(false)
                .withSecurityContext(Pods.nonRoot())
                .withContainers(Pods.mysql())
                .addNewVolume().withName("data").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("run").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec()
                .endTemplate()
                .endSpec().build();
        return Manifest.of(account, service, deployment);
    }

    @Override
    public String toString() {
        return name();
    }
}
