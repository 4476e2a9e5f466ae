package dev.berth.core.read;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.berth.core.source.Echo;
import dev.berth.core.source.FieldPaths;
import dev.berth.core.text.Patterns;
import dev.berth.core.values.ValueFields;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says, in a person's words, why a value does not fit its field: what was expected, what was found, and how to write it.
 * The value found is quoted only when {@link Echo} allows it; otherwise the message names its type (and a text's
 * length).
 */
final class TypeProblems {

    private static final Pattern WHOLE_NUMBER = Patterns.whole("[-+]?[0-9]+");

    /**
     * @param path the field path inside the object
     * @param problem what is wrong
     * @param fix how to fix it
     */
    record Described(String path, String problem, String fix) {
    }

    private TypeProblems() {
    }

    static Described describe(JsonMappingException e, JsonNode tree, String kind) {
        String path = "";
        JsonNode found = tree;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path = FieldPaths.field(path, reference.getFieldName());
                found = found == null ? null : found.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = FieldPaths.item(path, reference.getIndex());
                found = found == null ? null : found.get(reference.getIndex());
            }
        }
        Described range = outOfRange(e, path, found);
        if (range != null) {
            return range;
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String expected = expected(target);
        String field = lastKey(path);
        String what = found(found, kind, path);
        String fix;
        if (found != null && found.isTextual() && target != null && isWholeNumber(target)
                && WHOLE_NUMBER.matcher(found.asText()).matches()) {
            fix = Echo.mayQuote(kind, path, found.asText())
                    ? "write the number without quotes: " + field + ": " + found.asText() + "."
                    : "write the number without quotes, e.g. " + example(field, target) + ".";
        } else if (found != null && found.isTextual() && target != null && isBoolean(target)
                && (found.asText().equals("true") || found.asText().equals("false"))) {
            fix = "write the boolean without quotes: " + field + ": " + found.asText() + ".";
        } else {
            fix = "write " + expected + ", e.g. " + example(field, target) + ".";
        }
        return new Described(path, "expected " + expected + ", found " + what, fix);
    }

    /**
     * A number beyond its field's type: the range comes from the type (int32 or int64), its lower bound from the
     * value layer's table where Kubernetes requires zero or more. Numbers are not secret; long ones are cut.
     */
    private static Described outOfRange(JsonMappingException e, String path, JsonNode found) {
        Throwable cause = e.getCause();
        if (!(cause instanceof InputCoercionException coercion) || found == null || !found.isNumber()) {
            return null;
        }
        Class<?> type = coercion.getTargetType();
        boolean int32 = type == int.class || type == Integer.class;
        if (!int32 && type != long.class && type != Long.class) {
            return null;
        }
        long min = ValueFields.minimum(path).orElse(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long max = int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        String number = found.isFloatingPointNumber() ? new BigDecimal(found.asText()).stripTrailingZeros()
                .toString().replace("E+", "e").replace('E', 'e') : found.asText();
        if (number.length() > 20) {
            number = number.substring(0, 20) + "... (" + number.length() + " characters)";
        }
        return new Described(path, "must be an integer between " + min + " and " + max + "; found " + number,
                "write a whole number from " + min + " to " + max + ", e.g. " + lastKey(path) + ": 3.");
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (isWholeNumber(target)) {
            return "a whole number";
        }
        if (target == Double.class || target == double.class || target == Float.class || target == float.class) {
            return "a number";
        }
        if (isBoolean(target)) {
            return "true or false";
        }
        if (target == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.getName().startsWith("io.fabric8.")) {
            return "a mapping";
        }
        return "a " + target.getSimpleName();
    }

    private static String example(String field, Class<?> target) {
        if (target != null && isWholeNumber(target)) {
            return field + ": 3";
        }
        if (target != null && isBoolean(target)) {
            return field + ": true";
        }
        if (target != null && (Collection.class.isAssignableFrom(target) || target.isArray())) {
            return field + ": [ ... ] or one \"- item\" per line";
        }
        if (target != null && target != String.class) {
            return field + ": followed by indented key: value lines";
        }
        return field + ": \"text\"";
    }

    private static String found(JsonNode node, String kind, String path) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return Echo.text(kind, path, node.asText());
        }
        if (node.isBoolean()) {
            return Echo.nearSecret(kind, path) ? "a boolean" : "the boolean " + node.asText();
        }
        return Echo.mayQuote(kind, path, node.asText()) ? "the number " + node.asText() : "a number";
    }

    private static boolean isWholeNumber(Class<?> target) {
        return target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class;
    }

    private static boolean isBoolean(Class<?> target) {
        return target == Boolean.class || target == boolean.class;
    }

    private static String lastKey(String path) {
        String last = FieldPaths.lastKey(path);
        return last.isEmpty() ? "value" : last;
    }
}
