package dev.berth.validation;

/**
 * A best-practice rule: a small, self-describing value. Subclasses are final, give their metadata once, and judge a
 * manifest through the {@link RuleContext}, which has traversal helpers (per workload, per container, per volume) and
 * reports findings.
 *
 * <pre>{@code
 * public final class BarePod extends Rule {
 *     public BarePod() {
 *         super(RuleInfo.id("bare-pod").summary("A Pod is not managed by any controller")
 *                 .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Pod")
 *                 .remediation("Run the pod from a Deployment, StatefulSet, DaemonSet or Job.")
 *                 .objectByObject().build());
 *     }
 *
 *     public void check(RuleContext context) {
 *         for (Workload w : context.workloads()) {
 *             if (w.isBarePod()) {
 *                 context.report(w.owner(), "", "no controller recreates this Pod when its node fails");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p><b>What a rule may rely on.</b> Rules receive objects as users wrote them, yet need no null checks for broken
 * input: before any rule runs, {@link dev.berth.core.shape.Shapes} turns the manifest into a shape rules can walk.
 * Every object a rule sees has a kind and a name (an object without either cannot be applied, and only the schema
 * rules see it); no list or map is null and none holds a null item or value; parts have the fields that name them
 * (a container, volume or mount its name, a port its number: the zero value, as a Go linter sees it, where the user
 * wrote none); a binding has its {@code roleRef} and an autoscaler its {@code scaleTargetRef}. What was missing is
 * reported once, by {@code missing-required-field}, at the path the user wrote. Only fields whose absence Kubernetes
 * gives a meaning stay null (an optional {@code securityContext}, a probe, a pod template's {@code spec}), and rules
 * ask for those as they would anyway. Objects with nothing missing are handed over as they are, uncopied.
 *
 * <p><b>Pod templates inside custom resources.</b> A rule that judges a pod spec or a container whatever runs it
 * declares {@link RuleInfo.Builder#podTemplatesByShape()}: {@link RuleContext#workloads()},
 * {@link RuleContext#containers()} and {@link RuleContext#volumes()} then also hand it the pod templates found by shape
 * inside custom resources (a JobSet's, a Knative Service's), with paths inside them. The built-in container and
 * pod-spec rules do (security, resources, probe consistency, images, environment, priority class); rules about the
 * owning controller, and the liveness and readiness probe rules, do not. The list is in that method's Javadoc.
 *
 * <p><b>Isolation.</b> A rule that throws anyway does not end the run: the validator judges its block again object by
 * object and reports one {@link RuleFailure#ID} finding on each object the rule failed on; every other rule and
 * object is judged. {@code berth lint} exits 3 (an internal problem) when that happens.
 *
 * <p>Rules must be stateless and thread-safe: a validator runs rules in parallel, each with its own context. A rule
 * declared {@linkplain RuleInfo.Builder#objectByObject() object by object} is called once per block of a large
 * manifest, so it builds any table over the whole set through {@link RuleContext#once}, not in {@code check}.
 */
public abstract class Rule {

    private final RuleInfo info;
    private volatile String pack = "";

    /**
     * @param info the rule's metadata
     */
    protected Rule(RuleInfo info) {
        this.info = info;
    }

    /** @return the rule's metadata */
    public final RuleInfo info() {
        return info;
    }

    /** @return the rule's id */
    public final String id() {
        return info.id();
    }

    /**
     * Judges the manifest in the context and reports what is wrong.
     *
     * @param context the manifest, the rule's settings and the way to report
     */
    public abstract void check(RuleContext context);

    /**
     * The pack the rule was loaded from, which a {@link RuleFailure#ID} finding names.
     *
     * <pre>{@code
     * RulePacks.load(List.of(Path.of("acme-rules.jar"))).all().rule("acme.team-label").get().pack();
     * // "acme-rules.jar"
     * }</pre>
     *
     * @return {@value RulePacks#BUILT_IN} for Berth's own rules, the file name of the jar (or class folder) of a
     *         pack's rule, and empty for a rule that no pack gave (made by hand and put in a {@link RuleSet})
     */
    public final String pack() {
        return pack;
    }

    /** @param name the pack the rule came from, as {@link RulePacks} names it */
    final void loadedFrom(String name) {
        this.pack = name == null ? "" : name;
    }

    @Override
    public String toString() {
        return info.id();
    }
}
