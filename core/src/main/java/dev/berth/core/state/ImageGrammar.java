package dev.berth.core.state;

import dev.berth.core.text.Patterns;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Docker reference grammar (distribution/reference), one check per part. Each check returns what is wrong, or
 * {@code null} when the part is valid, so that {@link ImageReference#parse(String)} can name the whole reference.
 *
 * <pre>
 * reference       := name [ ":" tag ] [ "@" digest ]
 * name            := [ registry "/" ] repository            (255 characters at most)
 * registry        := host [ ":" port ]
 * repository      := path-component [ "/" path-component ]*
 * path-component  := [a-z0-9]+ ( ( [._] | "__" | "-"+ ) [a-z0-9]+ )*
 * tag             := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
 * digest          := algorithm ":" hex                      (sha256, sha384 or sha512, lowercase hex)
 * </pre>
 */
final class ImageGrammar {

    static final int MAX_NAME_LENGTH = 255;

    /* Letters and digits, with single or repeated '-' only between them; possessive like PATH_COMPONENT below. */
    private static final String DOMAIN_COMPONENT = "[a-zA-Z0-9]++(?:-++[a-zA-Z0-9]++)*+";
    private static final Pattern REGISTRY = Patterns.whole(
            "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*+|\\[[a-fA-F0-9:]++])(?::[0-9]++)?");
    /*
     * Possessive: letters and digits, separators and '/' are disjoint, so a completed run or repetition never has to
     * be given back, and a name that fails (a trailing '-' after a megabyte of "a-") fails without backtracking
     * through every repetition.
     */
    private static final String PATH_COMPONENT = "[a-z0-9]++(?:(?:[._]|__|-++)[a-z0-9]++)*+";
    private static final Pattern REPOSITORY = Patterns.whole(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*+");
    private static final Pattern TAG = Patterns.whole("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Patterns.whole("([a-z0-9]++(?:[.+_-][a-z0-9]++)*+):([a-f0-9]++)");
    /** Longer than any digest of a supported algorithm (sha512: 7 + 1 + 128), with room for unknown algorithms. */
    private static final int MAX_DIGEST_LENGTH = 256;
    private static final Map<String, Integer> HEX_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

    private ImageGrammar() {
    }

    /**
     * Whether the first component of a name is a registry: it contains '.' or ':', or is {@code localhost}.
     */
    static boolean looksLikeRegistry(String firstComponent) {
        return firstComponent.contains(".") || firstComponent.contains(":") || firstComponent.equals("localhost");
    }

    static String registryProblem(String registry) {
        // Most references name no registry and are normalised to Docker Hub's, which the pattern accepts.
        return registry.equals(ImageReference.DOCKER_HUB) || REGISTRY.matcher(registry).matches()
                ? null
                : "registry \"" + registry + "\" is not a host name or address with an optional port";
    }

    static String repositoryProblem(String repository) {
        if (repository.isEmpty()) {
            return "repository is empty";
        }
        if (!repository.equals(repository.toLowerCase(java.util.Locale.ROOT))) {
            return "repository \"" + repository + "\" must be lowercase";
        }
        return REPOSITORY.matcher(repository).matches()
                ? null
                : "repository \"" + repository + "\" must be lowercase letters and digits in '/'-separated"
                        + " components, joined inside a component by '.', '_', '__' or '-'";
    }

    static String tagProblem(String tag) {
        return TAG.matcher(tag).matches()
                ? null
                : "tag \"" + tag + "\" must be 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'";
    }

    static String digestProblem(String digest) {
        if (digest.length() > MAX_DIGEST_LENGTH) {
            return "digest is longer than " + MAX_DIGEST_LENGTH + " characters (an algorithm, ':' and at most 128 hex "
                    + "digits)";
        }
        var matcher = DIGEST.matcher(digest);
        if (!matcher.matches()) {
            return "digest \"" + digest + "\" must be an algorithm, ':' and lowercase hex digits, such as sha256:<64 hex>";
        }
        Integer length = HEX_LENGTHS.get(matcher.group(1));
        if (length == null) {
            return "digest algorithm \"" + matcher.group(1) + "\" is not supported (sha256, sha384 or sha512)";
        }
        return matcher.group(2).length() == length
                ? null
                : "digest \"" + digest + "\" must have " + length + " hex digits after " + matcher.group(1)
                        + ", had " + matcher.group(2).length();
    }
}
