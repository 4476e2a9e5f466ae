package dev.berth.validation;

import java.util.Objects;

/**
 * A typed setting of a rule, with a default a rule set can change.
 *
 * <pre>{@code
 * static final Parameter<Integer> MIN_REPLICAS =
 *         Parameter.of("minReplicas", Integer.class, 2, "Replicas a workload behind a Service should have");
 * int min = context.parameter(MIN_REPLICAS);
 * RuleSets.recommended().withParameter("replicas-behind-service", "minReplicas", 3);
 * }</pre>
 *
 * @param name the parameter's name, camelCase
 * @param type its type
 * @param defaultValue the value when no rule set changes it
 * @param description what it controls, without a trailing period
 * @param <T> the type
 */
public record Parameter<T>(String name, Class<T> type, T defaultValue, String description) {

    /**
     * Checks the parts.
     *
     * @param name the parameter's name
     * @param type its type
     * @param defaultValue its default
     * @param description what it controls
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @param name the parameter's name
     * @param type its type
     * @param defaultValue its default
     * @param description what it controls
     * @param <T> the type
     * @return the parameter
     */
    public static <T> Parameter<T> of(String name, Class<T> type, T defaultValue, String description) {
        return new Parameter<>(name, type, defaultValue, description);
    }

    /**
     * @param value a value given for this parameter
     * @return the value, typed
     * @throws IllegalArgumentException when the value has the wrong type
     */
    public T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("parameter " + name + " takes a " + type.getSimpleName() + ", was "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
        }
        return type.cast(value);
    }
}
