package dev.berth.core.values;

/**
 * What a field in the {@link ValueFields} table holds, which says how to read it.
 *
 * <pre>{@code
 * ValueKind.QUANTITY; // "1Gi", "500m"
 * }</pre>
 */
public enum ValueKind {
    /** A whole number ({@code Integer} or {@code Long}). */
    INTEGER,
    /** A {@code resource.Quantity}, read with {@link Quantities}. */
    QUANTITY,
    /** A port number, read with {@link Ports#number(Integer)}. */
    PORT,
    /** A port number or name, read with {@link Ports#numberOrName(io.fabric8.kubernetes.api.model.IntOrString)}. */
    PORT_OR_NAME,
    /** A port's name (an IANA service name), read with {@link Ports#name(String)}. */
    PORT_NAME,
    /** A count or percentage, read with {@link CountsOrPercents}. */
    COUNT_OR_PERCENT,
    /**
     * A count or a percentage of at most 100%, read with
     * {@link CountsOrPercents#parseUpTo100(io.fabric8.kubernetes.api.model.IntOrString)}.
     */
    COUNT_OR_PERCENT_UP_TO_100,
    /** A CronJob schedule, read with {@link CronSchedules}. */
    CRON,
    /** A label selector, checked with {@link LabelSelectors}. */
    SELECTOR,
    /** A container image reference, read with {@link Images}. */
    IMAGE
}
