package dev.berth.core.shape;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.berth.core.internal.Json;
import dev.berth.core.internal.PropertyReaders;
import dev.berth.core.source.FieldPaths;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks a fabric8 model object through the properties Jackson reads and writes, finding (and, on a copy, repairing)
 * the shapes rules cannot walk: null items in lists, list items without their required fields, null lists and maps,
 * null values in maps, parts without their required fields.
 *
 * <p>Two modes. {@link #isClean} only looks, builds no path, and stops at the first problem: every object pays this,
 * so it is cheap. {@link #repair} mutates a copy: null lists and maps become empty (what fabric8 gives when a field is
 * absent, and what Go gives kube-linter), null text values in text maps become empty text (what the API server
 * stores), and broken list items are removed, each removal recorded with its original index so findings keep the
 * paths the user wrote.
 */
final class ModelWalk {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    /** What the walk needs of a model class, worked out once per class. */
    private static final ClassValue<ModelClass> CLASSES = new ClassValue<>() {
        @Override
        protected ModelClass computeValue(Class<?> type) {
            return ModelClass.of(type);
        }
    };

    private enum Shape { LIST, MAP, MODEL }

    /**
     * @param walked the properties that hold lists, maps or model objects
     * @param required the fields {@link Required#of} names for the class, whatever they hold
     * @param anchors the parts {@link Required#anchors} names for the class
     */
    private record ModelClass(Property[] walked, Property[] required, Property[] anchors) {

        static ModelClass of(Class<?> type) {
            if (!isModel(type)) {
                return new ModelClass(new Property[0], new Property[0], new Property[0]);
            }
            BeanDescription bean = Json.mapper().getDeserializationConfig()
                    .introspect(Json.mapper().constructType(type));
            List<Property> walked = new ArrayList<>();
            List<Property> required = new ArrayList<>();
            List<Property> anchors = new ArrayList<>();
            List<String> names = Required.of(type);
            List<String> anchorNames = Required.anchors(type);
            for (BeanPropertyDefinition definition : bean.findProperties()) {
                AnnotatedMethod getter = definition.getGetter();
                AnnotatedMethod setter = definition.getSetter();
                if (getter == null || setter == null) {
                    continue;
                }
                getter.getAnnotated().setAccessible(true);
                setter.getAnnotated().setAccessible(true);
                JavaType declared = definition.getPrimaryType();
                Shape shape = declared.isCollectionLikeType() ? Shape.LIST : declared.isMapLikeType() ? Shape.MAP
                        : isModel(declared.getRawClass()) ? Shape.MODEL : null;
                Class<?> element = shape == Shape.LIST || shape == Shape.MAP
                        ? declared.getContentType().getRawClass() : declared.getRawClass();
                boolean isRequired = names.contains(definition.getName());
                boolean isAnchor = anchorNames.contains(definition.getName());
                if (shape == null && !isRequired && !isAnchor) {
                    continue; // a plain value the walk never reads
                }
                Property property = new Property(definition.getName(),
                        PropertyReaders.of(getter.getAnnotated(),
                                definition.getField() == null ? null : definition.getField().getAnnotated()),
                        setter.getAnnotated(), shape, element);
                if (shape != null) {
                    walked.add(property);
                }
                if (isRequired) {
                    required.add(property);
                }
                if (isAnchor) {
                    anchors.add(property);
                }
            }
            if (required.size() != names.size() || anchors.size() != anchorNames.size()) {
                throw new IllegalStateException(type.getSimpleName() + " lacks one of " + names + anchorNames);
            }
            return new ModelClass(walked.toArray(Property[]::new), required.toArray(Property[]::new),
                    anchors.toArray(Property[]::new));
        }
    }

    /** One property of a model class, with the walk's view of the class its items or value have. */
    private static final class Property {
        final String name;
        final Function<Object, Object> getter;
        final Method setter;
        final Shape shape;
        final Class<?> element;
        final boolean elementIsModel;
        /** The element class's walk data, looked up on first use (classes refer to each other in cycles). */
        private ModelClass elementModel;

        Property(String name, Function<Object, Object> getter, Method setter, Shape shape, Class<?> element) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
            this.shape = shape;
            this.element = element;
            this.elementIsModel = isModel(element) || element == Object.class;
        }

        Object get(Object owner) {
            return getter.apply(owner);
        }

        /** @return the walk data of a value of this property, fast for the declared class */
        ModelClass modelOf(Object value) {
            Class<?> type = value.getClass();
            if (type != element) {
                return CLASSES.get(type);
            }
            ModelClass known = elementModel;
            if (known == null) {
                known = CLASSES.get(type);
                elementModel = known;
            }
            return known;
        }

        void set(Object owner, Object value) {
            try {
                setter.invoke(owner, value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot set " + name + " of " + owner.getClass().getSimpleName(), e);
            }
        }
    }

    private final HasMetadata root;
    private final List<ShapeProblem> problems;
    private final Map<String, int[]> keptIndexes;
    private boolean excluded;
    /** True while repairing a part whose required fields its owner's schema decides, not the core API's. */
    private boolean quietRequired;

    private ModelWalk(HasMetadata root, List<ShapeProblem> problems, Map<String, int[]> keptIndexes) {
        this.root = root;
        this.problems = problems;
        this.keptIndexes = keptIndexes;
    }

    /**
     * @param object a model object
     * @return true when nothing in it needs repair
     */
    static boolean isClean(HasMetadata object) {
        return clean(object, CLASSES.get(object.getClass()));
    }

    /**
     * Repairs a copy in place.
     *
     * @param copy a deep copy of the object the user gave
     * @param original that object, named by the problems
     * @param problems receives what was missing
     * @param keptIndexes receives, per repaired list path (as the rules see it), the original index of each item kept
     * @return true when a missing part keeps the whole object from the rules
     */
    static boolean repair(HasMetadata copy, HasMetadata original, List<ShapeProblem> problems,
            Map<String, int[]> keptIndexes) {
        ModelWalk walk = new ModelWalk(original, problems, keptIndexes);
        walk.repairModel(copy, "", "");
        return walk.excluded;
    }

    /**
     * @param part a model object that is not a whole object, such as a pod template read from a custom resource
     * @return true when nothing in it needs repair
     */
    static boolean isCleanPart(Object part) {
        return clean(part, CLASSES.get(part.getClass()));
    }

    /**
     * Repairs a part of an object in place, such as a pod template read from a custom resource's mapping. A field
     * the core API requires but the part leaves out (a container's name, which Knative and KServe fill in) is no
     * problem: the custom resource's own schema, not the core API's, says what it needs. A missing name becomes the
     * part's path ({@code spec.template.spec.containers[0]}), so messages name the container where the user can find
     * it; any other such field gets its zero value. Null list items are problems, as everywhere.
     *
     * @param part a model object made for the rules, never the caller's
     * @param path where the part sits in its object, which every problem's and kept index's path starts with
     * @param original the object the part sits in, named by the problems
     * @param problems receives what was missing
     * @param keptIndexes receives, per repaired list path, the original index of each item kept
     * @return true when a missing part keeps the part from the rules
     */
    static boolean repairPart(Object part, String path, HasMetadata original, List<ShapeProblem> problems,
            Map<String, int[]> keptIndexes) {
        ModelWalk walk = new ModelWalk(original, problems, keptIndexes);
        walk.quietRequired = true;
        walk.repairModel(part, path, path);
        return walk.excluded;
    }

    private static boolean clean(Object node, ModelClass model) {
        for (Property field : model.required) {
            if (missing(node, field)) {
                return false;
            }
        }
        for (Property field : model.anchors) {
            if (missing(node, field)) {
                return false;
            }
        }
        for (Property p : model.walked) {
            Object value = p.get(node);
            if (value == null) {
                if (p.shape != Shape.MODEL) {
                    return false;
                }
                continue;
            }
            if (p.shape == Shape.MODEL) {
                if (!clean(value, p.modelOf(value))) {
                    return false;
                }
            } else if (p.shape == Shape.LIST) {
                if (!cleanList(p, (List<?>) value)) {
                    return false;
                }
            } else if (!((Map<?, ?>) value).isEmpty() && !cleanItems(p, ((Map<?, ?>) value).values())) {
                return false;
            }
        }
        return true;
    }

    private static boolean cleanList(Property p, List<?> items) {
        if (!(items instanceof java.util.RandomAccess)) {
            return cleanItems(p, items);
        }
        for (int i = 0, n = items.size(); i < n; i++) {
            Object item = items.get(i);
            if (item == null || p.elementIsModel && !clean(item, p.modelOf(item))) {
                return false;
            }
        }
        return true;
    }

    private static boolean cleanItems(Property p, java.util.Collection<?> items) {
        for (Object item : items) {
            if (item == null || p.elementIsModel && !clean(item, p.modelOf(item))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param path the node's path as the rules see it
     * @param written the node's path as the user wrote it
     */
    private void repairModel(Object node, String path, String written) {
        ModelClass model = CLASSES.get(node.getClass());
        for (Property field : model.anchors) {
            if (missing(node, field)) {
                excluded = true;
                String fieldPath = FieldPaths.field(written, field.name);
                problems.add(new ShapeProblem(root, fieldPath, requiredMessage(fieldPath), true));
            }
        }
        for (Property field : model.required) {
            if (missing(node, field)) {
                String fieldPath = FieldPaths.field(written, field.name);
                if (!quietRequired) {
                    problems.add(new ShapeProblem(root, fieldPath, partMessage(node, written, fieldPath), false));
                    field.set(node, zero(field.element));
                } else {
                    // A part named by its owner's controller (Knative's, KServe's) is named by its path meanwhile.
                    field.set(node, field.element == String.class && field.name.equals("name") ? written
                            : zero(field.element));
                }
            }
        }
        for (Property p : model.walked) {
            Object value = p.get(node);
            String childPath = FieldPaths.field(path, p.name);
            String childWritten = FieldPaths.field(written, p.name);
            if (value == null) {
                if (p.shape == Shape.LIST) {
                    p.set(node, new ArrayList<>());
                } else if (p.shape == Shape.MAP) {
                    p.set(node, new LinkedHashMap<>());
                }
                continue;
            }
            switch (p.shape) {
                case LIST -> repairList(node, p, (List<?>) value, childPath, childWritten);
                case MAP -> repairMap(p, (Map<?, ?>) value, childPath, childWritten);
                case MODEL -> repairModel(value, childPath, childWritten);
                default -> throw new IllegalStateException(p.shape.name());
            }
        }
    }

    private void repairList(Object owner, Property p, List<?> list, String path, String written) {
        List<Object> kept = new ArrayList<>(list.size());
        int[] originals = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemWritten = FieldPaths.item(written, i);
            if (item == null) {
                problems.add(new ShapeProblem(root, itemWritten, itemWritten + " is empty (null); remove the bare "
                        + "list item or fill it in", false));
                continue;
            }
            if (isModel(item.getClass())) {
                repairModel(item, FieldPaths.item(path, kept.size()), itemWritten);
            }
            originals[kept.size()] = i;
            kept.add(item);
        }
        if (kept.size() < list.size()) {
            p.set(owner, kept);
            int[] trimmed = new int[kept.size()];
            System.arraycopy(originals, 0, trimmed, 0, kept.size());
            keptIndexes.put(path, trimmed);
        }
    }

    @SuppressWarnings("unchecked")
    private void repairMap(Property p, Map<?, ?> map, String path, String written) {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Object, Object> entry = (Map.Entry<Object, Object>) entries.next();
            String key = String.valueOf(entry.getKey());
            if (entry.getValue() == null) {
                if (p.element == String.class) {
                    entry.setValue("");
                } else {
                    String field = FieldPaths.field(written, key);
                    problems.add(new ShapeProblem(root, field, field + " has no value; give it one or remove the key",
                            false));
                    entries.remove();
                }
            } else if (isModel(entry.getValue().getClass())) {
                repairModel(entry.getValue(), FieldPaths.field(path, key), FieldPaths.field(written, key));
            }
        }
    }

    private String partMessage(Object item, String itemPath, String field) {
        if ((item instanceof Container || item instanceof EphemeralContainer) && field.endsWith(".name")) {
            return "the container at " + itemPath + " has no name";
        }
        if (item instanceof ServicePort) {
            return field + " is missing; every Service port needs the number clients connect to";
        }
        return requiredMessage(field);
    }

    private String requiredMessage(String field) {
        return field + " is missing; the API server rejects a " + root.getKind() + " (" + root.getApiVersion()
                + ") without it";
    }

    /** @return the zero value of a required field's type, as Go gives it: empty text, 0, an empty part */
    private static Object zero(Class<?> type) {
        if (type == String.class) {
            return "";
        }
        if (type == Integer.class) {
            return 0;
        }
        if (type == Long.class) {
            return 0L;
        }
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make an empty " + type.getSimpleName(), e);
        }
    }

    private static boolean missing(Object node, Property field) {
        Object value = field.get(node);
        return value == null || value instanceof String text && text.isEmpty();
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith(MODEL_PACKAGE) && type != Quantity.class && type != IntOrString.class
                && !type.isEnum();
    }
}
