package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a rule set over a manifest. Two doors: {@link #evaluate} returns a {@link Report}; {@link #check} throws an
 * {@link AssertionError} with the report's text, for tests.
 *
 * <pre>{@code
 * Report report = Validator.of(RuleSets.recommended()).evaluate(manifest);
 * Validator.of(RuleSets.recommended()).failingAt(Severity.MEDIUM).check(manifest);   // in a JUnit test
 * }</pre>
 *
 * <p>The manifest's indexes and references are built once per run; rules run in parallel; the report's order is
 * deterministic: by the object's place in the manifest, then rule id, field and message.
 */
public final class Validator {

    private final RuleSet ruleSet;
    private final Severity failAt;
    private final boolean parallel;

    private Validator(RuleSet ruleSet, Severity failAt, boolean parallel) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.failAt = failAt;
        this.parallel = parallel;
    }

    /**
     * @param ruleSet the rules to run
     * @return a validator that runs them in parallel and, in {@link #check}, fails on any finding
     */
    public static Validator of(RuleSet ruleSet) {
        return new Validator(ruleSet, Severity.INFO, true);
    }

    /** @return a validator of the {@linkplain RuleSets#recommended() recommended} rules */
    public static Validator recommended() {
        return of(RuleSets.recommended());
    }

    /**
     * @param severity the least severity that makes {@link #check} fail. Default: INFO (any finding)
     * @return a copy with that threshold
     */
    public Validator failingAt(Severity severity) {
        return new Validator(ruleSet, severity, parallel);
    }

    /**
     * @param on whether rules run in parallel. Default: true
     * @return a copy with that choice
     */
    public Validator parallel(boolean on) {
        return new Validator(ruleSet, failAt, on);
    }

    /** @return the rule set it runs */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * @param manifest the objects to judge
     * @return the findings, in a deterministic order
     */
    public Report evaluate(Manifest manifest) {
        manifest.references();
        List<Rule> rules = ruleSet.rules();
        List<RuleContext> contexts = parallel ? runInParallel(rules, manifest)
                : rules.stream().map(rule -> run(rule, manifest)).toList();
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (RuleContext context : contexts) {
            findings.addAll(context.findings());
            suppressed.addAll(context.suppressed());
        }
        Map<ObjectRef, Integer> order = order(manifest, findings, suppressed);
        Comparator<Finding> byPlace = Comparator
                .comparing((Finding f) -> order.getOrDefault(f.object(), Integer.MAX_VALUE))
                .thenComparing(Finding::object)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::fieldPath)
                .thenComparing(Finding::message);
        findings.sort(byPlace);
        suppressed.sort(byPlace);
        Map<String, RuleInfo> ran = new HashMap<>();
        rules.forEach(rule -> ran.put(rule.id(), rule.info()));
        return new Report(ruleSet.name(), manifest.size(), ran, findings, suppressed);
    }

    /**
     * Evaluates, and fails when a finding reaches the threshold.
     *
     * @param manifest the objects to judge
     * @throws AssertionError with the text report of the findings at or above the threshold
     */
    public void check(Manifest manifest) {
        Report report = evaluate(manifest).atLeast(failAt);
        if (!report.findings().isEmpty()) {
            throw new AssertionError(report.toText());
        }
    }

    /**
     * Runs the rules on this thread and the common pool's, each thread taking the next rule as it finishes one. Rules
     * take from a millisecond to a tenth of a second; a parallel stream hands each thread a fixed share of about a
     * quarter of them, and one thread was left running its share alone at the end.
     *
     * @return the contexts, in rule order
     */
    private List<RuleContext> runInParallel(List<Rule> rules, Manifest manifest) {
        RuleContext[] contexts = new RuleContext[rules.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < contexts.length; i = next.getAndIncrement()) {
                contexts[i] = run(rules.get(i), manifest);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = Math.min(ForkJoinPool.getCommonPoolParallelism(), rules.size() - 1); h > 0; h--) {
            helpers.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        helpers.forEach(ForkJoinTask::join);
        return Arrays.asList(contexts);
    }

    private RuleContext run(Rule rule, Manifest manifest) {
        RuleContext context = new RuleContext(manifest, rule, ruleSet.severityOf(rule), ruleSet.parametersOf(rule));
        rule.check(context);
        return context;
    }

    /**
     * The place of each finding's object: the number of distinct objects before the first object with its reference.
     * Only the findings' references are looked up (in the manifest's index), not every object's.
     */
    private static Map<ObjectRef, Integer> order(Manifest manifest, List<Finding> findings, List<Finding> suppressed) {
        IdentityHashMap<HasMetadata, Integer> places = new IdentityHashMap<>(manifest.size());
        int index = 0;
        for (HasMetadata object : manifest) {
            if (!places.containsKey(object)) {
                places.put(object, index++);
            }
        }
        Map<ObjectRef, Integer> order = new HashMap<>();
        for (List<Finding> list : List.of(findings, suppressed)) {
            for (Finding finding : list) {
                order.computeIfAbsent(finding.object(), ref -> manifest.find(ref).map(places::get).orElse(null));
            }
        }
        return order;
    }
}
