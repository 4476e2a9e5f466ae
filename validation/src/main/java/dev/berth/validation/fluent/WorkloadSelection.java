package dev.berth.validation.fluent;

import dev.berth.core.KnownKinds;
import dev.berth.core.state.Datastores;
import dev.berth.core.text.Patterns;
import dev.berth.core.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which workloads a fluent rule judges: every selector narrows the selection, and all must hold. Immutable: every
 * method returns a new selection.
 *
 * <pre>{@code
 * Rules.workloads().that().areOfKind("StatefulSet").and().areInNamespace("shop").should().haveADisruptionBudget();
 * }</pre>
 */
public final class WorkloadSelection {

    static final WorkloadSelection ALL = new WorkloadSelection(List.of(), Set.of());

    private final List<Selector> selectors;
    private final Set<String> kinds;

    private WorkloadSelection(List<Selector> selectors, Set<String> kinds) {
        this.selectors = selectors;
        this.kinds = kinds;
    }

    /** One selector: how it reads, and which workloads pass it. */
    record Selector(String description, Predicate<Workload> test) {
    }

    /** @return this selection; reads as "workloads that ..." */
    public WorkloadSelection that() {
        return this;
    }

    /** @return this selection; reads as "... and ..." */
    public WorkloadSelection and() {
        return this;
    }

    /**
     * Narrows the selection by a predicate of one's own, as ArchUnit's {@code that(DescribedPredicate)}.
     *
     * <pre>{@code
     * DescribedPredicate<Workload> exposed = DescribedPredicate.describe("are public",
     *         w -> "public".equals(w.podLabels().get("exposure")));
     * Rules.workloads().that(exposed).should().haveReplicasAtLeast(2);
     * // "workloads that are public should have at least 2 replicas"
     * }</pre>
     *
     * @param predicate the predicate; its description reads on after "workloads that"
     * @return the workloads it accepts
     */
    public WorkloadSelection that(DescribedPredicate<? super Workload> predicate) {
        return with(new Selector(predicate.description(), predicate::test), kinds);
    }

    /**
     * @param predicate a predicate of one's own; its description reads on after "and"
     * @return the workloads it accepts, among those selected so far
     */
    public WorkloadSelection and(DescribedPredicate<? super Workload> predicate) {
        return that(predicate);
    }

    /**
     * @param values kinds such as {@code Deployment} or {@code StatefulSet}
     * @return the workloads of one of those kinds
     * @throws IllegalArgumentException for a kind Kubernetes does not know, naming the nearest one (see
     *         {@link KnownKinds#require(String)})
     */
    public WorkloadSelection areOfKind(String... values) {
        Set<String> only = new LinkedHashSet<>();
        for (String value : values) {
            only.add(KnownKinds.require(value));
        }
        return with(new Selector("are of kind " + String.join(" or ", values), w -> only.contains(w.kind())), only);
    }

    /**
     * @param namespace an effective namespace ({@code default} for objects that name none)
     * @return the workloads in it
     */
    public WorkloadSelection areInNamespace(String namespace) {
        return with(new Selector("are in namespace " + namespace, w -> w.namespace().equals(namespace)), kinds);
    }

    /**
     * @param key a label key
     * @param value its value
     * @return the workloads whose object or pod template has that label
     */
    public WorkloadSelection haveLabel(String key, String value) {
        return with(new Selector("have label " + key + "=" + value,
                w -> value.equals(labels(w).get(key)) || value.equals(w.podLabels().get(key))), kinds);
    }

    /**
     * @param regex a regular expression the whole name must match
     * @return the workloads whose name matches it
     */
    public WorkloadSelection haveNameMatching(String regex) {
        Pattern pattern = Patterns.compileCallers(regex);
        return with(new Selector("have a name matching '" + regex + "'", w -> pattern.matcher(w.name()).matches()),
                kinds);
    }

    /** @return the workloads with a container running an image core's datastore catalogue recognises */
    public WorkloadSelection runADatastore() {
        return with(new Selector("run a datastore", w -> w.containers().stream()
                .anyMatch(c -> Datastores.recognise(c.getImage()).isPresent())), kinds);
    }

    /** @return the conditions the selected workloads should meet */
    public Conditions should() {
        return new Conditions(this, List.of());
    }

    boolean selects(Workload workload) {
        for (Selector selector : selectors) {
            if (!selector.test().test(workload)) {
                return false;
            }
        }
        return true;
    }

    Set<String> kinds() {
        return kinds;
    }

    String description() {
        StringBuilder out = new StringBuilder("workloads");
        for (int i = 0; i < selectors.size(); i++) {
            out.append(i == 0 ? " that " : " and ").append(selectors.get(i).description());
        }
        return out.toString();
    }

    private WorkloadSelection with(Selector selector, Set<String> newKinds) {
        List<Selector> more = new ArrayList<>(selectors);
        more.add(selector);
        return new WorkloadSelection(List.copyOf(more), newKinds);
    }

    private static Map<String, String> labels(Workload w) {
        Map<String, String> labels = w.owner().getMetadata() == null ? null : w.owner().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }
}
