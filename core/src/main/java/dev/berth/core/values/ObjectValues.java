package dev.berth.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.core.internal.Json;
import dev.berth.core.internal.PropertyReaders;
import dev.berth.core.internal.Schema;
import dev.berth.core.source.FieldPaths;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads every field of an object that {@link ValueFields} lists, with this package's parsers, and says which values
 * do not parse and which are below the least value the API server accepts. The schema rules report them.
 *
 * <pre>{@code
 * ObjectValues.check(persistentVolume);
 * // [Problem[path=spec.capacity.storage, message=FILESTORE_CAPACITY is not a quantity; it looks like a ...,
 * //          belowMinimum=false]]
 * }</pre>
 */
public final class ObjectValues {

    /**
     * One value that Kubernetes refuses.
     *
     * @param path the field path, such as {@code spec.capacity.storage}
     * @param message what is wrong, without the path
     * @param negative true when the value was read and is below zero, false when it could not be read
     */
    public record Problem(String path, String message, boolean negative) {
    }


    private ObjectValues() {
    }

    private static final Map<String, Step> TRIES = new ConcurrentHashMap<>();

    /**
     * @param object an object, or null
     * @return the problems of its listed fields, in table order of the first field of each branch; empty when every
     *     value reads
     */
    public static List<Problem> check(HasMetadata object) {
        if (object == null || object.getKind() == null) {
            return List.of();
        }
        List<ValueFields.Field> fields = ValueFields.of(object.getKind());
        if (fields.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Step root = TRIES.computeIfAbsent(object.getKind(), kind -> Step.of(fields));
        root.walk(object, new ArrayList<>(), problems);
        return problems;
    }

    /** A class and its reader for one field, replaced as one value so that threads never pair the wrong two. */
    private record Getter(Class<?> type, Optional<Function<Object, Object>> reader) {
    }

    /**
     * One step of the table's paths, shared by every field below it, so that each getter runs once per object
     * whatever the number of fields under it.
     */
    private static final class Step {
        private final Map<String, Step> children = new java.util.LinkedHashMap<>();
        private final List<ValueFields.Field> ends = new ArrayList<>();
        private final String name;
        private Step[] steps;
        private volatile Getter last;

        private Step(String name) {
            this.name = name;
        }

        static Step of(List<ValueFields.Field> fields) {
            Step root = new Step("");
            for (ValueFields.Field field : fields) {
                Step at = root;
                for (String segment : segments(field.path())) {
                    at = at.children.computeIfAbsent(segment, Step::new);
                }
                at.ends.add(field);
            }
            root.freeze();
            return root;
        }

        private void freeze() {
            steps = children.values().toArray(new Step[0]);
            for (Step step : steps) {
                step.freeze();
            }
        }

        private static List<String> segments(String path) {
            List<String> segments = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= path.length(); i++) {
                if (i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[') {
                    if (i > start) {
                        segments.add(path.substring(start, i));
                    }
                    if (i < path.length() && path.charAt(i) == '[') {
                        segments.add("[*]");
                        i += 2;
                    }
                    start = i + 1;
                }
            }
            return segments;
        }

        void walk(Object node, List<Object> trail, List<Problem> problems) {
            for (ValueFields.Field field : ends) {
                judge(field, () -> path(trail), node, problems);
            }
            for (Step child : steps) {
                if (child.name.equals("[*]")) {
                    if (node instanceof List<?> list) {
                        for (int i = 0; i < list.size(); i++) {
                            visit(child, list.get(i), trail, i, problems);
                        }
                    }
                } else if (child.name.equals("*")) {
                    if (node instanceof Map<?, ?> map) {
                        for (Map.Entry<?, ?> entry : map.entrySet()) {
                            visit(child, entry.getValue(), trail, String.valueOf(entry.getKey()), problems);
                        }
                    }
                } else {
                    visit(child, child.read(node), trail, child.name, problems);
                }
            }
        }

        /** Reads this step's field of a node, remembering the getter of the last class seen (nearly always one). */
        private Object read(Object node) {
            Class<?> type = node.getClass();
            Getter known = last;
            Optional<Function<Object, Object>> reader;
            if (known != null && known.type() == type) {
                reader = known.reader();
            } else {
                reader = PropertyReaders.of(type, name);
                last = new Getter(type, reader);
            }
            try {
                return reader.isPresent() ? reader.get().apply(node) : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        private static void visit(Step step, Object value, List<Object> trail, Object key, List<Problem> problems) {
            if (value == null) {
                return;
            }
            trail.add(key);
            step.walk(value, trail, problems);
            trail.remove(trail.size() - 1);
        }

        private static String path(List<Object> trail) {
            String path = "";
            for (Object key : trail) {
                path = key instanceof Integer index ? FieldPaths.item(path, index)
                        : FieldPaths.field(path, (String) key);
            }
            return path;
        }
    }

    private static void judge(ValueFields.Field field, java.util.function.Supplier<String> at, Object value,
            List<Problem> problems) {
        Parsed<?> parsed;
        BigDecimal amount = null;
        String shown = null;
        switch (field.kind()) {
            case QUANTITY -> {
                if (!(value instanceof Quantity quantity) || quantity.getAmount() == null) {
                    return;
                }
                Parsed<BigDecimal> read = Quantities.parse(quantity);
                parsed = read;
                amount = read.orElse(null);
                shown = Quantities.text(quantity);
            }
            case INTEGER, PORT -> {
                if (!(value instanceof Number number)) {
                    return;
                }
                amount = BigDecimal.valueOf(number.longValue());
                parsed = field.kind() == ValueKind.PORT ? port(number.intValue(), field) : Parsed.of(number);
            }
            case PORT_OR_NAME -> {
                if (!(value instanceof IntOrString port)) {
                    return;
                }
                amount = port.getIntVal() == null ? null : BigDecimal.valueOf(port.getIntVal());
                parsed = amount != null ? port(port.getIntVal(), field) : Ports.numberOrName(port);
            }
            case PORT_NAME -> {
                if (!(value instanceof String name) || name.isEmpty()) {
                    return;
                }
                parsed = Ports.name(name);
            }
            case COUNT_OR_PERCENT, COUNT_OR_PERCENT_UP_TO_100 -> {
                if (!(value instanceof IntOrString count)) {
                    return;
                }
                Parsed<CountsOrPercents.Amount> read = field.kind() == ValueKind.COUNT_OR_PERCENT
                        ? CountsOrPercents.parse(count) : CountsOrPercents.parseUpTo100(count);
                parsed = read;
                amount = read.value().map(a -> BigDecimal.valueOf(a.amount())).orElse(null);
            }
            case CRON -> parsed = value instanceof String text ? CronSchedules.parse(text) : Parsed.of(value);
            case SELECTOR -> {
                parsed = value instanceof LabelSelector selector ? LabelSelectors.parse(selector) : Parsed.of(value);
                String problem = parsed.problem().orElse("");
                int colon = problem.indexOf(": ");
                if (colon > 0) {
                    problems.add(new Problem(at.get() + "." + problem.substring(0, colon), problem.substring(colon + 2),
                            false));
                    return;
                }
            }
            case IMAGE -> parsed = value instanceof String text ? Images.parse(text) : Parsed.of(value);
            default -> parsed = Parsed.of(value);
        }
        if (!parsed.isValid() && !(amount != null && amount.signum() < 0)) {
            problems.add(new Problem(at.get(), parsed.problem().orElseThrow(), false));
        } else if (amount != null && amount.signum() < 0) {
            String written = shown != null ? shown : amount.toPlainString();
            problems.add(new Problem(at.get(), written + " is negative; the API server accepts only "
                    + (field.kind() == ValueKind.QUANTITY ? "quantities" : "values") + " of " + field.minimum()
                    + " or more", true));
        }
    }

    private static Parsed<Integer> port(int number, ValueFields.Field field) {
        return number >= 0 && number < field.minimum() || number > 65535 ? Ports.number(number) : Parsed.of(number);
    }

    /**
     * Compares two objects field by field as the API server would store them: quantities by amount ({@code 1Ti} is
     * {@code 1024Gi}), everything else as written. Unlike fabric8's {@code equals}, it never throws on a quantity
     * that does not parse (such a quantity equals only the same text).
     *
     * @param a an object
     * @param b another
     * @return true when both hold the same content
     */
    public static boolean sameContent(HasMetadata a, HasMetadata b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        return same(Json.mapper().valueToTree(a), Json.mapper().valueToTree(b), Schema.of(a.getClass()));
    }

    private static boolean same(JsonNode x, JsonNode y, Schema schema) {
        if (schema.shape() == Schema.Shape.QUANTITY && x.isTextual() && y.isTextual()) {
            if (x.asText().equals(y.asText())) {
                return true;
            }
            Parsed<BigDecimal> left = Quantities.parse(x.asText());
            Parsed<BigDecimal> right = Quantities.parse(y.asText());
            return left.isValid() && right.isValid() && left.orElse(null).compareTo(right.orElse(null)) == 0;
        }
        if (x.isObject() && y.isObject()) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : x.properties()) {
                JsonNode other = y.get(field.getKey());
                Schema child = schema.field(field.getKey());
                if (other == null || !same(field.getValue(), other, child == null ? Schema.ANY : child)) {
                    return false;
                }
            }
            return true;
        }
        if (x.isArray() && y.isArray()) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i), schema.item())) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }
}
