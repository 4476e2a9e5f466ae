package dev.berth.samples.mistakes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/**
 * What the two counter-examples get right, so that their findings are exactly the mistake they show: a hardened
 * MySQL container (non-root, no privilege escalation, capabilities dropped, probes, requests and a memory limit)
 * with its password from a Secret.
 */
final class Pods {

    /** The labels of the counter-examples' objects. */
    static final Map<String, String> LABELS = Map.of("app.kubernetes.io/name", "mysql",
            "app.kubernetes.io/part-of", "legacy");
    /** The selector of their pods. */
    static final Map<String, String> SELECTOR = Map.of("app.kubernetes.io/name", "mysql");
    /** MySQL's data folder. */
    static final String DATA = "/var/lib/mysql";

    private Pods() {
    }

    /** @return MySQL 8.4, hardened, its data in the volume {@code data} */
    static Container mysql() {
        ContainerPort port = new ContainerPortBuilder().withName("mysql").withContainerPort(3306).build();
        EnvVar password = new EnvVarBuilder().withName("MYSQL_ROOT_PASSWORD").withNewValueFrom()
                .withNewSecretKeyRef().withName("mysql-credentials").withKey("password").endSecretKeyRef()
                .endValueFrom().build();
        return new ContainerBuilder()
                .withName("mysql").withImage("mysql:8.4.3").withPorts(port).withEnv(password)
                .withNewReadinessProbe().withNewExec().withCommand("mysqladmin", "ping", "-h", "127.0.0.1").endExec()
                .endReadinessProbe()
                .withNewLivenessProbe().withNewTcpSocket().withNewPort("mysql").endTcpSocket()
                .withInitialDelaySeconds(30).endLivenessProbe()
                .withNewResources()
                .addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("1Gi"))
                .addToLimits("memory", new Quantity("1Gi"))
                .endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities().endSecurityContext()
                .addNewVolumeMount().withName("data").withMountPath(DATA).endVolumeMount()
                .addNewVolumeMount().withName("run").withMountPath("/var/run/mysqld").endVolumeMount()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .build();
    }

    /** @return runs as MySQL's own user, never root, with the runtime's default seccomp profile */
    static PodSecurityContext nonRoot() {
        return new PodSecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(999L).withRunAsGroup(999L)
                .withFsGroup(999L).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build();
    }
}
