package dev.berth.core.write;

/**
 * The text format a {@link ManifestWriter} writes.
 *
 * <pre>{@code
 * ManifestWriter writer = ManifestWriter.yaml().withFormat(Format.JSON);   // same as ManifestWriter.json()
 * }</pre>
 */
public enum Format {
    /** Multi-document YAML, block style, two-space indentation; files end in {@code .yaml}. */
    YAML,
    /** Pretty-printed JSON, two-space indentation; files end in {@code .json}. */
    JSON;

    /**
     * <pre>{@code Path file = dir.resolve("all" + Format.YAML.extension());   // all.yaml}</pre>
     *
     * @return the file extension, with its dot: {@code .yaml} or {@code .json}
     */
    public String extension() {
        return this == YAML ? ".yaml" : ".json";
    }
}
