package dev.berth.assertj;

import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import java.util.List;

/** Narrows a report to some of its findings, keeping its rule set, object counts and rule metadata. */
final class Reports {

    private Reports() {
    }

    static Report only(Report report, List<Finding> findings) {
        return new Report(report.ruleSet(), report.objects(), report.rules(), findings, List.of(), report.unjudged(),
                report.podTemplatesByShape());
    }
}
