package dev.berth.core.values;

import dev.berth.core.state.ImageReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a container image reference with {@link ImageReference#parse(String)}, the Docker reference grammar, and
 * gives a problem instead of an exception.
 *
 * <pre>{@code
 * Images.parse("nginx:1.27").value().map(ImageReference::isPinned); // Optional[true]
 * Images.parse("Nginx").problem(); // Optional["image reference \"Nginx\" is invalid: ..."]
 * }</pre>
 */
public final class Images {

    /**
     * Parsed references by text: a repository repeats a few images thousands of times, and the grammar's patterns cost
     * tens of microseconds a reference. Results are immutable; the cache is emptied when it reaches its bound.
     */
    private static final int CACHE_BOUND = 4096;
    private static final Map<String, Parsed<ImageReference>> CACHE = new ConcurrentHashMap<>();

    private Images() {
    }

    /**
     * @param image the reference as written, or null
     * @return the parsed reference, or a problem
     */
    public static Parsed<ImageReference> parse(String image) {
        if (image == null) {
            return Parsed.problem("no image is written");
        }
        Parsed<ImageReference> known = CACHE.get(image);
        if (known != null) {
            return known;
        }
        if (CACHE.size() >= CACHE_BOUND) {
            CACHE.clear();
        }
        Parsed<ImageReference> parsed = read(image);
        CACHE.put(image, parsed);
        return parsed;
    }

    private static Parsed<ImageReference> read(String image) {
        try {
            return Parsed.of(ImageReference.parse(image));
        } catch (IllegalArgumentException invalid) {
            String problem = invalid.getMessage() == null ? "image reference is invalid" : invalid.getMessage();
            return Parsed.problem(Placeholders.looksLikePlaceholder(image, false)
                    ? problem + "; " + Placeholders.HINT : problem);
        }
    }
}
