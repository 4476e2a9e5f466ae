package dev.berth.core.values;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a value parser gives: the value, or a problem in words. A parser in this package never throws, whatever the
 * text; it returns a {@code Parsed} with the problem instead.
 *
 * <p>A problem is one phrase without a trailing period and without the field path: what was found, what was expected
 * and, when it does, that the value looks like a placeholder. The caller puts the path in front:
 *
 * <pre>{@code
 * Parsed<BigDecimal> storage = Quantities.parse("FILESTORE_CAPACITY");
 * storage.isValid();   // false
 * storage.problem();   // Optional["FILESTORE_CAPACITY is not a quantity; it looks like a placeholder ..."]
 * Quantities.parse("1Gi").value(); // Optional[1073741824]
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Parsed<T> {

    private final T value;
    private final String problem;

    private Parsed(T value, String problem) {
        this.value = value;
        this.problem = problem;
    }

    /**
     * @param value the value read
     * @param <T> its type
     * @return a valid result holding it
     */
    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    /**
     * @param problem what is wrong, as one phrase without a trailing period
     * @param <T> the type the value would have had
     * @return an invalid result
     */
    public static <T> Parsed<T> problem(String problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem, "problem"));
    }

    /** @return true when the text was read */
    public boolean isValid() {
        return problem == null;
    }

    /** @return the value, or empty when the text was not read */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * @param fallback what to use when the text was not read
     * @return the value, or the fallback
     */
    public T orElse(T fallback) {
        return problem == null ? value : fallback;
    }

    /** @return what is wrong, or empty when the text was read */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * @param mapper turns the value into another
     * @param <U> the other type
     * @return the mapped value, or the same problem
     */
    public <U> Parsed<U> map(Function<? super T, ? extends U> mapper) {
        return problem == null ? Parsed.of(mapper.apply(value)) : Parsed.problem(problem);
    }

    @Override
    public String toString() {
        return problem == null ? "Parsed[" + value + "]" : "Parsed[problem: " + problem + "]";
    }
}
