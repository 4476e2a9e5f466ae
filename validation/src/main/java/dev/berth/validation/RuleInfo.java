package dev.berth.validation;

import dev.berth.core.text.Patterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's metadata, in one place: a kebab-case id that names the problem, a summary, a severity, a category, the kinds
 * it applies to, a remediation and a docs link, and its typed parameters; and, for a rule that documents itself (a rule
 * of a rule pack, whose page is not in Berth's jar), a rationale and a failing and a passing YAML example, which
 * {@code berth explain} and {@link dev.berth.validation.docs.RulePages#render(RuleInfo, List)} show.
 *
 * <p>A rule pack's ids may carry the pack's prefix and a dot, {@code acme.team-label}, so that a future built-in rule
 * never takes the id; the suppression annotation stays one key with one slash: {@code ignore.berth.dev/acme.team-label}.
 *
 * <pre>{@code
 * RuleInfo.id("database-not-statefulset")
 *         .summary("A datastore runs in a Deployment instead of a StatefulSet")
 *         .severity(Severity.HIGH).category(Category.STORAGE)
 *         .kinds("Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
 *         .remediation("Run the datastore as a StatefulSet with volumeClaimTemplates and a headless Service.")
 *         .build();
 *
 * RuleInfo.id("acme.team-label")
 *         .summary("A workload does not name its owning team")
 *         .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Deployment", "StatefulSet")
 *         .remediation("Add the label team: <your team> to metadata.labels.")
 *         .rationale("On-call finds the owner of a failing workload from its team label.")
 *         .failingExample("kind: Deployment\nmetadata:\n  name: web\n")
 *         .passingExample("kind: Deployment\nmetadata:\n  name: web\n  labels: {team: shop}\n")
 *         .docs("https://rules.acme.example/team-label")
 *         .build();
 * }</pre>
 *
 * @param id the kebab-case id, optionally after a pack prefix and a dot ({@code acme.team-label}), stable across releases
 * @param summary what the problem is, one line without a trailing period
 * @param severity the default severity
 * @param category what the rule is about
 * @param kinds the kinds it judges; empty for rules that judge the set as a whole
 * @param remediation how to fix it, a sentence ending with a period
 * @param docs the rule's documentation page
 * @param parameters the rule's typed settings
 * @param objectByObject true when the rule judges each object on its own, looking any other object up through the
 *        manifest, its indexes and its references (see {@link Builder#objectByObject()})
 * @param podTemplatesByShape true when the rule also judges the pod templates found by shape inside objects of kinds
 *        Berth does not model (see {@link Builder#podTemplatesByShape()})
 * @param rationale why the problem matters, a paragraph; empty when the rule's page says it (Berth's own rules)
 * @param failingExample a YAML manifest the rule reports; empty when it has none
 * @param passingExample the same manifest fixed, which the rule does not report; empty when it has none
 */
public record RuleInfo(String id, String summary, Severity severity, Category category, Set<String> kinds,
        String remediation, String docs, List<Parameter<?>> parameters, boolean objectByObject,
        boolean podTemplatesByShape, String rationale, String failingExample, String passingExample) {

    /** One kebab-case part; an id is one part, or a prefix part, a dot and a part (split first: linear time). */
    private static final Pattern KEBAB = Patterns.whole("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the metadata is complete and well formed.
     *
     * @param id the id
     * @param summary the summary
     * @param severity the severity
     * @param category the category
     * @param kinds the kinds
     * @param remediation the remediation
     * @param docs the docs link
     * @param parameters the parameters
     * @param objectByObject whether the rule may be handed the objects a block at a time
     * @param podTemplatesByShape whether the rule judges pod templates found by shape
     * @param rationale why it matters; null means none
     * @param failingExample a YAML manifest the rule reports; null means none
     * @param passingExample a YAML manifest the rule does not report; null means none
     */
    public RuleInfo {
        if (id == null || !validId(id)) {
            throw new IllegalArgumentException("rule id must be kebab-case, optionally after a pack prefix and a dot "
                    + "(team-label, acme.team-label), was " + id);
        }
        if (summary == null || summary.isBlank() || summary.endsWith(".")) {
            throw new IllegalArgumentException("rule " + id + ": summary must be one line without a trailing period, "
                    + "was " + summary);
        }
        if (remediation == null || !remediation.endsWith(".")) {
            throw new IllegalArgumentException("rule " + id + ": remediation must be a sentence ending with a period, "
                    + "was " + remediation);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        kinds = Set.copyOf(new LinkedHashSet<>(kinds));
        parameters = List.copyOf(parameters);
        docs = docs == null ? "docs/rules/" + id + ".md" : docs;
        rationale = rationale == null ? "" : rationale.strip();
        failingExample = example(failingExample);
        passingExample = example(passingExample);
    }

    /**
     * Metadata of a rule whose page is written by hand (Berth's own rules): no rationale or examples.
     *
     * @param id the id
     * @param summary the summary
     * @param severity the severity
     * @param category the category
     * @param kinds the kinds
     * @param remediation the remediation
     * @param docs the docs link
     * @param parameters the parameters
     * @param objectByObject whether the rule may be handed the objects a block at a time
     * @param podTemplatesByShape whether the rule judges pod templates found by shape
     */
    public RuleInfo(String id, String summary, Severity severity, Category category, Set<String> kinds,
            String remediation, String docs, List<Parameter<?>> parameters, boolean objectByObject,
            boolean podTemplatesByShape) {
        this(id, summary, severity, category, kinds, remediation, docs, parameters, objectByObject,
                podTemplatesByShape, "", "", "");
    }

    private static boolean validId(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? KEBAB.matcher(id).matches()
                : KEBAB.matcher(id.substring(0, dot)).matches() && KEBAB.matcher(id.substring(dot + 1)).matches();
    }

    private static String example(String yaml) {
        return yaml == null || yaml.isBlank() ? "" : yaml.strip() + "\n";
    }

    /**
     * Metadata of a rule that judges no pod template found by shape.
     *
     * @param id the id
     * @param summary the summary
     * @param severity the severity
     * @param category the category
     * @param kinds the kinds
     * @param remediation the remediation
     * @param docs the docs link
     * @param parameters the parameters
     * @param objectByObject whether the rule may be handed the objects a block at a time
     */
    public RuleInfo(String id, String summary, Severity severity, Category category, Set<String> kinds,
            String remediation, String docs, List<Parameter<?>> parameters, boolean objectByObject) {
        this(id, summary, severity, category, kinds, remediation, docs, parameters, objectByObject, false);
    }

    /**
     * @param id the rule's kebab-case id
     * @return a builder for the rest
     */
    public static Builder id(String id) {
        return new Builder(id);
    }

    /** Where Berth's rule pages are published: {@code https://berth.dev/rules/<id>}. */
    public static final String PUBLISHED_PAGES = "https://berth.dev/rules/";

    /**
     * The rule's page for a reader without a source checkout: an absolute {@link #docs()} link as it is, Berth's own
     * {@code docs/rules/<id>.md} as its published page, and any other relative link resolved against
     * {@code https://berth.dev/}.
     *
     * <pre>{@code
     * new MemoryLimit().info().helpUri();   // "https://berth.dev/rules/memory-limit"
     * }</pre>
     *
     * @return an absolute URI
     */
    public String helpUri() {
        if (docs.equals("docs/rules/" + id + ".md")) {
            return PUBLISHED_PAGES + id;
        }
        return java.net.URI.create("https://berth.dev/").resolve(docs).toString();
    }

    /**
     * @return what a report's "See:" line says, working with an installed CLI: {@code berth explain <id>, } and
     *         {@link #helpUri()}
     */
    public String seeAlso() {
        return "berth explain " + id + ", " + helpUri();
    }

    /**
     * @param kind a kind such as {@code StatefulSet}
     * @return true when the rule judges objects of that kind
     */
    public boolean appliesTo(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /**
     * @param name a parameter name
     * @return the parameter, or null
     */
    public Parameter<?> parameter(String name) {
        for (Parameter<?> parameter : parameters) {
            if (parameter.name().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    /** Collects a {@link RuleInfo}. */
    public static final class Builder {
        private final String id;
        private String summary;
        private Severity severity = Severity.MEDIUM;
        private Category category;
        private final Set<String> kinds = new LinkedHashSet<>();
        private String remediation;
        private String docs;
        private final List<Parameter<?>> parameters = new ArrayList<>();
        private boolean objectByObject;
        private boolean podTemplatesByShape;
        private String rationale;
        private String failingExample;
        private String passingExample;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param value what the problem is, without a trailing period
         * @return this builder
         */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /**
         * @param value the default severity. Default: MEDIUM
         * @return this builder
         */
        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        /**
         * @param value the category
         * @return this builder
         */
        public Builder category(Category value) {
            this.category = value;
            return this;
        }

        /**
         * @param values the kinds the rule judges: kinds Kubernetes defines ({@code StatefulSet}), or a custom
         *        resource's kind after its API group ({@code argoproj.io/Rollout}, judged as kind {@code Rollout});
         *        none, the default, judges every kind
         * @return this builder
         * @throws IllegalArgumentException for a kind Kubernetes does not know, which would silently never run:
         *         {@code rule team-label: kind "Deploymnet" is not a Kubernetes kind; did you mean Deployment? ...}
         *         (see {@link dev.berth.core.KnownKinds#require(String)})
         */
        public Builder kinds(String... values) {
            for (String value : values) {
                try {
                    kinds.add(dev.berth.core.KnownKinds.require(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rule " + id + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * @param value how to fix the problem, ending with a period
         * @return this builder
         */
        public Builder remediation(String value) {
            this.remediation = value;
            return this;
        }

        /**
         * @param value the docs page: an absolute URL for a rule pack's rule ({@code https://rules.acme.example/x}),
         *        shown as it is. Default: {@code docs/rules/<id>.md}, Berth's own page
         * @return this builder
         */
        public Builder docs(String value) {
            this.docs = value;
            return this;
        }

        /**
         * @param values the rule's parameters
         * @return this builder
         */
        public Builder parameters(Parameter<?>... values) {
            parameters.addAll(List.of(values));
            return this;
        }

        /**
         * Declares that the rule judges each object on its own: it walks the objects under judgement only through
         * {@link RuleContext#objects()}, {@link RuleContext#all(Class)}, {@link RuleContext#ofKind(String)},
         * {@link RuleContext#workloads()}, {@link RuleContext#containers()} and {@link RuleContext#volumes()}, and
         * reaches every other object through {@link RuleContext#manifest()}, {@link RuleContext#references()} or a
         * table built by {@link RuleContext#once(String, java.util.function.Function)}. The validator may then hand
         * it a large manifest a block of objects at a time, so that each block stays in the processor's cache while
         * every rule judges it. Default: off, the rule sees every object in one pass (what a rule that counts or
         * compares across the set needs, such as a fluent rule that must select something).
         *
         * @return this builder
         */
        public Builder objectByObject() {
            objectByObject = true;
            return this;
        }

        /**
         * Declares that the rule judges a pod spec or a container on its own, whatever runs it, so it also judges the
         * pod templates and pod specs found by their shape inside objects of kinds Berth does not model (a JobSet's
         * {@code spec.replicatedJobs[0].template.spec.template}, a Knative Service's {@code spec.template}: see
         * {@link dev.berth.core.workload.PodTemplatesByShape}). They reach the rule through
         * {@link RuleContext#workloads()}, {@link RuleContext#containers()} and {@link RuleContext#volumes()}, after
         * the workloads of its kinds, with {@link dev.berth.core.workload.Workload#foundByShape()} true and paths
         * inside the object that holds them.
         *
         * <p>The built-in rules that do: the security rules of the pod security standards (privileged, capabilities,
         * host namespaces, paths and ports, seccomp, AppArmor, SELinux, sysctls, volume types, run as non-root...),
         * resources (requests, limits, ranges), probe consistency (probe ports declared, probes identical, probes on
         * the host), images (tag pinned, pull policy), environment (duplicates, secrets in env) and the priority
         * class. Not those about the owning controller (replicas, disruption budgets, spread, selectors and labels,
         * StatefulSet and storage rules, datastores, service accounts, network-policy coverage) nor those that need to
         * know whether pods keep running (liveness and readiness probes): the owner's kind says neither. Default: off.
         *
         * @return this builder
         */
        public Builder podTemplatesByShape() {
            podTemplatesByShape = true;
            return this;
        }

        /**
         * Why the problem matters, for {@code berth explain} and the rule's generated page (its "Why" section).
         *
         * <pre>{@code
         * .rationale("On-call finds the owner of a failing workload from its team label.")
         * }</pre>
         *
         * @param value a paragraph. Default: none
         * @return this builder
         */
        public Builder rationale(String value) {
            this.rationale = value;
            return this;
        }

        /**
         * A manifest the rule reports, shown under "Bad" by {@code berth explain} and the rule's generated page.
         *
         * <pre>{@code
         * .failingExample("""
         *         apiVersion: apps/v1
         *         kind: Deployment
         *         metadata:
         *           name: web
         *         """)
         * }</pre>
         *
         * @param yaml one or more YAML documents. Default: none
         * @return this builder
         */
        public Builder failingExample(String yaml) {
            this.failingExample = yaml;
            return this;
        }

        /**
         * The failing example fixed: a manifest the rule does not report, shown under "Good".
         *
         * @param yaml one or more YAML documents. Default: none
         * @return this builder
         */
        public Builder passingExample(String yaml) {
            this.passingExample = yaml;
            return this;
        }

        /** @return the metadata */
        public RuleInfo build() {
            return new RuleInfo(id, summary, severity, category, kinds, remediation, docs, parameters,
                    objectByObject, podTemplatesByShape, rationale, failingExample, passingExample);
        }
    }
}
