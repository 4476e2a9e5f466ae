package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.network.NetworkIntent;
import dev.berth.dsl.spi.Aspect;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import dev.berth.dsl.spi.ForwardingComponent;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.workload.Backup;
import dev.berth.dsl.workload.StatefulService;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 5: "Golden paths over the DSL: an aspect hook that visits every object an {@code Application} builds
 * (cdk8s and the AWS CDK call these Aspects) so a company library adds labels, annotations and policies in one place;
 * components that take part in wiring (DNS names, backups, network intents) through an interface a company component
 * can implement, with no {@code instanceof} dead ends; a built {@code Application} is immutable or documents exactly
 * what is shared."
 */
class GoldenPathHooksTest {

    private static final Aspect TEAM_LABEL = (object, assembly) -> object.getMetadata().getLabels().put("team", "payments");

    private static Application.Builder shop() {
        return Berth.application("shop")
                .add(Berth.statelessService("api").image("ghcr.io/acme/api:1.0").expose(Ports.http(8080)))
                .add(Berth.datastore("db", DatastorePresets.postgresql())
                        .backup(Backup.toClaim("0 3 * * *", Quantities.gi(50))))
                .allow("api").to("db").on(5432);
    }

    private static NetworkPolicy denyAll(Assembly assembly) {
        return new NetworkPolicyBuilder().withMetadata(assembly.metadata("default-deny", Map.of()).build())
                .withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress", "Egress").endSpec()
                .build();
    }

    @Test
    void an_aspect_visits_every_object_the_application_builds_and_the_application_holds_its_changes() {
        // GIVEN an application with an aspect that labels what it visits
        List<ObjectRef> visited = new ArrayList<>();
        Aspect recording = (object, assembly) -> visited.add(ObjectRef.of(object));
        // WHEN built
        Application app = shop().aspect(TEAM_LABEL, recording).build();
        // THEN the aspect saw every object, in order, and every object carries the label
        assertThat(visited).containsExactlyElementsOf(app.manifest().stream().map(ObjectRef::of).toList());
        assertThat(app.manifest().objects()).hasSizeGreaterThan(5)
                .allSatisfy(o -> assertThat(o.getMetadata().getLabels()).containsEntry("team", "payments"));
    }

    @Test
    void an_aspect_adds_a_policy_that_it_and_the_aspects_after_it_visit() {
        // GIVEN an aspect adding a default-deny NetworkPolicy once, followed by the label aspect
        Aspect defaultDeny = (object, assembly) -> assembly.add(denyAll(assembly));
        // WHEN built
        Manifest m = shop().aspect(defaultDeny, TEAM_LABEL).build().manifest();
        // THEN the policy is there once, labelled by the later aspect
        NetworkPolicy policy = m.find(NetworkPolicy.class, "shop", "default-deny").orElseThrow();
        assertThat(policy.getMetadata().getLabels()).containsEntry("team", "payments");
        assertThat(m.all(NetworkPolicy.class)).filteredOn(p -> p.getMetadata().getName().equals("default-deny"))
                .hasSize(1);
    }

    @Test
    void an_aspect_that_renames_an_object_is_refused_naming_it() {
        // GIVEN an aspect that renames the Deployment
        Aspect renaming = Aspect.on(Deployment.class, (d, assembly) -> d.getMetadata().setName("api-v2"));
        // WHEN built THEN one clear line
        assertThatThrownBy(() -> shop().aspect(TEAM_LABEL, renaming).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aspect 2 of 2 of application shop renamed Deployment shop/api to Deployment "
                        + "shop/api-v2: an aspect changes objects in place and adds new ones with assembly.add(...), "
                        + "it does not rename them");
    }

    @Test
    void an_aspect_that_adds_an_object_for_every_object_it_visits_is_refused_instead_of_running_forever() {
        // GIVEN an aspect that adds a new ConfigMap for each object it visits, including its own
        Aspect endless = (object, assembly) -> assembly.add(new ConfigMapBuilder().withMetadata(assembly
                .metadata(object.getMetadata().getName() + "-x", Map.of()).build()).build());
        // WHEN built THEN refused with the limit
        assertThatThrownBy(() -> shop().aspect(endless).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aspect 1 of 1 of application shop added more than 10000 objects: an aspect that adds a "
                        + "new object for each object it visits never ends; add objects only for the objects that "
                        + "need them");
    }

    @Test
    void aspect_on_visits_only_objects_of_its_type() {
        List<String> kinds = new ArrayList<>();
        shop().aspect(Aspect.on(Deployment.class, (d, a) -> kinds.add(d.getKind()))).build();
        assertThat(kinds).containsExactly("Deployment");
    }

