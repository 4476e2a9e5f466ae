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
 * <p>Rules must be stateless and thread-safe: a validator runs rules in parallel, each with its own context. A rule
 * declared {@linkplain RuleInfo.Builder#objectByObject() object by object} is called once per block of a large
 * manifest, so it builds any table over the whole set through {@link RuleContext#once}, not in {@code check}.
 */
public abstract class Rule {

    private final RuleInfo info;

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

    @Override
    public String toString() {
        return info.id();
    }
}
