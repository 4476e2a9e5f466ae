package dev.berth.validation;

import dev.berth.core.Compatibility;
import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.shape.Shaped;
import dev.berth.core.shape.Shapes;
import dev.berth.core.workload.PodLabels;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

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
 *
 * <p>A large manifest is judged a block of objects at a time ({@value #DEFAULT_BLOCK_SIZE} objects by default): every
 * rule declared {@linkplain RuleInfo.Builder#objectByObject() object by object} judges one block before the next is
 * taken, so the block's objects are read from the processor's cache rather than from memory once per rule. Judging
 * 100,000 objects then costs per object what judging 10,000 does. The other rules see the whole manifest in one pass.
 * Blocks change neither the findings nor their order.
 */
public final class Validator {

    /** How many consecutive objects a block holds unless {@link #inBlocksOf(int)} says otherwise. */
    public static final int DEFAULT_BLOCK_SIZE = 512;

    private final RuleSet ruleSet;
    private final Severity failAt;
    private final boolean parallel;
    private final int blockSize;
    private final BiConsumer<Finding, Throwable> failures;

    private Validator(RuleSet ruleSet, Severity failAt, boolean parallel, int blockSize,
            BiConsumer<Finding, Throwable> failures) {
        Compatibility.require();
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.failAt = failAt;
        this.parallel = parallel;
        this.blockSize = blockSize;
        this.failures = failures;
    }

    /**
     * @param ruleSet the rules to run
     * @return a validator that runs them in parallel and, in {@link #check}, fails on any finding
     */
    public static Validator of(RuleSet ruleSet) {
        return new Validator(ruleSet, Severity.INFO, true, DEFAULT_BLOCK_SIZE, (f, e) -> { });
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
        return new Validator(ruleSet, severity, parallel, blockSize, failures);
    }

    /**
     * @param on whether rules run in parallel. Default: true
     * @return a copy with that choice
     */
    public Validator parallel(boolean on) {
        return new Validator(ruleSet, failAt, on, blockSize, failures);
    }

    /**
     * @param objects how many consecutive objects a block holds when rules judge a large manifest block by block
     *        (see the class comment); 1 judges every object on its own, which tests use to show blocks change
     *        nothing. Default: {@value #DEFAULT_BLOCK_SIZE}
     * @return a copy with that block size
     * @throws IllegalArgumentException when {@code objects} is below 1
     */
    public Validator inBlocksOf(int objects) {
        if (objects < 1) {
            throw new IllegalArgumentException("a block holds at least 1 object, was " + objects);
        }
        return new Validator(ruleSet, failAt, parallel, objects, failures);
    }

    /**
     * @param listener told of each rule failure (the {@value RuleFailure#ID} finding and what the rule threw), from
     *        whichever thread judged it, for a stack trace in a debug log; a failure that stands for a whole block may
     *        be told once per block. Default: nobody is told
     * @return a copy that tells the listener
     */
    public Validator reportingFailuresTo(BiConsumer<Finding, Throwable> listener) {
        return new Validator(ruleSet, failAt, parallel, blockSize, Objects.requireNonNull(listener, "listener"));
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
        return evaluate(manifest, null);
    }

    /**
     * Judges one part of a set too large to hold at once (see {@link dev.berth.validation.parts.PartedReport}): the
     * part's rules also see the pod labels of the whole set, so a finding that depends on other namespaces' pods (a
     * Service that selects them, not its own namespace's) is the same as when the whole set is judged.
     *
     * <pre>{@code
     * PodLabels wholeSet = PodLabels.of(wholeManifest);      // or collected while the set is first read
     * Report partReport = validator.evaluate(part, wholeSet);
     * }</pre>
     *
     * @param manifest the objects to judge: a part of whole namespaces of a set
     * @param wholeSet the pod labels of the whole set's workloads; null to take them from {@code manifest} (which is
     *        then the whole set, as {@link #evaluate(Manifest)} does)
     * @return the findings, in a deterministic order
     */
    public Report evaluate(Manifest manifest, PodLabels wholeSet) {
        Shaped shaped = Shapes.of(manifest);
        List<Rule> rules = ruleSet.rules();
        Unjudged unjudged = Unjudged.of(rules);
        // Rules judge the objects Shapes made walkable; schema rules also see those kept from the others.
        Scope judged = new Scope(shaped.judged(), shaped, new Tables(unjudged, manifest, wholeSet));
        Scope complete = shaped.complete() == shaped.judged() ? judged
                : new Scope(shaped.complete(), shaped, new Tables(unjudged, manifest, wholeSet));
        judged.manifest.references();
        Scope[] scopes = new Scope[rules.size()];
        List<Integer> passRules = new ArrayList<>();
        Map<Scope, List<Integer>> blockRules = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            scopes[r] = rules.get(r).info().category() == Category.SCHEMA ? complete : judged;
            if (rules.get(r).info().objectByObject()) {
                blockRules.computeIfAbsent(scopes[r], s -> new ArrayList<>()).add(r);
            } else {
                passRules.add(r);
            }
        }
        // One task per whole-manifest rule, then one per block of each scope (every object-by-object rule of the
        // scope, in turn, on it). Never the whole manifest's block for those: a cut block keeps views for its rules.
        RuleContext[][] contexts = new RuleContext[rules.size()][];
        for (int r : passRules) {
            contexts[r] = new RuleContext[1];
        }
        List<Runnable> tasks = new ArrayList<>();
        for (int r : passRules) {
            tasks.add(() -> contexts[r][0] = run(rules.get(r), scopes[r], scopes[r].whole));
        }
        blockRules.forEach((scope, ofScope) -> {
            List<Block> blocks = Block.cut(scope.manifest, scope.byShape, blockSize);
            for (int r : ofScope) {
                contexts[r] = new RuleContext[blocks.size()];
            }
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                int at = b;
                tasks.add(() -> {
                    for (int r : ofScope) {
                        contexts[r][at] = run(rules.get(r), scope, block);
                    }
                });
            }
        });
        if (parallel) {
            runInParallel(tasks.size(), t -> tasks.get(t).run());
        } else {
            tasks.forEach(Runnable::run);
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        Set<Finding> failures = new HashSet<>();
        for (RuleContext[] ofRule : contexts) {
            for (RuleContext context : ofRule) {
                for (Finding finding : context.findings()) {
                    if (!finding.ruleId().equals(RuleFailure.ID) || failures.add(finding)) {
                        findings.add(finding);
                    }
                }
                suppressed.addAll(context.suppressed());
            }
        }
        Comparator<Finding> byPlace = Comparator
                .comparingInt((Finding f) -> place(manifest, f.object()))
                .thenComparing(Finding::object)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::fieldPath)
                .thenComparing(Finding::message);
        findings.sort(byPlace);
        suppressed.sort(byPlace);
        // Identical findings (the same object twice in the set, at the same place) are reported once, with a count.
        Map<Finding, Integer> times = new LinkedHashMap<>();
        findings.forEach(finding -> times.merge(finding, 1, Integer::sum));
        Map<String, RuleInfo> ran = new HashMap<>();
        rules.forEach(rule -> ran.put(rule.id(), rule.info()));
        if (!failures.isEmpty()) {
            ran.put(RuleFailure.ID, RuleFailure.INFO);
        }
        List<ObjectRef> notJudged = unjudged.objects(complete.manifest,
                Unjudged.referenced(judged.tables, judged.manifest), shaped);
        return new Report(ruleSet.name(), manifest.size(), ran, new ArrayList<>(times.keySet()), suppressed,
                notJudged, unjudged.byShape(shaped)).withTimes(times);
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
     * Runs the tasks on this thread and the common pool's, each thread taking the next task as it finishes one, so
     * that no thread is left running a fixed share alone at the end (as a parallel stream's split of the tasks did).
     */
    private static void runInParallel(int tasks, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                task.accept(t);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = Math.min(ForkJoinPool.getCommonPoolParallelism(), tasks - 1); h > 0; h--) {
            helpers.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        helpers.forEach(ForkJoinTask::join);
    }

    private RuleContext run(Rule rule, Scope scope, Block block) {
        RuleContext context = context(rule, scope, block);
        try {
            rule.check(context);
            return context;
        } catch (RuntimeException | Error e) {
            if (!RuleFailure.isolable(e)) {
                throw e;
            }
            return recover(rule, scope, block, e);
        }
    }

    /**
     * Judges a block again after its rule threw: object by object, so that the objects the rule can judge keep their
     * findings and each object it fails on gets one {@value RuleFailure#ID} finding. A rule that sees the whole
     * manifest cannot be judged object by object; its failure is put on the first object that fails it alone, else
     * on the manifest's first object. A failed lookup table fails every object alike: one finding on the manifest's
     * first object stands for it (the validator keeps one of identical failures).
     */
    private RuleContext recover(Rule rule, Scope scope, Block block, Throwable failure) {
        Manifest manifest = scope.manifest;
        RuleContext recovered = context(rule, scope, block);
        if (failure instanceof Tables.Failed || block.objects().size() == 1) {
            HasMetadata at = failure instanceof Tables.Failed ? manifest.objects().get(0) : block.objects().get(0);
            Throwable cause = failure instanceof Tables.Failed failed ? failed.getCause() : failure;
            failures.accept(recovered.failed(at, cause), cause);
            return recovered;
        }
        if (block.isWhole()) {
            failures.accept(recovered.failed(culprit(rule, scope).orElse(manifest.objects().get(0)), failure), failure);
            return recovered;
        }
        for (Block single : block.singles(manifest)) {
            recovered.absorb(run(rule, scope, single));
        }
        return recovered;
    }

    /** @return the first object that fails the rule when judged alone, as a manifest of one */
    private Optional<HasMetadata> culprit(Rule rule, Scope scope) {
        for (HasMetadata object : scope.manifest.objects()) {
            Scope alone = new Scope(Manifest.builder().add(object, scope.manifest.sourceOf(object).orElse(null))
                    .build(), scope.shaped, new Tables(scope.tables.unjudged(), scope.tables.read(),
                    scope.tables.wholeSet()));
            RuleContext context = context(rule, alone, alone.whole);
            try {
                rule.check(context);
            } catch (RuntimeException | Error e) {
                if (!RuleFailure.isolable(e)) {
                    throw e;
                }
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    private RuleContext context(Rule rule, Scope scope, Block block) {
        return new RuleContext(scope.manifest, scope.shaped, block, scope.tables, rule, ruleSet.severityOf(rule),
                ruleSet.parametersOf(rule));
    }

    /** The objects a group of rules judges, with the lookup tables built over them once per run. */
    private static final class Scope {
        final Manifest manifest;
        final Shaped shaped;
        final Block whole;
        final Tables tables;
        /** The pod templates found by shape in this scope's objects, in order. */
        final List<Workload> byShape;

        Scope(Manifest manifest, Shaped shaped, Tables tables) {
            this.manifest = manifest;
            this.shaped = shaped;
            this.byShape = manifest == shaped.judged() || manifest == shaped.complete()
                    ? shaped.podTemplatesByShape()
                    : shaped.podTemplatesByShape().stream()
                            .filter(w -> manifest.objects().stream().anyMatch(o -> o == w.owner())).toList();
            this.whole = Block.whole(manifest, byShape);
            this.tables = tables;
        }
    }

    private static int place(Manifest manifest, ObjectRef ref) {
        int position = manifest.positionOf(ref);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
