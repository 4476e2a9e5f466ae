package dev.berth.core.state;

import dev.berth.core.text.Patterns;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an image is one a datastore is known by. The rule is documented on
 * {@link Datastores#recognise(ImageReference)}; this class holds its mechanics and its list of flavours.
 */
final class ImageNameMatcher {

    private static final Pattern SEPARATORS = Patterns.compile("[-_.]+");

    /**
     * Words that name a build of the same datastore rather than another program: {@code redis-cluster},
     * {@code mongodb-community-server}, {@code postgresql-repmgr}, {@code pulsar-all}. An allow-list on purpose: the
     * programs around a datastore (exporters, UIs, sidecars, operators, proxies, backup and init tools, connectors)
     * are open-ended, and any word missing from a deny-list would turn one of them into a database.
     */
    static final Set<String> FLAVOURS = Set.of(
            "server", "community", "enterprise", "oss", "official", "cluster", "sharded", "galera", "repmgr", "stack",
            "ha", "native", "all", "gis");

    private ImageNameMatcher() {
    }

    /**
     * @param image the image, any case
     * @param names last path components, matched on any registry and under any vendor
     * @param vendorPaths trailing paths, matched at component boundaries
     * @return true when the image's last component is one of the names, or its path ends with a vendor path, each
     *     allowing {@link #FLAVOURS} after the last component
     */
    static boolean matches(ImageReference image, List<String> names, List<String> vendorPaths) {
        return matches(segments(image), names, vendorPaths);
    }

    /**
     * @param image an image
     * @return its registry and repository components, lowercase: what {@link #matches(String[], List, List)} takes,
     *         computed once when an image is matched against the whole catalogue
     */
    static String[] segments(ImageReference image) {
        return (image.registry() + "/" + image.repository()).toLowerCase(Locale.ROOT).split("/");
    }

    static boolean matches(String[] segments, List<String> names, List<String> vendorPaths) {
        String last = segments[segments.length - 1];
        for (String name : names) {
            if (componentMatches(last, name)) {
                return true;
            }
        }
        for (String vendorPath : vendorPaths) {
            if (endsWith(segments, vendorPath.split("/"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the component is the name, or the name followed by a separator and flavour words only
     */
    static boolean componentMatches(String component, String name) {
        if (component.equals(name)) {
            return true;
        }
        if (component.length() <= name.length() + 1 || !component.startsWith(name)
                || "-_.".indexOf(component.charAt(name.length())) < 0) {
            return false;
        }
        return Arrays.stream(SEPARATORS.split(component.substring(name.length() + 1)))
                .allMatch(ImageNameMatcher::isFlavour);
    }

    private static boolean isFlavour(String word) {
        return FLAVOURS.contains(word) || (!word.isEmpty() && word.chars().allMatch(Character::isDigit));
    }

    private static boolean endsWith(String[] segments, String[] suffix) {
        int offset = segments.length - suffix.length;
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length - 1; i++) {
            if (!segments[offset + i].equals(suffix[i])) {
                return false;
            }
        }
        return componentMatches(segments[segments.length - 1], suffix[suffix.length - 1]);
    }
}
