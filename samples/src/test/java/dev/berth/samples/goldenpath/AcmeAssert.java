package dev.berth.samples.goldenpath;

import dev.berth.assertj.AbstractBerthAssert;
import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Acme's own assertions, in Berth's style: a platform team's checks of its golden path, extending berth-assertj's
 * {@link AbstractBerthAssert}. Use them beside {@code BerthAssertions.assertThat}.
 *
 * <pre>{@code
 * AcmeAssert.assertThat(app.manifest()).followsTheGoldenPath().isOwnedBy("payments");
 * }</pre>
 */
public class AcmeAssert extends AbstractBerthAssert<AcmeAssert, Manifest> {

    /**
     * Use {@link #assertThat(Manifest)}.
     *
     * @param actual the manifest
     */
    public AcmeAssert(Manifest actual) {
        super(actual, AcmeAssert.class);
    }

    /**
     * The entry point.
     *
     * @param manifest an application's manifest
     * @return the assertion
     */
    public static AcmeAssert assertThat(Manifest manifest) {
        return new AcmeAssert(manifest);
    }

    /**
     * Checks that every object and every pod template carries the team and cost-center labels, and that the
     * default-deny ingress NetworkPolicy is there.
     *
     * <pre>{@code
     * AcmeAssert.assertThat(onThePath).followsTheGoldenPath();   // passes
     * AcmeAssert.assertThat(offThePath).followsTheGoldenPath();  // fails:
     * // Expecting the manifest to follow Acme's golden path, but:
     * //   Deployment shop/api has no label acme.example/team or acme.example/cost-center
     * //   no NetworkPolicy acme-default-deny-ingress
     * }</pre>
     *
     * @return this assertion
     */
    public AcmeAssert followsTheGoldenPath() {
        isNotNull();
        List<String> problems = new ArrayList<>();
        String labels = " has no label " + AcmePlatform.TEAM + " or " + AcmePlatform.COST_CENTER;
        for (HasMetadata object : actual) {
            if (!AcmePlatform.isLabelled(object)) {
                problems.add(ObjectRef.of(object) + labels);
            }
            Workload.of(object).flatMap(Workload::template).filter(t -> !labelled(t))
                    .ifPresent(t -> problems.add("the pod template of " + ObjectRef.of(object) + labels));
        }
        if (actual.all(NetworkPolicy.class).stream()
                .noneMatch(p -> p.getMetadata().getName().equals(AcmePlatform.DEFAULT_DENY))) {
            problems.add("no NetworkPolicy " + AcmePlatform.DEFAULT_DENY);
        }
        if (!problems.isEmpty()) {
            failWithMessage("Expecting the manifest to follow Acme's golden path, but:%n  %s",
                    String.join(String.format("%n  "), problems));
        }
        return myself;
    }

    /**
     * Checks that every object names this team.
     *
     * <pre>{@code
     * AcmeAssert.assertThat(checkout).isOwnedBy("payments");
     * // Expecting every object to be owned by team "payments", but Deployment shop/api is owned by "search"
     * }</pre>
     *
     * @param team the team
     * @return this assertion
     */
    public AcmeAssert isOwnedBy(String team) {
        isNotNull();
        for (HasMetadata object : actual) {
            Map<String, String> labels = object.getMetadata().getLabels();
            String owner = labels == null ? null : labels.get(AcmePlatform.TEAM);
            if (!team.equals(owner)) {
                failWithMessage("Expecting every object to be owned by team \"%s\", but %s is owned by %s", team,
                        ObjectRef.of(object), owner == null ? "no team" : "\"" + owner + "\"");
            }
        }
        return myself;
    }

    private static boolean labelled(PodTemplateSpec template) {
        Map<String, String> labels = template.getMetadata() == null ? null : template.getMetadata().getLabels();
        return labels != null && labels.containsKey(AcmePlatform.TEAM) && labels.containsKey(AcmePlatform.COST_CENTER);
    }
}
