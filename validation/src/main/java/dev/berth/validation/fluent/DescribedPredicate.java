package dev.berth.validation.fluent;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A predicate with a description that reads on in the rule's description, as ArchUnit's {@code DescribedPredicate}:
 * a platform team's own selector for fluent rules.
 *
 * <pre>{@code
 * DescribedPredicate<Workload> exposed = DescribedPredicate.describe("are public",
 *         w -> "public".equals(w.podLabels().get("exposure")));
 * Rules.workloads().that(exposed).should().haveReplicasAtLeast(2);
 * // "workloads that are public should have at least 2 replicas"
 * }</pre>
 *
 * @param <T> what it tests, such as {@link dev.berth.core.workload.Workload}
 */
public final class DescribedPredicate<T> implements Predicate<T> {

    private final String description;
    private final Predicate<? super T> test;

    private DescribedPredicate(String description, Predicate<? super T> test) {
        this.description = description;
        this.test = test;
    }

    /**
     * @param description how it reads after "workloads that", such as {@code are public}
     * @param test the test
     * @param <T> what it tests
     * @return the predicate
     * @throws IllegalArgumentException when the description is blank: it is what the rule's description and its
     *         findings say
     */
    public static <T> DescribedPredicate<T> describe(String description, Predicate<? super T> test) {
        Objects.requireNonNull(test, "test");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a predicate needs a description that reads on after \"workloads "
                    + "that\", such as \"are public\"; was " + (description == null ? "null" : "blank"));
        }
        return new DescribedPredicate<>(description.strip(), test);
    }

    /** @return how it reads, such as {@code are public} */
    public String description() {
        return description;
    }

    @Override
    public boolean test(T value) {
        return test.test(value);
    }

    /**
     * @param other another predicate
     * @return both must hold; reads "{@code this} and {@code other}"
     */
    public DescribedPredicate<T> and(DescribedPredicate<? super T> other) {
        return new DescribedPredicate<>(description + " and " + other.description, v -> test(v) && other.test(v));
    }

    /**
     * @param other another predicate
     * @return either may hold; reads "{@code this} or {@code other}"
     */
    public DescribedPredicate<T> or(DescribedPredicate<? super T> other) {
        return new DescribedPredicate<>(description + " or " + other.description, v -> test(v) || other.test(v));
    }

    /**
     * @param description how the negation reads, such as {@code are internal}: English negates a phrase better by
     *        hand than by a prefix
     * @return the opposite test
     */
    public DescribedPredicate<T> negate(String description) {
        return describe(description, v -> !test(v));
    }

    @Override
    public String toString() {
        return description;
    }
}
