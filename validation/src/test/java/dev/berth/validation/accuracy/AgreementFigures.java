package dev.berth.validation.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every agreement test asserts at its end: its generated page is current, and both figures reach 95%.
 *
 * <p>Example: {@code AgreementFigures.pageIsCurrent(PAGE, page(agreements));
 * AgreementFigures.holdAt95Percent(found, failures, clean, successes);}
 */
final class AgreementFigures {

    private AgreementFigures() {
    }

    /**
     * Writes {@code content} to {@code page} when the build runs with {@code -Dberth.updateDocs=true}, and fails when
     * the page on disk differs from it.
     */
    static void pageIsCurrent(Path page, String content) throws IOException {
        if (Boolean.getBoolean("berth.updateDocs")) {
            Files.writeString(page, content);
        }
        assertThat(page).as("docs/" + page.getFileName() + " is stale: run the build with -Dberth.updateDocs=true")
                .exists().hasContent(content);
    }

    /**
     * The figures as the pages state them, such as {@code failure files flagged: 45 of 46 (97.8%); success files
     * clean: 38 of 38 (100.0%)}.
     */
    static String figures(int found, int failures, int clean, int successes) {
        return String.format("failure files flagged: %d of %d (%.1f%%); success files clean: %d of %d (%.1f%%)",
                found, failures, 100.0 * found / failures, clean, successes, 100.0 * clean / successes);
    }

    /** Fails when fewer than 95% of the failure files were flagged, or fewer than 95% of the success files were not. */
    static void holdAt95Percent(int found, int failures, int clean, int successes) {
        assertThat((double) found / failures).as("failure files with a finding").isGreaterThanOrEqualTo(0.95);
        assertThat((double) clean / successes).as("success files without a finding").isGreaterThanOrEqualTo(0.95);
    }
}
