package dev.berth.core.values;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * Reads the count-or-percentage fields of budgets and rollouts ({@code minAvailable}, {@code maxUnavailable},
 * {@code maxSurge}): a whole number, or a whole percentage such as {@code 25%} ({@code ValidatePositiveIntOrPercent}).
 *
 * <pre>{@code
 * CountsOrPercents.parse(new IntOrString(2)).value();     // Optional[Amount[count=2, percent=false]]
 * CountsOrPercents.parse(new IntOrString("25%")).value(); // Optional[Amount[count=25, percent=true]]
 * CountsOrPercents.parse(new IntOrString("half")).problem(); // Optional["half is not a count or percentage ..."]
 * }</pre>
 */
public final class CountsOrPercents {

    /**
     * A count or a percentage.
     *
     * @param amount the number written
     * @param percent true when it was written with {@code %}
     */
    public record Amount(long amount, boolean percent) {
    }

    private CountsOrPercents() {
    }

    /**
     * @param value the value as written, or null
     * @return the amount, or a problem
     */
    public static Parsed<Amount> parse(IntOrString value) {
        if (value == null || (value.getIntVal() == null && value.getStrVal() == null)) {
            return Parsed.problem("no count or percentage is written");
        }
        if (value.getIntVal() != null) {
            return Parsed.of(new Amount(value.getIntVal(), false));
        }
        String text = value.getStrVal();
        if (text.length() > 1 && text.length() <= 19 && text.endsWith("%")) {
            String digits = text.substring(0, text.length() - 1);
            if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Parsed.of(new Amount(Long.parseLong(digits), true));
            }
        }
        return Parsed.problem(Placeholders.notA(Placeholders.shown(text), "a count or percentage", text, true,
                "expected a whole number such as 1, or a percentage such as 25%"));
    }

    /**
     * Reads a count or percentage where the API server refuses more than 100% (a budget's {@code minAvailable} and
     * {@code maxUnavailable}, a rollout's {@code maxUnavailable}: {@code IsNotMoreThan100Percent}).
     *
     * @param value the value as written, or null
     * @return the amount, or a problem
     */
    public static Parsed<Amount> parseUpTo100(IntOrString value) {
        Parsed<Amount> parsed = parse(value);
        if (parsed.value().filter(a -> a.percent() && a.amount() > 100).isPresent()) {
            return Parsed.problem(Placeholders.shown(value.getStrVal()) + " is above 100% (expected a percentage "
                    + "from 0% to 100%, or a whole number)");
        }
        return parsed;
    }
}
