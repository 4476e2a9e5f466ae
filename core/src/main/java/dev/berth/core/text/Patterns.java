package dev.berth.core.text;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The one door through which Berth's own code compiles regular expressions, so that every one of them can be found
 * and held to linear time: a test loads each class that calls {@link #compile(String)}, takes {@link #compiled()} and
 * runs every pattern against long adversarial inputs (runs of letters, digits, {@code a:}, {@code /}, spaces and the
 * pattern's own literals), failing when 1 MB takes more than six times as long as 256 KB. A house rule forbids
 * {@link Pattern#compile(String)}, {@link String#matches(String)}, {@link String#replaceAll(String, String)} and
 * their kin anywhere else in Berth's main code, and allows {@link #compile(String)} only in a static initializer, so
 * that loading a class registers all of its patterns.
 *
 * <pre>{@code
 * private static final Pattern DNS_LABEL = Patterns.compile("[a-z0-9](?:[-a-z0-9]*[a-z0-9])?");
 * }</pre>
 *
 * <p>A pattern searched for with {@link java.util.regex.Matcher#find()} is where quadratic time hides: the engine
 * retries at every start position, so a pattern that scans a run before failing scans it again from each of its
 * characters. Anchor such a search on a literal found first (see {@code SecretPatterns}), or keep each attempt
 * local, for instance with a look-behind that lets only the first character of a run start an attempt.
 */
public final class Patterns {

    private static final List<Pattern> COMPILED = new CopyOnWriteArrayList<>();

    /**
     * One or more whitespace characters, to split words on: {@code Patterns.WHITESPACE.split(text.trim())}.
     */
    public static final Pattern WHITESPACE = compile("\\s+");

    private Patterns() {
    }

    /**
     * Compiles a regular expression of Berth's own and records it for the linearity test. Call it only to initialise
     * a {@code static final} field.
     *
     * @param regex a regular expression, in {@link Pattern}'s syntax
     * @return the compiled pattern, with no flags
     */
    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /**
     * Compiles a regular expression of Berth's own with flags, and records it for the linearity test. Call it only
     * to initialise a {@code static final} field.
     *
     * <pre>{@code
     * private static final Pattern WORD = Patterns.compile("yes|no", Pattern.CASE_INSENSITIVE);
     * }</pre>
     *
     * @param regex a regular expression, in {@link Pattern}'s syntax
     * @param flags {@link Pattern}'s match flags, such as {@link Pattern#CASE_INSENSITIVE}
     * @return the compiled pattern
     */
    public static Pattern compile(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        COMPILED.add(pattern);
        return pattern;
    }

    /**
     * Compiles a regular expression that the whole text must match, and records it for the linearity test. The
     * pattern is wrapped in {@code \A(?:...)\z}, so {@code matcher(text).matches()} and {@code find()} give the
     * same answer, and a search can start only at the first character: a shape such as {@code [0-9]+%}, which a
     * search would retry from every digit of a long run, is tried once. Call it only to initialise a
     * {@code static final} field.
     *
     * <pre>{@code
     * private static final Pattern PERCENT = Patterns.whole("[0-9]+%");
     * PERCENT.matcher("25%").matches(); // true
     * }</pre>
     *
     * @param regex a regular expression, in {@link Pattern}'s syntax, without anchors of its own
     * @return the compiled pattern, with no flags; its groups are numbered as in {@code regex}
     */
    public static Pattern whole(String regex) {
        return compile("\\A(?:" + regex + ")\\z", 0);
    }

    /**
     * Compiles a regular expression that a user of Berth's API wrote (a name filter in a fluent rule, for example).
     * It is not recorded: its author, not Berth, answers for how it backtracks.
     *
     * @param regex the caller's regular expression
     * @return the compiled pattern
     * @throws java.util.regex.PatternSyntaxException when the expression is not valid
     */
    public static Pattern compileCallers(String regex) {
        return Pattern.compile(Objects.requireNonNull(regex, "regex"));
    }

    /**
     * @return every pattern {@link #compile(String)} has compiled so far in this JVM, in the order compiled; the
     *         patterns of a class appear once the class is initialised
     */
    public static List<Pattern> compiled() {
        return List.copyOf(COMPILED);
    }
}
