package dev.berth.charts;

/**
 * No usable kustomize was found: neither {@code kustomize} (v4 or later) nor {@code kubectl} (1.21 or later, which
 * carries kustomize v4) is on the search path. The message says what was found and what to install; the command line
 * turns it into one note and judges the overlay's files as they are.
 *
 * <pre>{@code
 * try {
 *     manifest = Kustomization.at(overlay).build();
 * } catch (KustomizeUnavailableException e) {
 *     System.err.println("note: " + e.getMessage());
 * }
 * }</pre>
 */
public final class KustomizeUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was looked for and found, and what to install
     */
    public KustomizeUnavailableException(String message) {
        super(message, null, false, false);
    }
}
