package dev.berth.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.BerthException;
import dev.berth.core.internal.Schema;
import dev.berth.core.internal.Yaml11;
import dev.berth.core.source.AmbiguousScalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Turns the events of one YAML document into a Jackson tree, typed the way the target model class expects: an unquoted
 * {@code yes} stays the text {@code yes} where the field is a string (and is listed as ambiguous), and becomes the
 * boolean {@code true} where YAML 1.1 and the field agree. Refuses duplicate keys and enforces the alias and depth limits.
 */
final class TreeBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STR_TAG = "tag:yaml.org,2002:str";

    private final List<Event> events;
    private final ReadLimits limits;
    private final String origin;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int position;
    private int built;
    private int aliases;
    private long expanded;
    private List<String> unknownFields;
    private List<AmbiguousScalar> ambiguous;

    private record Anchored(JsonNode node, int size) {
    }

    TreeBuilder(List<Event> events, ReadLimits limits, String origin) {
        this.events = events;
        this.limits = limits;
        this.origin = origin;
    }

    /**
     * Builds the node starting at an event index.
     *
     * @param start the index of the node's first event
     * @param schema what the position expects
     * @param unknown where to list unknown fields
     * @param ambiguousOut where to list ambiguous scalars
     * @return the node
     */
    JsonNode build(int start, Schema schema, List<String> unknown, List<AmbiguousScalar> ambiguousOut) {
        this.position = start;
        this.unknownFields = unknown;
        this.ambiguous = ambiguousOut;
        return node(schema, TreePath.ROOT, 0);
    }

    private JsonNode node(Schema schema, TreePath path, int depth) {
        Event event = events.get(position);
        if (event instanceof AliasEvent alias) {
            position++;
            return alias(alias, path);
        }
        int before = built;
        JsonNode node;
        if (event instanceof ScalarEvent scalar) {
            position++;
            node = scalar(scalar, schema, path);
        } else if (event instanceof MappingStartEvent) {
            node = mapping(schema, path, depth + 1);
        } else if (event instanceof SequenceStartEvent) {
            node = sequence(schema, path, depth + 1);
        } else {
            throw problem(event.getStartMark(), path, "unexpected " + event.getEventId() + " in the YAML stream",
                    "check the document's structure around this line.");
        }
        built++;
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, built - before));
        }
        return node;
    }

    private JsonNode alias(AliasEvent alias, TreePath path) {
        Anchored anchored = anchors.get(alias.getAnchor());
        if (anchored == null) {
            throw problem(alias.getStartMark(), path, "alias *" + alias.getAnchor() + " names no anchor",
                    "define &" + alias.getAnchor() + " earlier in the same document, or remove the alias.");
        }
        if (++aliases > limits.maxAliases()) {
            throw problem(alias.getStartMark(), path,
                    "more than " + limits.maxAliases() + " aliases in one document",
                    "write the values out instead of using aliases, or raise ReadLimits.maxAliases for input you "
                            + "trust.");
        }
        expanded += anchored.size();
        if (expanded > limits.maxAliasExpansion()) {
            throw problem(alias.getStartMark(), path,
                    "aliases expand to more than " + limits.maxAliasExpansion()
                            + " nodes in one document (an alias bomb)",
                    "write the values out instead of nesting aliases, or raise ReadLimits.maxAliasExpansion for "
                            + "input you trust.");
        }
        built += anchored.size();
        return anchored.node();
    }

    private ObjectNode mapping(Schema schema, TreePath path, int depth) {
        int startIndex = position;
        MappingStartEvent start = (MappingStartEvent) events.get(position++);
        checkDepth(start, path, depth);
        ObjectNode object = NODES.objectNode();
        List<JsonNode> merges = null;
        while (!events.get(position).is(Event.ID.MappingEnd)) {
            Event keyEvent = events.get(position);
            if (!(keyEvent instanceof ScalarEvent key)) {
                throw problem(keyEvent.getStartMark(), path, "a mapping key must be plain text, found "
                        + (keyEvent instanceof CollectionStartEvent ? "a mapping or list" : "an alias"),
                        "use a text key such as name:.");
            }
            position++;
            String name = key.getValue();
            if (key.isPlain() && "<<".equals(name) && key.getTag() == null) {
                JsonNode merged = node(Schema.ANY, path, depth);
                if (merges == null) {
                    merges = new ArrayList<>();
                }
                merges.add(merged);
                continue;
            }
            if (object.has(name)) {
                Mark first = firstKey(startIndex, name);
                throw problem(key.getStartMark(), path.field(name), "duplicate key \"" + name
                        + "\" (first at line " + (first.getLine() + 1) + ")",
                        "remove one of the two entries: YAML keeps only the last one, so the other is silently lost.");
            }
            if (key.isPlain() && key.getTag() == null) {
                checkKey(name, path);
            }
            Schema child = schema.field(name);
            if (child == null) {
                unknownFields.add(path.field(name).toString());
                child = Schema.ANY;
            }
            object.set(name, node(child, path.field(name), depth));
        }
        position++;
        if (merges != null) {
            merge(object, merges, path);
        }
        return object;
    }

    private Mark firstKey(int mappingStart, String name) {
        int depth = 0;
        boolean key = true;
        for (int i = mappingStart + 1; i < events.size(); i++) {
            Event event = events.get(i);
            if (depth == 0 && key && event instanceof ScalarEvent scalar && scalar.getValue().equals(name)) {
                return event.getStartMark();
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
            if (depth == 0 && !(event instanceof CollectionStartEvent)) {
                key = !key;
            }
        }
        return events.get(mappingStart).getStartMark();
    }

    private void merge(ObjectNode object, List<JsonNode> merges, TreePath path) {
        for (JsonNode merged : merges) {
            List<JsonNode> sources = new ArrayList<>();
            if (merged.isArray()) {
                merged.forEach(sources::add);
            } else {
                sources.add(merged);
            }
            for (JsonNode source : sources) {
                if (!source.isObject()) {
                    throw BerthException.problem("the merge key << takes a mapping or a list of mappings")
                            .origin(origin).field(path.toString())
                            .fix("merge an anchored mapping, e.g. <<: *defaults.").build();
                }
                source.properties().forEach(entry -> {
                    if (!object.has(entry.getKey())) {
                        object.set(entry.getKey(), entry.getValue());
                    }
                });
            }
        }
    }

    private ArrayNode sequence(Schema schema, TreePath path, int depth) {
        SequenceStartEvent start = (SequenceStartEvent) events.get(position++);
        checkDepth(start, path, depth);
        ArrayNode array = NODES.arrayNode();
        Schema item = schema.item();
        int index = 0;
        while (!events.get(position).is(Event.ID.SequenceEnd)) {
            array.add(node(item, path.item(index++), depth));
        }
        position++;
        return array;
    }

    private void checkDepth(Event start, TreePath path, int depth) {
        if (depth > limits.maxDepth()) {
            throw problem(start.getStartMark(), null, "nesting deeper than " + limits.maxDepth() + " levels",
                    "flatten the document; no Kubernetes object nests this deeply. Raise ReadLimits.maxDepth for "
                            + "input you trust.");
        }
    }

    private JsonNode scalar(ScalarEvent event, Schema schema, TreePath path) {
        String text = event.getValue();
        String tag = event.getTag();
        if (!event.isPlain() || STR_TAG.equals(tag) || "!!str".equals(tag)) {
            return NODES.textNode(text);
        }
        Yaml11.Type type = Yaml11.typeOf(text);
        switch (schema.shape()) {
            case STRING:
                if (type == Yaml11.Type.NULL) {
                    return NODES.nullNode();
                }
                if (type != Yaml11.Type.STRING && type != Yaml11.Type.MERGE) {
                    ambiguous.add(new AmbiguousScalar(path.toString(), text, reading(type, text), false));
                }
                return NODES.textNode(text);
            case QUANTITY:
                return type == Yaml11.Type.NULL ? NODES.nullNode() : NODES.textNode(text);
            case INT_OR_STRING:
                if (type == Yaml11.Type.INTEGER && Yaml11.isDecimalInteger(text)) {
                    return typed(text, type);
                }
                if (type == Yaml11.Type.NULL) {
                    return NODES.nullNode();
                }
                if (type != Yaml11.Type.STRING) {
                    ambiguous.add(new AmbiguousScalar(path.toString(), text, reading(type, text), false));
                }
                return NODES.textNode(text);
            default:
                JsonNode value = typed(text, type);
                if (schema.shape() == Schema.Shape.ANY && changesText(type, text, value)) {
                    ambiguous.add(new AmbiguousScalar(path.toString(), text, reading(type, text), false));
                }
                return value;
        }
    }

    private void checkKey(String name, TreePath path) {
        Yaml11.Type type = Yaml11.typeOf(name);
        if (type == Yaml11.Type.STRING || type == Yaml11.Type.MERGE) {
            return;
        }
        JsonNode value = typed(name, type);
        if (changesText(type, name, value) || type == Yaml11.Type.NULL || type == Yaml11.Type.TIMESTAMP) {
            ambiguous.add(new AmbiguousScalar(path.field(name).toString(), name, reading(type, name), true));
        }
    }

    private static boolean changesText(Yaml11.Type type, String text, JsonNode value) {
        switch (type) {
            case BOOLEAN:
                return !Yaml11.isYaml12Boolean(text) || !text.equals(text.toLowerCase());
            case INTEGER:
                return value.isNumber() && !value.asText().equals(text);
            case FLOAT:
                return value.isNumber() && !value.asText().equals(text);
            default:
                return false;
        }
    }

    private static JsonNode typed(String text, Yaml11.Type type) {
        switch (type) {
            case BOOLEAN:
                return NODES.booleanNode(Yaml11.booleanValue(text));
            case NULL:
                return NODES.nullNode();
            case INTEGER:
                if (text.indexOf(':') >= 0) {
                    return NODES.textNode(text);
                }
                BigInteger value = Yaml11.integerValue(text);
                if (value.bitLength() < 32) {
                    return NODES.numberNode(value.intValue());
                }
                return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
            case FLOAT:
                Double number = Yaml11.floatValue(text);
                if (number != null && number.isInfinite()) {
                    // Beyond any double (1e400): keep the exact number, so a message can show it as written.
                    try {
                        return NODES.numberNode(new java.math.BigDecimal(text.replace("_", "")));
                    } catch (NumberFormatException notDecimal) {
                        return NODES.numberNode(number);
                    }
                }
                return number == null ? NODES.textNode(text) : NODES.numberNode(number);
            default:
                return NODES.textNode(text);
        }
    }

    private static String reading(Yaml11.Type type, String text) {
        switch (type) {
            case BOOLEAN:
                return "boolean " + Yaml11.booleanValue(text);
            case NULL:
                return "null";
            case INTEGER:
                return text.indexOf(':') >= 0 ? "a base-60 number" : "number " + Yaml11.integerValue(text);
            case FLOAT:
                Double number = Yaml11.floatValue(text);
                return number == null ? "a special float" : "number " + number;
            case TIMESTAMP:
                return "a timestamp";
            default:
                return "text";
        }
    }

    private BerthException problem(Mark mark, TreePath path, String problem, String fix) {
        return BerthException.problem(problem).origin(origin)
                .at(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1)
                .field(path == null ? null : path.toString())
                .fix(fix).build();
    }
}
