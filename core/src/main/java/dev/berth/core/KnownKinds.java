package dev.berth.core;

import dev.berth.core.internal.KindRegistry;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The kinds Kubernetes defines, so that a rule naming a kind can be checked when it is built instead of silently
 * never running: those the fabric8 model classes on the class path declare ({@code Deployment}, {@code PersistentVolumeClaim},
 * and {@code HTTPRoute} when the Gateway API model is present), the cluster-scoped built-ins {@link ObjectRef} knows
 * ({@code PriorityClass}, {@code RuntimeClass}...) and a few namespaced built-ins core does not model ({@code Lease},
 * {@code EndpointSlice}...). A custom resource's kind is declared with its API group: {@code example.com/Widget}.
 *
 * <pre>{@code
 * KnownKinds.require("StatefulSet");         // "StatefulSet"
 * KnownKinds.require("argoproj.io/Rollout"); // "Rollout": a custom resource, declared by its group
 * KnownKinds.require("Deploymnet");          // IllegalArgumentException:
 * // kind "Deploymnet" is not a Kubernetes kind; did you mean Deployment? For a custom resource, name its API group,
 * // as in "example.com/Deploymnet"
 * }</pre>
 */
public final class KnownKinds {

    /** Namespaced kinds of built-in API groups that core's model jars leave out. */
    private static final List<String> UNMODELLED = List.of("Lease", "EndpointSlice", "ResourceClaim",
            "ResourceClaimTemplate", "PodSchedulingContext", "CSIStorageCapacity");

    private static final SortedSet<String> ALL = kinds();

    private KnownKinds() {
    }

    /** @return every kind a fabric8 model class on the class path declares, sorted */
    public static SortedSet<String> all() {
        return ALL;
    }

    /**
     * @param kind a kind, such as {@code StatefulSet}
     * @return true when a fabric8 model class on the class path declares it
     */
    public static boolean isKnown(String kind) {
        return ALL.contains(kind);
    }

    /**
     * Checks a kind a rule or a selector names.
     *
     * @param declared a kind Kubernetes defines ({@code StatefulSet}), or a custom resource's kind after its API group
     *        ({@code argoproj.io/Rollout})
     * @return the kind, without the group
     * @throws IllegalArgumentException when it is neither, naming the nearest known kind when there is one
     */
    public static String require(String declared) {
        if (declared == null || declared.isBlank()) {
            throw new IllegalArgumentException("kind must not be empty, was " + (declared == null ? "null"
                    : "\"" + declared + "\""));
        }
        int slash = declared.lastIndexOf('/');
        if (slash > 0 && slash < declared.length() - 1) {
            return declared.substring(slash + 1);
        }
        if (slash < 0 && isKnown(declared)) {
            return declared;
        }
        String kind = slash < 0 ? declared : declared.replace("/", "");
        String custom = "name its API group, as in \"example.com/" + kind + "\"";
        Optional<String> near = closest(kind);
        throw new IllegalArgumentException("kind \"" + declared + "\" is not a Kubernetes kind; " + (near.isPresent()
                ? "did you mean " + near.get() + "? For a custom resource, " + custom
                : "for a custom resource, " + custom));
    }

    /**
     * @param kind a kind that may be misspelt
     * @return the known kind that differs from it only in case, else the one at the fewest edits (at most two), the
     *         first in alphabetical order on a tie
     */
    public static Optional<String> closest(String kind) {
        String best = null;
        int bestDistance = 3;
        for (String known : ALL) {
            if (known.toLowerCase(Locale.ROOT).equals(kind.toLowerCase(Locale.ROOT))) {
                return Optional.of(known);
            }
            if (Math.abs(known.length() - kind.length()) < bestDistance) {
                int distance = distance(known, kind);
                if (distance < bestDistance) {
                    best = known;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein's edit distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static SortedSet<String> kinds() {
        SortedSet<String> kinds = new TreeSet<>();
        for (String key : KindRegistry.instance().all().keySet()) {
            kinds.add(key.substring(key.indexOf(' ') + 1));
        }
        kinds.addAll(ObjectRef.KindScopes.CLUSTER_SCOPED);
        kinds.addAll(UNMODELLED);
        return Collections.unmodifiableSortedSet(kinds);
    }
}
