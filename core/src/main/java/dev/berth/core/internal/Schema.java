package dev.berth.core.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a position in a fabric8 object expects: a string, a number, a list of something, a bean with named fields...
 * Derived from the model classes through Jackson's introspection and cached per type. Internal: not part of the API.
 */
public final class Schema {

    /** The shape a position expects. */
    public enum Shape {
        /** Anything: free-form fields, custom resources, unknown fields. */
        ANY,
        /** A bean with named fields. */
        OBJECT,
        /** A map from string keys to one value type. */
        MAP,
        /** A list of one item type. */
        LIST,
        /** Text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A port number or a port name. */
        INT_OR_STRING,
        /** A resource quantity such as {@code 500m} or {@code 1Gi}. */
        QUANTITY
    }

    /** The schema of anything. */
    public static final Schema ANY = new Schema(Shape.ANY, null, null, Map.of());

    private static final Map<JavaType, Schema> CACHE = new ConcurrentHashMap<>();

    private final Shape shape;
    private final JavaType type;
    private final JavaType content;
    private volatile Map<String, JavaType> properties;
    private final Map<String, Schema> fields = new ConcurrentHashMap<>();
    private volatile Schema contentSchema;

    private Schema(Shape shape, JavaType type, JavaType content, Map<String, JavaType> properties) {
        this.shape = shape;
        this.type = type;
        this.content = content;
        this.properties = properties;
    }

    /**
     * @param type a model class
     * @return its schema
     */
    public static Schema of(Class<?> type) {
        return of(Json.mapper().constructType(type));
    }

    /**
     * @param type a Jackson type
     * @return its schema
     */
    public static Schema of(JavaType type) {
        if (type == null) {
            return ANY;
        }
        Schema known = CACHE.get(type);
        if (known == null) {
            known = create(type);
            CACHE.put(type, known);
        }
        return known;
    }

    /** @return the shape this position expects */
    public Shape shape() {
        return shape;
    }

    /** @return true for strings, the positions where YAML 1.1's other types surprise users */
    public boolean expectsString() {
        return shape == Shape.STRING;
    }

    /**
     * @param name a field name of a bean
     * @return the field's schema, or null when the bean does not define the field
     */
    public Schema field(String name) {
        if (shape == Shape.ANY) {
            return ANY;
        }
        if (shape == Shape.MAP) {
            return content();
        }
        if (shape != Shape.OBJECT) {
            return null;
        }
        Schema known = fields.get(name);
        if (known == null) {
            JavaType fieldType = properties().get(name);
            if (fieldType == null) {
                return null;
            }
            known = of(fieldType);
            fields.put(name, known);
        }
        return known;
    }

    /** @return the schema of list items, or of anything when this is not a list */
    public Schema item() {
        return shape == Shape.LIST ? content() : ANY;
    }

    private Schema content() {
        Schema known = contentSchema;
        if (known == null) {
            known = of(content);
            contentSchema = known;
        }
        return known;
    }

    /** @return true when the position is a bean, whose unknown fields are worth listing */
    public boolean isObject() {
        return shape == Shape.OBJECT;
    }

    private Map<String, JavaType> properties() {
        Map<String, JavaType> known = properties;
        if (known == null) {
            BeanDescription description = Json.mapper().getDeserializationConfig().introspect(type);
            Map<String, JavaType> found = new HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
                    found.put(property.getName(), property.getPrimaryType());
                }
            }
            known = Map.copyOf(found);
            properties = known;
        }
        return known;
    }

    private static Schema create(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return new Schema(Shape.STRING, type, null, Map.of());
        }
        if (raw == IntOrString.class) {
            return new Schema(Shape.INT_OR_STRING, type, null, Map.of());
        }
        if (raw == Quantity.class) {
            return new Schema(Shape.QUANTITY, type, null, Map.of());
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == BigInteger.class) {
            return new Schema(Shape.INTEGER, type, null, Map.of());
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class || raw == Number.class) {
            return new Schema(Shape.NUMBER, type, null, Map.of());
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return new Schema(Shape.BOOLEAN, type, null, Map.of());
        }
        if (type.isMapLikeType()) {
            return new Schema(Shape.MAP, type, type.getContentType(), Map.of());
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return new Schema(Shape.LIST, type, type.getContentType(), Map.of());
        }
        if (raw == io.fabric8.kubernetes.api.model.GenericKubernetesResource.class) {
            // A custom resource defines its own fields: none of them is unknown to Berth.
            return ANY;
        }
        if (raw == Object.class || raw.isInterface() || Collection.class.isAssignableFrom(raw)
                || hasCustomDeserializer(raw) || raw.getName().startsWith("com.fasterxml.")) {
            return ANY;
        }
        if (raw.getName().startsWith("io.fabric8.")) {
            return new Schema(Shape.OBJECT, type, null, null);
        }
        return ANY;
    }

    private static boolean hasCustomDeserializer(Class<?> raw) {
        JsonDeserialize annotation = raw.getAnnotation(JsonDeserialize.class);
        return annotation != null && annotation.using() != JsonDeserializer.None.class;
    }
}
