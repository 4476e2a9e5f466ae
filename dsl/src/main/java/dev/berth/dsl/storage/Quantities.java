package dev.berth.dsl.storage;

import dev.berth.core.text.Patterns;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.regex.Pattern;

/**
 * Typed Kubernetes quantities: sizes and CPU amounts, checked when made.
 *
 * <pre>{@code
 * Quantity size = Quantities.gi(20);        // 20Gi
 * Quantity mem = Quantities.mi(512);        // 512Mi
 * Quantity cpu = Quantities.millicores(250); // 250m
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/">Quantity</a>.
 */
public final class Quantities {

    private static final Pattern QUANTITY =
            Patterns.whole("[0-9]+(\\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|e[0-9]+)?");

    private Quantities() {
    }

    /**
     * Gibibytes.
     *
     * <pre>{@code
     * Quantities.gi(20); // 20Gi
     * }</pre>
     *
     * @param amount a positive amount
     * @return {@code <amount>Gi}
     * @throws IllegalArgumentException when the amount is not positive
     */
    public static Quantity gi(int amount) {
        return new Quantity(String.valueOf(positive("Gi", amount)), "Gi");
    }

    /**
     * Mebibytes.
     *
     * <pre>{@code
     * Quantities.mi(512); // 512Mi
     * }</pre>
     *
     * @param amount a positive amount
     * @return {@code <amount>Mi}
     * @throws IllegalArgumentException when the amount is not positive
     */
    public static Quantity mi(int amount) {
        return new Quantity(String.valueOf(positive("Mi", amount)), "Mi");
    }

    /**
     * Thousandths of a CPU core.
     *
     * <pre>{@code
     * Quantities.millicores(250); // 250m
     * }</pre>
     *
     * @param amount a positive amount
     * @return {@code <amount>m}
     * @throws IllegalArgumentException when the amount is not positive
     */
    public static Quantity millicores(int amount) {
        return new Quantity(String.valueOf(positive("millicores", amount)), "m");
    }

    /**
     * A quantity from its text, checked.
     *
     * <pre>{@code
     * Quantities.of("1.5Gi");
     * }</pre>
     *
     * @param text such as {@code 1.5Gi}, {@code 250m}, {@code 2}
     * @return the quantity
     * @throws IllegalArgumentException naming the text when it is not a quantity
     */
    public static Quantity of(String text) {
        return parse("quantity", text);
    }

    static Quantity parse(String what, String text) {
        if (text == null || !QUANTITY.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " must be a Kubernetes quantity such as 250m or 1Gi, was "
                    + (text == null ? "null" : "\"" + text + "\""));
        }
        return new Quantity(text);
    }

    /** Refuses a size of zero or less (a claim of that size can never bind), and text that is no quantity. */
    static void requirePositive(String what, Quantity size) {
        boolean positive;
        try {
            positive = size.getNumericalAmount().signum() > 0;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException(what + " needs a size such as 10Gi, was \"" + size + "\"");
        }
        if (!positive) {
            throw new IllegalArgumentException(what + " needs a size above zero, was " + size);
        }
    }

    private static int positive(String unit, int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException(unit + " amount must be > 0, was " + amount);
        }
        return amount;
    }
}
