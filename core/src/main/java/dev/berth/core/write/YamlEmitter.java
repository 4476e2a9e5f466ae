package dev.berth.core.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Prints a JSON tree as one YAML document, in the block style {@code kubectl get -o yaml} uses.
 *
 * <p>Two spaces of indentation; a sequence that is the value of a key is not indented further
 * ({@code containers:} then {@code - name: db} at the same column); an empty mapping or sequence prints as
 * {@code {}} or {@code []}; null values in mappings are left out. Strings follow {@link YamlScalars}. Numbers and
 * booleans print plain; non-finite floats print as {@code .nan}, {@code .inf} and {@code -.inf}.
 *
 * <p>It writes straight into a {@link StringBuilder}, without SnakeYAML's or Jackson's YAML emitter: that is what
 * makes it fast and its output small.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * new YamlEmitter(out, KeyOrder.CONVENTIONAL).document(tree);
 * }</pre>
 */
final class YamlEmitter {

    /** The longest key written as {@code key: value}, safely below the 1024 characters YAML readers allow. */
    private static final int LONGEST_IMPLICIT_KEY = 1000;

    private final StringBuilder out;
    private final KeyOrder order;

    /**
     * @param out where to write
     * @param order the key order
     */
    YamlEmitter(StringBuilder out, KeyOrder order) {
        this.out = out;
        this.order = order;
    }

    /**
     * Writes one document, without a {@code ---} marker, ending with a line break.
     *
     * @param root the document's tree, usually an object
     */
    void document(JsonNode root) {
        if (root instanceof ObjectNode && root.size() > 0) {
            mapping((ObjectNode) root, 0, KeyOrdering.TOP, false);
        } else if (root instanceof ArrayNode && root.size() > 0) {
            sequence((ArrayNode) root, 0, KeyOrdering.NESTED, false);
        } else {
            value(root, 0, KeyOrdering.NESTED);
        }
    }

    private void mapping(ObjectNode node, int indent, int context, boolean inline) {
        boolean first = inline;
        for (Map.Entry<String, JsonNode> entry : KeyOrdering.sorted(node, context, order)) {
            if (!first) {
                YamlScalars.indent(out, indent);
            }
            first = false;
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            int keyStart = out.length();
            YamlScalars.appendKey(out, key);
            if (out.length() - keyStart > LONGEST_IMPLICIT_KEY) {
                out.setLength(keyStart);
                explicitEntry(key, value, indent, KeyOrdering.childContext(context, key));
                continue;
            }
            if (value.isContainerNode() && hasEntries(value)) {
                out.append(":\n");
                int childContext = KeyOrdering.childContext(context, key);
                if (value.isObject()) {
                    mapping((ObjectNode) value, indent + 2, childContext, false);
                } else {
                    sequence((ArrayNode) value, indent, childContext, false);
                }
            } else {
                out.append(": ");
                value(value, indent + 2, context);
            }
        }
        if (first) {
            out.append("{}\n");
        }
    }

    /** True for a non-empty list, or a mapping with a value that is not null: one that prints over lines. */
    private static boolean hasEntries(JsonNode container) {
        if (container.isArray()) {
            return container.size() > 0;
        }
        for (JsonNode value : container) {
            if (!value.isNull() && !value.isMissingNode()) {
                return true;
            }
        }
        return false;
    }

    /**
     * YAML readers refuse an implicit key longer than 1024 characters; a longer key takes the explicit form
     * {@code ? key} then {@code : value} on the next line.
     */
    private void explicitEntry(String key, JsonNode value, int indent, int childContext) {
        out.append("? ");
        YamlScalars.appendKey(out, key);
        out.append('\n');
        YamlScalars.indent(out, indent);
        out.append(": ");
        value(value, indent + 2, childContext);
    }

    private void sequence(ArrayNode node, int indent, int context, boolean inline) {
        boolean first = inline;
        for (JsonNode item : node) {
            if (!first) {
                YamlScalars.indent(out, indent);
            }
            first = false;
            out.append("- ");
            value(item, indent + 2, context);
        }
    }

    /** Writes a value that follows {@code "key: "} or {@code "- "} on the same line. */
    private void value(JsonNode node, int indent, int context) {
        switch (node.getNodeType()) {
            case OBJECT:
                if (node.size() == 0) {
                    out.append("{}\n");
                } else {
                    mapping((ObjectNode) node, indent, context, true);
                }
                break;
            case ARRAY:
                if (node.size() == 0) {
                    out.append("[]\n");
                } else {
                    sequence((ArrayNode) node, indent, context, true);
                }
                break;
            case STRING:
                YamlScalars.appendValue(out, node.textValue(), indent);
                break;
            case NUMBER:
                appendNumber(node);
                break;
            case BOOLEAN:
                out.append(node.booleanValue() ? "true\n" : "false\n");
                break;
            case NULL:
            case MISSING:
                out.append("null\n");
                break;
            default:
                YamlScalars.appendValue(out, node.asText(), indent);
                break;
        }
    }

    private void appendNumber(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            double d = node.doubleValue();
            if (Double.isNaN(d)) {
                out.append(".nan\n");
                return;
            }
            if (Double.isInfinite(d)) {
                out.append(d > 0 ? ".inf\n" : "-.inf\n");
                return;
            }
        }
        out.append(node.asText()).append('\n');
    }
}
