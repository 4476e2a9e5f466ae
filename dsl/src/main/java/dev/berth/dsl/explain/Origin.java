package dev.berth.dsl.explain;

/**
 * What chose a value in the generated objects.
 *
 * <pre>{@code
 * app.explain().decisions().get(0).origin(); // PROFILE, PRESET or USER
 * }</pre>
 */
public enum Origin {
    /** The component's {@code StateProfile} (or its pattern) required it. */
    PROFILE,
    /** A preset supplied it: the application's {@code Preset} or a datastore preset. */
    PRESET,
    /** The user set it. */
    USER
}
