package dev.berth.core;

import static dev.berth.core.K8s.deployment;
import static dev.berth.core.K8s.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The indexes of a manifest are built once, shared by every lookup and every thread. */
class ManifestIndexTest {

    private static final int THREADS = 16;

    private static Manifest sample() {
        return Manifest.of(
                service("shop", "web", Map.of("app", "web")),
                deployment("shop", "web", Map.of("app", "web")),
                deployment("blog", "web", Map.of("app", "web")),
                K8s.storageClass("fast"));
    }

    @Test
    void repeated_lookups_return_the_same_instances() {
        // GIVEN
        Manifest manifest = sample();
        // WHEN / THEN
        assertThat(manifest.ofKind("Deployment")).isSameAs(manifest.ofKind("Deployment"));
        assertThat(manifest.all(Service.class)).isSameAs(manifest.all(Service.class));
        assertThat(manifest.inNamespace("shop")).isSameAs(manifest.inNamespace("shop"));
        assertThat(manifest.workloads()).isSameAs(manifest.workloads());
        assertThat(manifest.namespaces()).isSameAs(manifest.namespaces());
        assertThat(manifest.duplicates()).isSameAs(manifest.duplicates());
        assertThat(manifest.references()).isSameAs(manifest.references());
        assertThat(manifest.references().all()).isSameAs(manifest.references().all());
        HasMetadata web = manifest.objects().get(1);
        assertThat(manifest.references().from(web)).isSameAs(manifest.references().from(web));
        assertThat(manifest.workloadOf(web).orElseThrow()).isSameAs(manifest.workloads().get(0));
    }

    @Test
    void the_lists_and_sets_handed_out_by_lookups_are_read_only() {
        // GIVEN
        Manifest manifest = sample();
        // WHEN / THEN
        assertThat(manifest.ofKind("Deployment")).isUnmodifiable();
        assertThat(manifest.ofKind("Nothing")).isUnmodifiable();
        assertThat(manifest.all(Service.class)).isUnmodifiable();
        assertThat(manifest.inNamespace("shop")).isUnmodifiable();
        assertThat(manifest.workloads()).isUnmodifiable();
        assertThat(manifest.namespaces()).isUnmodifiable();
        assertThat(manifest.duplicates()).isUnmodifiable();
        assertThat(manifest.references().from(manifest.objects().get(0))).isUnmodifiable();
    }

    @Test
    void twenty_thousand_workloads_answer_twenty_thousand_label_lookups() {
        // GIVEN 20,000 Deployments spread over four namespaces, each with its own app label and a shared tier label
        int count = 20_000;
        List<HasMetadata> objects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            objects.add(deployment("ns-" + (i % 4), "web-" + i, Map.of("app", "web-" + i, "tier", "front")));
        }
        Manifest manifest = Manifest.of(objects);
        // WHEN every Deployment's own selector is looked up, by matchLabels and by the Service form
        int selected = 0;
        int selectedByMap = 0;
        for (int i = 0; i < count; i++) {
            LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("app", "web-" + i)
                    .addToMatchLabels("tier", "front").build();
            List<Workload> found = manifest.workloadsSelectedBy("ns-" + (i % 4), selector);
            assertThat(found).singleElement().extracting(Workload::name).isEqualTo("web-" + i);
            selected += found.size();
            selectedByMap += manifest.workloadsSelectedBy("ns-" + (i % 4), Map.of("app", "web-" + i)).size();
        }
        // THEN each finds exactly its own Deployment, and the wrong namespace finds nothing
        assertThat(selected).isEqualTo(count);
        assertThat(selectedByMap).isEqualTo(count);
        assertThat(manifest.workloadsSelectedBy("ns-1", Map.of("app", "web-0"))).isEmpty();
        assertThat(manifest.workloadsSelectedBy("ns-0", Map.of("tier", "front"))).hasSize(count / 4);
        assertThat(manifest.workloads()).hasSize(count);
    }

    @Test
    void twenty_thousand_objects_resolve_their_references_through_the_index() {
        // GIVEN 10,000 Deployments, each with the Service that selects it
        int count = 10_000;
        List<HasMetadata> objects = new ArrayList<>(2 * count);
        for (int i = 0; i < count; i++) {
            objects.add(deployment("shop", "web-" + i, Map.of("app", "web-" + i)));
            objects.add(service("shop", "web-" + i, Map.of("app", "web-" + i)));
        }
        Manifest manifest = Manifest.of(objects);
        // WHEN
        References references = manifest.references();
        // THEN every workload is selected by exactly its own Service
        int matched = 0;
        for (Workload workload : manifest.workloads()) {
            List<Service> services = references.servicesSelecting(workload);
            assertThat(services).singleElement().extracting(s -> s.getMetadata().getName())
                    .isEqualTo(workload.name());
            matched += services.size();
        }
        assertThat(matched).isEqualTo(count);
    }

    @Test
    void many_threads_building_the_indexes_at_once_get_the_same_instances() throws Exception {
        // GIVEN a fresh manifest of a few thousand objects, and threads released at the same moment
        List<HasMetadata> objects = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            objects.add(deployment("shop", "web-" + i, Map.of("app", "web-" + i)));
            objects.add(service("shop", "web-" + i, Map.of("app", "web-" + i)));
        }
        Manifest manifest = Manifest.of(objects);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Object[]> task = () -> {
                    start.await();
                    return new Object[] {manifest.workloads(), manifest.references(),
                        manifest.all(Service.class), manifest.ofKind("Deployment")};
                };
                results.add(pool.submit(task));
            }
            // WHEN
            start.countDown();
            List<Object[]> seen = new ArrayList<>();
            for (Future<Object[]> result : results) {
                seen.add(result.get(60, TimeUnit.SECONDS));
            }
            // THEN
            Object[] first = seen.get(0);
            assertThat(seen).allSatisfy(s -> {
                assertThat(s[0]).isSameAs(first[0]);
                assertThat(s[1]).isSameAs(first[1]);
                assertThat(s[2]).isSameAs(first[2]);
                assertThat(s[3]).isSameAs(first[3]);
            });
            assertThat(manifest.workloads()).hasSize(2_000);
            assertThat(manifest.references().servicesSelecting(manifest.workloads().get(1999)))
                    .extracting(s -> s.getMetadata().getName()).containsExactly("web-1999");
        } finally {
            pool.shutdownNow();
        }
    }
}
