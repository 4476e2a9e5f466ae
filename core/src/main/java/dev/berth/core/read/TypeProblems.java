package dev.berth.core.read;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.berth.core.source.FieldPaths;
import dev.berth.core.text.Patterns;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says, in a person's words, why a value does not fit its field: what was expected, what was found, and how to write it.
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

    static Described describe(JsonMappingException e, JsonNode tree, boolean secret) {
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
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String expected = expected(target);
        String field = lastKey(path);
        String what = found(found, secret);
        String fix;
        if (found != null && found.isTextual() && target != null && isWholeNumber(target)
                && WHOLE_NUMBER.matcher(found.asText()).matches()) {
            fix = "write the number without quotes: " + field + ": " + found.asText() + ".";
        } else if (found != null && found.isTextual() && target != null && isBoolean(target)
                && (found.asText().equals("true") || found.asText().equals("false"))) {
            fix = "write the boolean without quotes: " + field + ": " + found.asText() + ".";
        } else {
            fix = "write " + expected + ", e.g. " + example(field, target) + ".";
        }
        return new Described(path, "expected " + expected + ", found " + what, fix);
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

    private static String found(JsonNode node, boolean secret) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (secret) {
            return "a value of another type";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        return "the number " + node.asText();
    }

    private static boolean isWholeNumber(Class<?> target) {
        return target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class;
    }

    private static boolean isBoolean(Class<?> target) {
        return target == Boolean.class || target == boolean.class;
    }

    private static String lastKey(String path) {
        String parent = FieldPaths.parent(path);
        String last = path.substring(parent.length());
        if (last.startsWith(".")) {
            last = last.substring(1);
        }
        if (last.startsWith("['")) {
            last = last.substring(2, last.length() - 2);
        }
        return last.isEmpty() ? "value" : last;
    }
}
