package dev.berth.core.values;

import dev.berth.core.state.ImageReference;

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
        try {
            return Parsed.of(ImageReference.parse(image));
        } catch (IllegalArgumentException invalid) {
            String problem = invalid.getMessage() == null ? "image reference is invalid" : invalid.getMessage();
            return Parsed.problem(Placeholders.looksLikePlaceholder(image, false)
                    ? problem + "; " + Placeholders.HINT : problem);
        }
    }
}
