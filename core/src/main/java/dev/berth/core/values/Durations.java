package dev.berth.core.values;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Reads durations in Go's {@code time.ParseDuration} form, which Kubernetes uses wherever a duration is text (a
 * CronJob's {@code @every 1h30m}, and the {@code interval}, {@code timeout} and {@code duration} fields of many
 * custom resources): an optional sign, then one or more numbers (with an optional fraction) each followed by a unit,
 * {@code ns us µs ms s m h}; {@code 0} alone needs no unit. Up to about 292 years, as in Go.
 *
 * <pre>{@code
 * Durations.parse("1h30m").value();  // Optional[PT1H30M]
 * Durations.parse("1.5s").value();   // Optional[PT1.5S]
 * Durations.parse("5 min").problem(); // Optional["\"5 min\" is not a duration (expected ..."]
 * }</pre>
 */
public final class Durations {

    private static final String EXPECTED = "expected numbers with units ns, us, ms, s, m or h, such as 90s or 1h30m";
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

    private Durations() {
    }

    /**
     * @param text a duration as written, or null
     * @return the duration, or a problem
     */
    public static Parsed<Duration> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Parsed.problem("an empty value is not a duration (" + EXPECTED + ")");
        }
        BigDecimal nanos = nanos(text);
        if (nanos == null) {
            return Parsed.problem(Placeholders.notA(Placeholders.shown(text), "a duration", text, true, EXPECTED));
        }
        if (nanos.abs().compareTo(MAX_NANOS) > 0 && !nanos.equals(MAX_NANOS.negate().subtract(BigDecimal.ONE))) {
            return Parsed.problem(Placeholders.shown(text) + " is not a duration (it is longer than the "
                    + "2562047h47m16s Kubernetes can hold)");
        }
        return Parsed.of(Duration.ofNanos(nanos.longValue()));
    }

    private static BigDecimal nanos(String text) {
        int pos = 0;
        boolean negative = false;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            negative = text.charAt(0) == '-';
            pos++;
        }
        if (text.substring(pos).equals("0")) {
            return BigDecimal.ZERO;
        }
        if (pos == text.length()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        while (pos < text.length()) {
            int start = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            String whole = text.substring(start, pos);
            String fraction = "";
            if (pos < text.length() && text.charAt(pos) == '.') {
                int fractionStart = ++pos;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
                fraction = text.substring(fractionStart, pos);
            }
            if (whole.isEmpty() && fraction.isEmpty()) {
                return null;
            }
            int unitStart = pos;
            while (pos < text.length() && text.charAt(pos) != '.' && !isDigit(text.charAt(pos))) {
                pos++;
            }
            long unit = unit(text.substring(unitStart, pos));
            if (unit == 0 || whole.length() > 30) {
                return null;
            }
            total = total.add(new BigDecimal((whole.isEmpty() ? "0" : whole)
                    + (fraction.isEmpty() ? "" : "." + fraction)).multiply(BigDecimal.valueOf(unit)));
            if (total.compareTo(MAX_NANOS.add(BigDecimal.ONE)) > 0) {
                return total;
            }
        }
        BigDecimal nanos = total.setScale(0, java.math.RoundingMode.DOWN);
        return negative ? nanos.negate() : nanos;
    }

    private static long unit(String unit) {
        switch (unit) {
            case "ns":
                return 1L;
            case "us":
            case "\u00b5s":
            case "\u03bcs":
                return 1_000L;
            case "ms":
                return 1_000_000L;
            case "s":
                return 1_000_000_000L;
            case "m":
                return 60_000_000_000L;
            case "h":
                return 3_600_000_000_000L;
            default:
                return 0;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
