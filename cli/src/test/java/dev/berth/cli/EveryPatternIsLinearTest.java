package dev.berth.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.core.text.Patterns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 1: "No regular expression in any rule, the reader or the CLI may backtrack super-linearly on any
 * input. [...] Pin it with one test that runs <b>every</b> {@code Pattern} the production code compiles (find them by
 * reflection or by a registry, not by a hand list) against adversarial inputs (long runs of letters, digits,
 * {@code a:}, {@code /}, spaces, each shape's prefix repeated) of 256 KB and 1 MB and asserts the ratio stays under
 * 6x".
 *
 * <p>Every pattern of the main code of core, dsl, validation, cli and assertj goes through {@link Patterns}, which
 * records it; the house rules below hold that (no other way to compile or run a regular expression, compiled only in
 * static initializers), so loading each class that compiles one fills the registry with all of them.
 */
class EveryPatternIsLinearTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // core's test jar (TestJars)
            .importPackages("dev.berth");
    private static final List<String> MODULES = List.of("core", "dsl", "validation", "cli", "assertj", "charts");

    /** Input sizes of the issue: the time on the larger may be at most {@link #RATIO} times that on the smaller. */
    private static final int SMALL = 256 * 1024;
    private static final int LARGE = 1024 * 1024;
    private static final double RATIO = 6;
    /**
     * Timer and scheduling noise on runs of a millisecond or less: a time under this many CPU nanoseconds passes
     * whatever the ratio. A quadratic pattern spends minutes on 1 MB, an exponential one forever.
     */
    private static final long NOISE_NANOS = 200_000_000;
    /** A first, 16 KB run: a linear pattern needs well under a millisecond; this stops one that would never end. */
    private static final long FIRST_RUN_NANOS = 1_000_000_000;

    private static final List<String> GENERIC_UNITS = List.of("a", "Z", "0", "a:", "/", " ", "\t", "-", ".", "_",
            "a-", "a.", "a/", "0.", ":/", "@", "aA", "a,", "\\");

    @Test
    void the_main_code_of_every_module_is_inspected() {
        // GIVEN the classes imported from the class path, tests left out
        // WHEN their packages are listed
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2) {
                modules.add(parts[2]);
            }
        }
        // THEN each main module is there, so a pattern in any of them is found
        assertThat(modules).containsAll(MODULES);
    }

    @Test
    void no_main_code_compiles_or_runs_a_regular_expression_except_through_patterns() {
        noClasses().that().doNotHaveFullyQualifiedName(Patterns.class.getName())
                .should().callMethod(Pattern.class, "compile", String.class)
                .orShould().callMethod(Pattern.class, "compile", String.class, int.class)
                .orShould().callMethod(Pattern.class, "matches", String.class, CharSequence.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .because("every regular expression goes through dev.berth.core.text.Patterns, which the linearity "
                        + "test runs; write a static final field Patterns.compile(...) or Patterns.whole(...)")
                .check(MAIN);
    }

    @Test
    void patterns_are_compiled_only_in_static_initializers() {
        // GIVEN every call to the registry from outside it
        List<String> elsewhere = new ArrayList<>();
        for (JavaMethodCall call : registryCalls()) {
            // THEN it initialises a static field, so loading the class registers the pattern
            if (!(call.getOrigin() instanceof JavaStaticInitializer)) {
                elsewhere.add(call.getDescription());
            }
        }
        assertThat(elsewhere).as("Patterns.compile/whole called outside a static initializer").isEmpty();
        assertThat(registryCalls()).hasSizeGreaterThan(20);
    }

    @Test
    void every_string_split_takes_a_one_character_literal() {
        // GIVEN every call of String.split in the main code (the JDK splits on one plain character, or a backslash
        // and a punctuation character, without a regular expression)
        List<String> sites = new ArrayList<>();
        List<String> regexes = new ArrayList<>();
        for (JavaClass c : MAIN) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(String.class) && call.getName().equals("split")) {
                    String literal = splitLiteral(c, call.getLineNumber());
                    sites.add(c.getSimpleName() + ":" + call.getLineNumber() + " " + literal);
                    if (literal == null || !isFastPath(literal)) {
                        regexes.add(call.getDescription() + " splits on " + (literal == null ? "no literal" : '"'
                                + literal + '"'));
                    }
                }
            }
        }
        // THEN each is the JDK's fast path; a pattern goes through Patterns (Patterns.WHITESPACE.split(text))
        assertThat(regexes).isEmpty();
        assertThat(sites).as("String.split call sites counted").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void every_registered_pattern_runs_in_linear_time_on_adversarial_input() throws Exception {
        // GIVEN every class that compiles a pattern, initialised, and so every pattern of the main code registered
        Set<String> owners = new TreeSet<>();
        for (JavaMethodCall call : registryCalls()) {
            owners.add(call.getOriginOwner().getName());
        }
        for (String owner : owners) {
            Class.forName(owner, true, getClass().getClassLoader());
        }
        List<Pattern> patterns = Patterns.compiled();
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(registryCalls().size());

        // WHEN each runs (a search for every match, and a whole-input match) on long runs of each unit, on a thread
        // whose stack is deep enough for the engine's recursion on repeated groups: time is what is measured here
        List<String> slow = new ArrayList<>();
        Thread prober = new Thread(null, () -> {
            for (Pattern pattern : patterns) {
                for (String unit : units(pattern)) {
                    for (String before : List.of("", "!")) {
                        String problem = probe(pattern, before, unit);
                        if (problem != null) {
                            slow.add(problem);
                        }
                    }
                }
            }
        }, "pattern-prober", 1L << 30);
        prober.start();
        prober.join();

        // THEN none takes more than 6 times as long on 1 MB as on 256 KB
        assertThat(slow).as("patterns slower than linear (%d patterns probed)", patterns.size()).isEmpty();
    }

    private static List<JavaMethodCall> registryCalls() {
        List<JavaMethodCall> calls = new ArrayList<>();
        for (JavaClass c : MAIN) {
            if (c.isEquivalentTo(Patterns.class)) {
                continue;
            }
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(Patterns.class)
                        && (call.getName().equals("compile") || call.getName().equals("whole"))) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }

    /**
     * Runs a pattern on 16 KB, 256 KB and 1 MB of a unit repeated and then a character that ends most shapes, each
     * run stopped once it has taken far longer than a linear pattern would (a run that stops is slower than linear).
     * With {@code before} ("!"), the run starts after the first character, where {@code ^-+} cannot take it whole and
     * {@code -+$} is tried from each of its characters.
     *
     * @return what is wrong, or null when the time grows linearly
     */
    private static String probe(Pattern pattern, String before, String unit) {
        long first = timed(pattern, before + unit.repeat(16 * 1024 / unit.length()) + "!", FIRST_RUN_NANOS, 1);
        if (first < 0) {
            return describe(pattern, before, unit) + "stopped after " + millis(FIRST_RUN_NANOS) + " ms for 16 KB";
        }
        // 16 times the input: a linear pattern takes about 16 times as long, a quadratic one 256 times
        long limit = Math.max(3 * 16 * first, NOISE_NANOS);
        long small = timed(pattern, before + unit.repeat(SMALL / unit.length()) + "!", limit, 3);
        if (small < 0) {
            return describe(pattern, before, unit) + millis(first) + " ms for 16 KB, stopped after " + millis(limit)
                    + " ms for 256 KB";
        }
        limit = Math.max((long) (RATIO * small), NOISE_NANOS);
        long large = timed(pattern, before + unit.repeat(LARGE / unit.length()) + "!", limit, 3);
        return large >= 0 ? null : describe(pattern, before, unit) + millis(small) + " ms for 256 KB, stopped after "
                + millis(limit) + " ms for 1 MB (more than " + RATIO + " times)";
    }

    private static String describe(Pattern pattern, String before, String unit) {
        return "/" + pattern.pattern() + "/ on " + (before.isEmpty() ? "" : quoted(before) + " and ") + quoted(unit)
                + " repeated: ";
    }

    /**
     * Searches the text for every match, as {@code split} and {@code replaceAll} do. A search covers
     * {@code matches()} too: a pattern from {@link Patterns#whole} is anchored at both ends, and a search tries the
     * first position first.
     *
     * @return the least CPU time of up to {@code tries} runs (fewer when they are long), or -1 when a run passed
     *         the limit
     */
    private static long timed(Pattern pattern, String text, long limit, int tries) {
        long best = Long.MAX_VALUE;
        long spent = 0;
        for (int i = 0; i < tries && spent < NOISE_NANOS / 2; i++) {
            long start = cpu();
            try {
                Matcher search = pattern.matcher(new Deadline(text, start + limit));
                while (search.find()) {
                    // every match
                }
            } catch (Deadline.Passed e) {
                return -1;
            }
            long nanos = cpu() - start;
            best = Math.min(best, nanos);
            spent += nanos;
        }
        return best;
    }

    /** The generic units, and the pattern's own literals alone, after a separator and before a letter. */
    private static Set<String> units(Pattern pattern) {
        Set<String> units = new LinkedHashSet<>(GENERIC_UNITS);
        for (String literal : literals(pattern.pattern())) {
            units.add(literal);
            units.add("-" + literal);
            units.add(" " + literal);
            units.add(literal + "a");
        }
        return units;
    }

    /**
     * @return the runs of literal characters in a regular expression ({@code ://}, {@code eyJ}, {@code BEGIN}),
     *         read roughly: classes, groups, quantifiers and escapes that stand for classes end a run
     */
    static List<String> literals(String regex) {
        List<String> literals = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (depth > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == ']') {
                    depth--;
                }
                continue;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (Character.isLetterOrDigit(next)) {
                    flush(run, literals);
                } else {
                    run.append(next);
                }
            } else if (c == '[') {
                flush(run, literals);
                depth = 1;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                flush(run, literals);
                while (i + 1 < regex.length() && "?:=!<iI-".indexOf(regex.charAt(i + 1)) >= 0) {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ')') {
                    i++;
                }
            } else if ("()|?*+{}^$.".indexOf(c) >= 0) {
                flush(run, literals);
                if (c == '{') {
                    i = regex.indexOf('}', i);
                }
            } else {
                run.append(c);
            }
        }
        flush(run, literals);
        return literals;
    }

    private static void flush(StringBuilder run, List<String> literals) {
        if (!run.isEmpty()) {
            literals.add(run.toString());
            run.setLength(0);
        }
    }

    /** @return the string literal a {@code split(} on that source line takes, or null when it takes none */
    private static String splitLiteral(JavaClass c, int line) {
        String file = c.getSourceCodeLocation().getSourceFileName();
        String folder = c.getPackageName().replace('.', '/');
        for (String module : MODULES) {
            Path source = Path.of("..", module, "src/main/java", folder, file);
            if (Files.isRegularFile(source)) {
                try {
                    String text = Files.readAllLines(source).get(line - 1);
                    Matcher m = Pattern.compile("\\.split\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
                    return m.find() ? m.group(1).replace("\\\\", "\\").replace("\\n", "\n").replace("\\t", "\t")
                            : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no source for " + c.getName() + " under ../{" + String.join(",", MODULES) + "}");
    }

    /** The cases {@link String#split(String)} handles without compiling a pattern. */
    private static boolean isFastPath(String regex) {
        return regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0
                || regex.length() == 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1));
    }

    private static String quoted(String unit) {
        return "\"" + unit.replace("\t", "\\t") + "\"";
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The text, read by the matcher, that stops the run once the thread has used its CPU time. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFFF) == 0 && cpu() > deadline) {
                throw new Passed();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        /** Thrown when the time is up. */
        static final class Passed extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Passed() {
                super(null, null, false, false);
            }
        }
    }
}
