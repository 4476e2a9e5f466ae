package dev.berth.charts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The guard of the kustomize tests: they fail without a usable kustomize unless a reason to skip is given. */
final class KustomizeTestTool {

    private KustomizeTestTool() {
    }

    /** Fails (or, with a reason in BERTH_SKIP_KUSTOMIZE or berth.kustomize.skip, skips) without kustomize v4+. */
    static void requireKustomize() {
        String reason = System.getenv("BERTH_SKIP_KUSTOMIZE");
        if (reason == null || reason.isBlank()) {
            reason = System.getProperty("berth.kustomize.skip", "");
        }
        try {
            KustomizeTool.find(System.getenv("PATH"));
        } catch (KustomizeUnavailableException e) {
            if (reason.isBlank()) {
                throw new AssertionError("kustomize tests need kustomize v4+ (kubectl 1.21+) on PATH, or a reason in"
                        + " BERTH_SKIP_KUSTOMIZE: " + e.getMessage(), e);
            }
            assumeTrue(false, "kustomize tests skipped: " + reason);
        }
    }
}