    @Test
    void a_built_application_shares_its_objects_as_documented_and_a_copy_of_them_changes_nothing() {
        // GIVEN a built application
        Application app = shop().aspect(TEAM_LABEL).build();
        Manifest before = app.manifest().copy();
        // WHEN a caller changes the objects of a copy of its manifest
        app.manifest().copy().objects().forEach(o -> o.getMetadata().setLabels(Map.of("changed", "by caller")));
        // THEN the application still holds what it built, and every call gives the same, shared objects
        assertThat(app.manifest()).isEqualTo(before);
        assertThat(app.manifest().objects().get(0)).isSameAs(app.manifest().objects().get(0));
        assertThat(app.manifest().objects()).noneMatch(o -> o.getMetadata().getLabels().containsKey("changed"));
    }

    /** A company component: a database that wraps Berth's StatefulService, as a golden-path library would. */
    static final class CompanyDatabase extends ForwardingComponent {
        CompanyDatabase(StatefulService database) {
            super(database);
        }

        @Override
        public void contribute(Assembly assembly) {
            super.contribute(assembly);
            assembly.add(new ConfigMapBuilder().withMetadata(assembly.metadata(name() + "-owner", name()).build())
                    .addToData("owner", "payments").build());
        }
    }

    private static StatefulService db() {
        return Berth.datastore("db", DatastorePresets.postgresql())
                .backup(Backup.toClaim("0 3 * * *", Quantities.gi(50)));
    }

    @Test
    void a_company_component_wrapping_a_stateful_service_keeps_its_pod_dns_names_and_backup_network_permission() {
        // GIVEN the same database, plain and wrapped in a company component, in an application denying by default
        Application plain = Berth.application("shop").add(db()).defaultDeny().build();
        Application wrapped = Berth.application("shop").add(new CompanyDatabase(db())).defaultDeny().build();
        // THEN the wrapped one has the same pod DNS names
        assertThat(wrapped.podDnsNames("db")).containsExactly("db-0.db-headless.shop.svc.cluster.local")
                .isEqualTo(plain.podDnsNames("db"));
        // AND the same NetworkPolicies: the backup job may still reach the database
        assertThat(wrapped.manifest().all(NetworkPolicy.class)).isEqualTo(plain.manifest().all(NetworkPolicy.class))
                .anySatisfy(p -> assertThat(p.getMetadata().getName()).isEqualTo("db-ingress"));
        assertThat(wrapped.manifest().objects()).containsAll(plain.manifest().objects());
        assertThat(wrapped.components()).containsExactly("db");
    }

    @Test
    void an_intent_to_a_wrapped_component_is_checked_against_the_ports_it_listens_on() {
        // GIVEN an intent to the wrapped database on a port it does not listen on
        Application.Builder app = Berth.application("shop").add(new CompanyDatabase(db()))
                .add(Berth.statelessService("api").image("ghcr.io/acme/api:1.0").expose(Ports.http(8080)))
                .allow("api").to("db").on(5433);
        // WHEN built THEN refused as for the plain database
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(api).to(db).on(5433): db does not listen on 5433 (its ports are [5432]): expose "
                        + "the port on db, or allow one it listens on");
    }

    @Test
    void a_component_of_ones_own_gives_pod_dns_names_of_its_statefulset_and_its_implied_intents() {
        // GIVEN a component that is no Berth class: a StatefulSet of two, and a connection it needs
        Component queue = new Component() {
            @Override
            public void contribute(Assembly assembly) {
                assembly.add(new StatefulSetBuilder().withMetadata(assembly.metadata("queue", "queue").build())
                        .withNewSpec().withServiceName("queue-peers").withReplicas(2).endSpec().build());
            }

            @Override
            public String name() {
                return "queue";
            }

            @Override
            public List<NetworkIntent> impliedIntents() {
                return List.of(new NetworkIntent("queue", "queue", List.of(4369)));
            }
        };
        // WHEN built, denying by default
        Application app = Berth.application("shop").add(queue).defaultDeny().build();
        // THEN its pods' DNS names come from the StatefulSet it built, and its peers may reach each other
        assertThat(app.podDnsNames("queue")).containsExactly("queue-0.queue-peers.shop.svc.cluster.local",
                "queue-1.queue-peers.shop.svc.cluster.local");
        NetworkPolicy policy = app.manifest().find(NetworkPolicy.class, "shop", "queue-ingress").orElseThrow();
        assertThat(policy.getSpec().getIngress()).anySatisfy(rule -> assertThat(rule.getPorts())
                .anySatisfy(port -> assertThat(port.getPort().getIntVal()).isEqualTo(4369)));
    }
}
