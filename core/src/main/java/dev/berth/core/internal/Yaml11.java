package dev.berth.core.internal;

import java.math.BigInteger;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How YAML 1.1, the rules {@code kubectl} reads manifests with, types an unquoted scalar. Internal: not part of the
 * API.
 *
 * <p>It is SnakeYAML's YAML 1.1 resolver, plus the one-letter booleans {@code y}, {@code Y}, {@code n}, {@code N}
 * that the Go YAML library behind {@code kubectl} also reads as booleans.
 */
public final class Yaml11 {

    /** What a plain scalar is in YAML 1.1. */
    public enum Type {
        /** Text. */
        STRING,
        /** {@code true}, {@code yes}, {@code on}, {@code y} and their opposites. */
        BOOLEAN,
        /** Integers, including octal {@code 0755}, hex {@code 0x1F}, binary and base 60 {@code 1:20}. */
        INTEGER,
        /** Floats, including {@code 1e3}, {@code .5}, {@code .inf} and {@code .nan}. */
        FLOAT,
        /** {@code ~}, {@code null} and the empty scalar. */
        NULL,
        /** Dates and times such as {@code 2024-01-01}. */
        TIMESTAMP,
        /** The merge key {@code <<}. */
        MERGE
    }

    private static final Resolver RESOLVER = new Resolver();
    /** The resolver tries its integer and float patterns only on scalars up to this many characters. */
    private static final int RESOLVER_LIMIT = 1024;
    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on",
            "On", "ON");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off",
            "Off", "OFF");

    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    private Yaml11() {
    }

    /**
     * @param plain the text of an unquoted scalar
     * @return its YAML 1.1 type
     */
    public static Type typeOf(String plain) {
        if (plain.isEmpty()) {
            return Type.NULL;
        }
        char first = plain.charAt(0);
        if (Character.isLetter(first)) {
            // SnakeYAML's resolver only has word resolvers (booleans and null) for letters: a set lookup gives the
            // same answer without a regular expression. Every such word starts with one of these letters and has at
            // most five, so most keys and values need no lookup at all.
            if (plain.length() > 5 || "yYnNtTfFoO".indexOf(first) < 0) {
                return Type.STRING;
            }
            if (TRUE.contains(plain) || FALSE.contains(plain)) {
                return Type.BOOLEAN;
            }
            return NULLS.contains(plain) ? Type.NULL : Type.STRING;
        }
        if ("-+.0123456789~<=".indexOf(first) < 0) {
            return Type.STRING;
        }
        if (plain.length() <= RESOLVER_LIMIT && isDecimalDigits(plain) && (first != '0' || plain.length() == 1)) {
            // What the resolver's first candidate, the integer pattern, matches as [1-9][0-9_]* or 0.
            return Type.INTEGER;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, plain, true);
        if (Tag.STR.equals(tag)) {
            return Type.STRING;
        }
        if (Tag.BOOL.equals(tag)) {
            return Type.BOOLEAN;
        }
        if (Tag.INT.equals(tag)) {
            return Type.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return plain.indexOf('_') >= 0 && plain.replace("_", "").isEmpty() ? Type.STRING : Type.FLOAT;
        }
        if (Tag.NULL.equals(tag)) {
            return Type.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Type.TIMESTAMP;
        }
        if (Tag.MERGE.equals(tag)) {
            return Type.MERGE;
        }
        return Type.STRING;
    }

    private static boolean isDecimalDigits(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param plain a scalar of type {@link Type#BOOLEAN}
     * @return its value
     */
    public static boolean booleanValue(String plain) {
        return TRUE.contains(plain);
    }

    /**
     * @param plain a scalar of type {@link Type#BOOLEAN}
     * @return true for the spellings a YAML 1.2 reader also takes as booleans ({@code true}, {@code False}...)
     */
    public static boolean isYaml12Boolean(String plain) {
        return plain.equalsIgnoreCase("true") || plain.equalsIgnoreCase("false");
    }

    /**
     * Reads an integer the way YAML 1.1 does; base 60 ({@code 1:20}) is left to the caller.
     *
     * @param plain a scalar of type {@link Type#INTEGER} without a colon
     * @return its value
     */
    public static BigInteger integerValue(String plain) {
        String text = plain.replace("_", "");
        int sign = 1;
        if (text.startsWith("-")) {
            sign = -1;
            text = text.substring(1);
        } else if (text.startsWith("+")) {
            text = text.substring(1);
        }
        BigInteger value;
        if (text.startsWith("0b")) {
            value = new BigInteger(text.substring(2), 2);
        } else if (text.startsWith("0x")) {
            value = new BigInteger(text.substring(2), 16);
        } else if (text.length() > 1 && text.startsWith("0")) {
            value = new BigInteger(text.substring(1), 8);
        } else {
            value = new BigInteger(text);
        }
        return sign < 0 ? value.negate() : value;
    }

    /**
     * @param plain a scalar of type {@link Type#INTEGER}
     * @return true for a plain decimal integer, which every YAML version reads alike
     */
    public static boolean isDecimalInteger(String plain) {
        int start = plain.startsWith("-") || plain.startsWith("+") ? 1 : 0;
        if (start == plain.length()) {
            return false;
        }
        if (plain.charAt(start) == '0' && plain.length() > start + 1) {
            return false;
        }
        for (int i = start; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param plain a scalar of type {@link Type#FLOAT} that is not infinite, NaN or base 60
     * @return its value, or null when the text is not an ordinary decimal number
     */
    public static Double floatValue(String plain) {
        String text = plain.replace("_", "");
        if (text.indexOf(':') >= 0 || text.toLowerCase().contains("inf") || text.toLowerCase().contains("nan")) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
