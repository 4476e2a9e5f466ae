package dev.berth.core.values;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads Kubernetes quantities ({@code resource.Quantity}) exactly as the API server does, into a {@link BigDecimal}
 * that compares and orders them exactly: {@code 1Ti} equals {@code 1024Gi}, {@code 500m} is below {@code 1}.
 *
 * <p>The grammar is Kubernetes' own (apimachinery {@code quantity.go}): an optional sign, digits with an optional
 * fraction, then one suffix: binary {@code Ki Mi Gi Ti Pi Ei}, decimal {@code n u m k M G T P E} or none, or a
 * decimal exponent {@code e3} / {@code E-2}. As there, an amount beyond 2^63-1 is clamped to it and a fraction finer
 * than 1n is rounded up to 1n. Unlike fabric8's {@code Quantity.getAmountInBytes}, nothing here throws.
 *
 * <pre>{@code
 * Quantities.parse("1.5Gi").value();  // Optional[1610612736]
 * Quantities.parse("100m").value();   // Optional[0.1]
 * Quantities.parse("FILESTORE_CAPACITY").problem();
 *     // "FILESTORE_CAPACITY is not a quantity; it looks like a placeholder: render this file first ..."
 * }</pre>
 */
public final class Quantities {

    private static final String EXPECTED = "expected a number with an optional suffix, such as 500m, 1Gi or 2e3";
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal NANO = new BigDecimal("1e-9");

    private Quantities() {
    }

    /**
     * @param quantity a fabric8 quantity, or null
     * @return its amount, or a problem when it is absent or not a quantity
     */
    public static Parsed<BigDecimal> parse(Quantity quantity) {
        if (quantity == null || quantity.getAmount() == null) {
            return Parsed.problem("no quantity is written");
        }
        return parse(text(quantity));
    }

    /**
     * @param quantity a fabric8 quantity
     * @return the quantity as written, amount and format
     */
    public static String text(Quantity quantity) {
        String amount = quantity.getAmount() == null ? "" : quantity.getAmount();
        return quantity.getFormat() == null ? amount : amount + quantity.getFormat();
    }

    /**
     * @param text a quantity as written, such as {@code 1Gi}, or null
     * @return its amount in base units (bytes, cores), or a problem
     */
    public static Parsed<BigDecimal> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Parsed.problem("an empty value is not a quantity (" + EXPECTED + ")");
        }
        int end = text.length();
        int pos = 0;
        boolean negative = false;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            negative = text.charAt(0) == '-';
            pos++;
        }
        int digitsStart = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        String whole = text.substring(digitsStart, pos);
        String fraction = "";
        if (pos < end && text.charAt(pos) == '.') {
            int fractionStart = ++pos;
            while (pos < end && isDigit(text.charAt(pos))) {
                pos++;
            }
            fraction = text.substring(fractionStart, pos);
        }
        BigDecimal number = new BigDecimal((whole.isEmpty() ? "0" : whole)
                + (fraction.isEmpty() ? "" : "." + fraction));
        BigDecimal amount = scale(number, text.substring(pos));
        if (amount == null) {
            return Parsed.problem(Placeholders.notA(Placeholders.shown(text), "a quantity", text, true, EXPECTED));
        }
        return Parsed.of(round(negative ? amount.negate() : amount));
    }

    /**
     * @param text a quantity as written
     * @return true when it reads as a quantity below zero
     */
    public static boolean isNegative(String text) {
        return parse(text).value().map(v -> v.signum() < 0).orElse(false);
    }

    private static BigDecimal scale(BigDecimal number, String suffix) {
        switch (suffix) {
            case "":
                return number;
            case "n":
                return number.scaleByPowerOfTen(-9);
            case "u":
                return number.scaleByPowerOfTen(-6);
            case "m":
                return number.scaleByPowerOfTen(-3);
            case "k":
                return number.scaleByPowerOfTen(3);
            case "M":
                return number.scaleByPowerOfTen(6);
            case "G":
                return number.scaleByPowerOfTen(9);
            case "T":
                return number.scaleByPowerOfTen(12);
            case "P":
                return number.scaleByPowerOfTen(15);
            case "E":
                return number.scaleByPowerOfTen(18);
            case "Ki":
                return number.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi":
                return number.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi":
                return number.multiply(BigDecimal.valueOf(1L << 30));
            case "Ti":
                return number.multiply(BigDecimal.valueOf(1L << 40));
            case "Pi":
                return number.multiply(BigDecimal.valueOf(1L << 50));
            case "Ei":
                return number.multiply(BigDecimal.valueOf(1L << 60));
            default:
                return exponent(number, suffix);
        }
    }

    private static BigDecimal exponent(BigDecimal number, String suffix) {
        if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
            return null;
        }
        int pos = 1;
        boolean negative = false;
        if (suffix.charAt(pos) == '-' || suffix.charAt(pos) == '+') {
            negative = suffix.charAt(pos) == '-';
            pos++;
        }
        if (pos == suffix.length()) {
            return null;
        }
        long exponent = 0;
        for (int i = pos; i < suffix.length(); i++) {
            char c = suffix.charAt(i);
            if (!isDigit(c)) {
                return null;
            }
            // Kubernetes reads the exponent as a 64-bit integer; beyond a few thousand the result is clamped anyway.
            exponent = Math.min(100_000, exponent * 10 + (c - '0'));
        }
        if (number.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (negative && exponent > 1_000) {
            return NANO;
        }
        if (!negative && exponent > 1_000) {
            return MAX;
        }
        return number.scaleByPowerOfTen((int) (negative ? -exponent : exponent));
    }

    private static BigDecimal round(BigDecimal amount) {
        BigDecimal clamped = amount.abs().compareTo(MAX) > 0 ? (amount.signum() < 0 ? MAX.negate() : MAX) : amount;
        BigDecimal rounded = clamped.scale() > 9 ? clamped.setScale(9, RoundingMode.UP) : clamped;
        BigDecimal stripped = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
