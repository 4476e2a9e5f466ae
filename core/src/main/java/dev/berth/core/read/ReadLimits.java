package dev.berth.core.read;

/**
 * Limits that keep the reader safe on hostile input. Each has a default that no real manifest comes near, and each can
 * be set.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDepth(64);
 * Manifest manifest = new ManifestReader(limits).read(path);
 * }</pre>
 *
 * @param maxAliases how many aliases ({@code *name}) one document may use. Default: 100
 * @param maxAliasExpansion how many nodes aliases may copy into one document in all, which stops "billion laughs"
 *        alias bombs. Default: 10,000
 * @param maxDepth how deeply mappings and lists may nest. Default: 200
 * @param maxDocumentChars how many characters one YAML document may hold. Default: 8,388,608 (the API server keeps
 *        objects of at most 1.5 MiB)
 * @param maxFileBytes how many bytes one file or stream may hold. Default: 268,435,456 (256 MiB)
 */
public record ReadLimits(int maxAliases, int maxAliasExpansion, int maxDepth, int maxDocumentChars,
        long maxFileBytes) {

    private static final ReadLimits DEFAULTS = new ReadLimits(100, 10_000, 200, 8 * 1024 * 1024, 256L << 20);

    /**
     * Checks every limit is positive.
     *
     * @param maxAliases aliases per document
     * @param maxAliasExpansion nodes aliases may copy into one document
     * @param maxDepth nesting depth
     * @param maxDocumentChars characters per document
     * @param maxFileBytes bytes per file or stream
     */
    public ReadLimits {
        positive("maxAliases", maxAliases, 0);
        positive("maxAliasExpansion", maxAliasExpansion, 0);
        positive("maxDepth", maxDepth, 1);
        positive("maxDocumentChars", maxDocumentChars, 1);
        positive("maxFileBytes", maxFileBytes, 1);
        if (maxDepth > 1_000) {
            throw new IllegalArgumentException("maxDepth must be <= 1000, was " + maxDepth);
        }
    }

    /** @return the defaults */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param value aliases per document, 0 to refuse aliases
     * @return a copy with that limit
     */
    public ReadLimits withMaxAliases(int value) {
        return new ReadLimits(value, maxAliasExpansion, maxDepth, maxDocumentChars, maxFileBytes);
    }

    /**
     * @param value nodes aliases may copy into one document
     * @return a copy with that limit
     */
    public ReadLimits withMaxAliasExpansion(int value) {
        return new ReadLimits(maxAliases, value, maxDepth, maxDocumentChars, maxFileBytes);
    }

    /**
     * @param value nesting depth, at most 1,000
     * @return a copy with that limit
     */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxAliases, maxAliasExpansion, value, maxDocumentChars, maxFileBytes);
    }

    /**
     * @param value characters per document
     * @return a copy with that limit
     */
    public ReadLimits withMaxDocumentChars(int value) {
        return new ReadLimits(maxAliases, maxAliasExpansion, maxDepth, value, maxFileBytes);
    }

    /**
     * @param value bytes per file or stream
     * @return a copy with that limit
     */
    public ReadLimits withMaxFileBytes(long value) {
        return new ReadLimits(maxAliases, maxAliasExpansion, maxDepth, maxDocumentChars, value);
    }

    private static void positive(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
    }
}
