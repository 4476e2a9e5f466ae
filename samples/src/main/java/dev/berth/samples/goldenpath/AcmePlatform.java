package dev.berth.samples.goldenpath;

import dev.berth.core.text.Patterns;
import dev.berth.core.workload.Workload;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.spi.Aspect;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Acme platform team's golden path: every application starts here, and gets the company's policy through one
 * aspect: the {@code team} and {@code cost-center} labels on every object and every pod template (cost reports read
 * pod labels), and a NetworkPolicy {@value #DEFAULT_DENY} that denies all ingress the application's intents do not
 * allow.
 *
 * <pre>{@code
 * Application checkout = AcmePlatform.application("checkout", "payments", "cc-4711")
 *         .add(Berth.statelessService("api").image("ghcr.io/acme/checkout:2.3.1").expose(Ports.http(8080)))
 *         .add(new Database("db"))
 *         .allow("api").to("db").on(5432)
 *         .build();
 * }</pre>
 */
public final class AcmePlatform {

    /** The label naming the team that owns an object. */
    public static final String TEAM = "acme.example/team";
    /** The label naming the cost center an object is billed to. */
    public static final String COST_CENTER = "acme.example/cost-center";
    /** The name of the default-deny ingress NetworkPolicy of every application. */
    public static final String DEFAULT_DENY = "acme-default-deny-ingress";

    /** A label value: at most 63 characters of letters, digits, '-', '_' and '.', starting and ending alphanumeric. */
    private static final Pattern LABEL_VALUE = Patterns.whole("[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?");

    private AcmePlatform() {
    }

    /**
     * An application on the golden path: Berth's application builder with the company's aspect.
     *
     * <pre>{@code
     * AcmePlatform.application("checkout", "payments", "cc-4711").add(api).build();
     * }</pre>
     *
     * @param name the application's name, also its namespace by default
     * @param team the owning team, a label value
     * @param costCenter the cost center, a label value
     * @return the builder, to add components and intents to
     * @throws IllegalArgumentException naming the value when the team or cost center is not a label value
     */
    public static Application.Builder application(String name, String team, String costCenter) {
        return Berth.application(name).aspect(policy(team, costCenter));
    }

    /**
     * The company's aspect, for applications that start from {@code Berth.application(...)}: adds the default-deny
     * ingress NetworkPolicy, then labels every object (that policy included) and every pod template.
     *
     * <pre>{@code
     * Berth.application("checkout").add(api).aspect(AcmePlatform.policy("payments", "cc-4711")).build();
     * }</pre>
     *
     * @param team the owning team, a label value
     * @param costCenter the cost center, a label value
     * @return the aspect
     * @throws IllegalArgumentException naming the value when the team or cost center is not a label value
     */
    public static Aspect policy(String team, String costCenter) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(TEAM, labelValue("team", team));
        labels.put(COST_CENTER, labelValue("cost center", costCenter));
        return (object, assembly) -> {
            assembly.add(defaultDeny(assembly));
            label(object.getMetadata(), labels);
            Workload.of(object).flatMap(Workload::template).ifPresent(template -> {
                if (template.getMetadata() == null) {
                    template.setMetadata(new ObjectMeta());
                }
                label(template.getMetadata(), labels);
            });
        };
    }

    private static NetworkPolicy defaultDeny(Assembly assembly) {
        return new NetworkPolicyBuilder()
                .withMetadata(assembly.metadata(DEFAULT_DENY, assembly.application()).build())
                .withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress").endSpec()
                .build();
    }

    private static void label(ObjectMeta metadata, Map<String, String> labels) {
        Map<String, String> all = metadata.getLabels() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(metadata.getLabels());
        all.putAll(labels);
        metadata.setLabels(all);
    }

    private static String labelValue(String what, String value) {
        if (value == null || !LABEL_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a label value (up to 63 letters, digits, '-', '_' or "
                    + "'.', starting and ending with a letter or digit), was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    /**
     * Whether an object carries the company's labels, for tools and assertions that check the golden path.
     *
     * @param object an object
     * @return true when it has both labels
     */
    public static boolean isLabelled(HasMetadata object) {
        Map<String, String> labels = object.getMetadata() == null ? null : object.getMetadata().getLabels();
        return labels != null && labels.containsKey(TEAM) && labels.containsKey(COST_CENTER);
    }
}
