package dev.berth.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the known name a misspelt one most likely meant, for "did you mean" hints: the {@code unknown-field} rule
 * uses it for manifest fields, the project configuration file for its keys and rule ids.
 *
 * <pre>{@code
 * Spelling.closest("replica", Set.of("replicas", "paused"));  // Optional[replicas]
 * Spelling.closest("failon", Set.of("failOn", "baseline"));   // Optional[failOn]
 * Spelling.closest("zzz", Set.of("replicas"));                // Optional.empty
 * }</pre>
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * @param name a misspelt name
     * @param candidates the names it may have meant
     * @return the candidate closest by edit distance (case and a swap of two letters count little), when close enough
     *         to be a likely typo: at most a third of the name's letters (1 to 3) differ; ties go to the first
     *         candidate in alphabetical order
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            int folded = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (folded > limit) {
                continue;
            }
            int score = folded * 100 + distance(name, candidate);
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.
     *
     * @param a a name
     * @param b another
     * @return the number of such edits that turn {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
