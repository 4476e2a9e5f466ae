package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.validation.RuleSet;

/** Hands {@link FindingsNarrowingTest}'s manifest and rule to the extension test in another package. */
public final class FindingsNarrowingTestAccess {

    /** The manifest of two unlabelled Deployments. */
    public static final Manifest TWO_UNLABELLED = FindingsNarrowingTest.TWO_UNLABELLED;
    /** The team-label rule, alone. */
    public static final RuleSet TEAM = FindingsNarrowingTest.TEAM;

    private FindingsNarrowingTestAccess() {
    }
}
