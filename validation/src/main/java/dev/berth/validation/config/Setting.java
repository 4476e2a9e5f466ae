package dev.berth.validation.config;

import java.util.Objects;

/**
 * One effective setting of a {@link ProjectConfig} and where it came from, for {@code berth lint --print-config} and
 * for messages that point at the line to change.
 *
 * <pre>{@code
 * Setting<String> rules = config.rules();
 * rules.value();    // "strict"
 * rules.source();   // ".berth.yaml:2", or "default", or "--rules"
 * }</pre>
 *
 * @param value the value; null only for a path that is not set (no {@code baseline})
 * @param source {@value ProjectConfig#DEFAULT}, {@code FILE:LINE} of the configuration file, or the command-line flag or
 *               build parameter that gave it
 * @param <T> the value's type
 */
public record Setting<T>(T value, String source) {

    /**
     * Checks the parts.
     *
     * @param value the value
     * @param source where it came from
     */
    public Setting {
        Objects.requireNonNull(source, "source");
    }

    /** @return true when nobody set it: the value is Berth's default */
    public boolean isDefault() {
        return source.equals(ProjectConfig.DEFAULT);
    }
}
