package dev.berth.core.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a JSON tree as pretty JSON: two-space indentation, {@code "key": value}, keys in {@link KeyOrder}, null
 * values in objects left out, {@code {}} and {@code []} for empty containers.
 *
 * <p>Strings escape {@code "}, {@code \} and control characters; other characters are written as they are, in
 * UTF-8. A float that JSON cannot hold (NaN, infinity) is written as a string, as Jackson does.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * new JsonEmitter(out, KeyOrder.CONVENTIONAL).value(tree, 0, KeyOrdering.TOP);
 * }</pre>
 */
final class JsonEmitter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final KeyOrder order;

    /**
     * @param out where to write
     * @param order the key order
     */
    JsonEmitter(StringBuilder out, KeyOrder order) {
        this.out = out;
        this.order = order;
    }

    /**
     * Writes a value, without a line break after it.
     *
     * @param node the value
     * @param indent the indentation of the line the value starts on
     * @param context where the value sits, for the key order
     */
    void value(JsonNode node, int indent, int context) {
        switch (node.getNodeType()) {
            case OBJECT:
                object(node, indent, context);
                break;
            case ARRAY:
                array(node, indent, context);
                break;
            case STRING:
                string(node.textValue());
                break;
            case NUMBER:
                number(node);
                break;
            case BOOLEAN:
                out.append(node.booleanValue() ? "true" : "false");
                break;
            case NULL:
            case MISSING:
                out.append("null");
                break;
            default:
                string(node.asText());
                break;
        }
    }

    private void object(JsonNode node, int indent, int context) {
        Map.Entry<String, JsonNode>[] entries = KeyOrdering.sorted((ObjectNode) node, context, order);
        if (entries.length == 0) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (int i = 0; i < entries.length; i++) {
            YamlScalars.indent(out, indent + 2);
            String key = entries[i].getKey();
            string(key);
            out.append(": ");
            value(entries[i].getValue(), indent + 2, KeyOrdering.childContext(context, key));
            out.append(i + 1 < entries.length ? ",\n" : "\n");
        }
        YamlScalars.indent(out, indent);
        out.append('}');
    }

    private void array(JsonNode node, int indent, int context) {
        if (node.size() == 0) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        Iterator<JsonNode> items = node.elements();
        while (items.hasNext()) {
            YamlScalars.indent(out, indent + 2);
            value(items.next(), indent + 2, context);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        YamlScalars.indent(out, indent);
        out.append(']');
    }

    private void number(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                string(node.asText());
                return;
            }
        }
        out.append(node.asText());
    }

    private void string(String text) {
        out.append('"');
        int run = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default: out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]); break;
            }
        }
        out.append(text, run, n).append('"');
    }
}
