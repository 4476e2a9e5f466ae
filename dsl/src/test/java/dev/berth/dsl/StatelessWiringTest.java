package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.state.StateProfile;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.storage.Quantities;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

class StatelessWiringTest {

    @Test
    void a_stateless_service_with_ports_gets_a_deployment_a_service_and_a_budget_from_two_replicas() {
        Manifest m = Berth.application("a").add(Berth.statelessService("web").image("nginx:1.27").expose(Ports.http(8080)))
                .build().manifest();
        assertThat(m.find(Deployment.class, "a", "web").orElseThrow().getSpec().getReplicas()).isEqualTo(2);
        assertThat(m.find(Service.class, "a", "web")).isPresent();
        assertThat(m.find(PodDisruptionBudget.class, "a", "web")).isPresent();
    }

    @Test
    void one_replica_without_ports_gets_no_service_and_no_budget() {
        Manifest m = Berth.application("a").add(Berth.statelessService("worker").image("busybox:1.36").replicas(1))
                .build().manifest();
        assertThat(m.find(Service.class, "a", "worker")).isEmpty();
        assertThat(m.find(PodDisruptionBudget.class, "a", "worker")).isEmpty();
        assertThat(m.find(Deployment.class, "a", "worker").orElseThrow().getSpec().getTemplate().getSpec()
                .getTopologySpreadConstraints()).isEmpty();
    }

    @Test
    void an_autoscaled_service_leaves_replicas_to_an_autoscaling_v2_hpa() {
        Manifest m = Berth.application("a").add(Berth.statelessService("geo").image("geo:1.0").autoscale(2, 10))
                .build().manifest();
        assertThat(m.find(Deployment.class, "a", "geo").orElseThrow().getSpec().getReplicas()).isNull();
        HorizontalPodAutoscaler hpa = m.find(HorizontalPodAutoscaler.class, "a", "geo").orElseThrow();
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization()).isEqualTo(70);
    }

    @Test
    void the_profile_chooses_the_workload_kind() {
        Manifest m = Berth.application("a")
                .add(Berth.service("basket", StateProfile.inMemoryState()).image("basket:1.0").expose(Ports.http(80)))
                .add(Berth.service("index", StateProfile.diskCache()).image("index:1.0").storage(Quantities.gi(10)))
                .add(Berth.service("upload", StateProfile.sharedFiles()).image("upload:1.0"))
                .build().manifest();
        assertThat(m.find(Deployment.class, "a", "basket")).isPresent();
        assertThat(m.find(Service.class, "a", "basket").orElseThrow().getSpec().getSessionAffinity())
                .isEqualTo("ClientIP");
        assertThat(m.find(StatefulSet.class, "a", "index")).isPresent();
        assertThat(m.find(Deployment.class, "a", "upload")).isPresent();
    }

    @Test
    void node_port_and_load_balancer_only_when_asked() {
        Manifest m = Berth.application("a")
                .add(Berth.statelessService("lb").image("x:1").expose(Ports.http(80)).exposeOnLoadBalancer())
                .add(Berth.statelessService("np").image("x:1").expose(Ports.http(80)).exposeOnNodePort())
                .add(Berth.statelessService("ci").image("x:1").expose(Ports.http(80)))
                .build().manifest();
        assertThat(m.find(Service.class, "a", "lb").orElseThrow().getSpec().getType()).isEqualTo("LoadBalancer");
        assertThat(m.find(Service.class, "a", "np").orElseThrow().getSpec().getType()).isEqualTo("NodePort");
        assertThat(m.find(Service.class, "a", "ci").orElseThrow().getSpec().getType()).isEqualTo("ClusterIP");
    }
}
