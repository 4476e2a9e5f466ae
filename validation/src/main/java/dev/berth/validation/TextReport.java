package dev.berth.validation;

import java.util.List;
import java.util.Map;

/**
 * Renders a report as text a person can act on, one block per rule:
 *
 * <pre>
 * Rule 'statefulset-headless-service' [HIGH] was violated (1 time):
 *   StatefulSet shop/db: spec.serviceName "db" names Service shop/db, which has clusterIP 10.0.0.12 (not headless)
 *     at db.yaml:12:3
 * Remediation: Set clusterIP: None on Service shop/db, or point serviceName at a headless Service.
 * See: berth explain statefulset-headless-service, https://berth.dev/rules/statefulset-headless-service
 * </pre>
 *
 * <p>A finding found several times (the same object twice in the set) is one line ending {@code (2 times)}. Blocks come
 * most severe first; a summary line counts the findings by severity, and, when some objects are of kinds
 * no rule of the run judges ({@link Report#unjudged()}), a last line counts those by kind:
 *
 * <pre>
 * 3 objects of kinds no rule judges, checked for form only: 1 Certificate, 2 Widget
 * </pre>
 *
 * <p>When the rules judged pod templates found by shape inside custom resources
 * ({@link Report#podTemplatesByShape()}), a line before it counts those by the kind that holds them:
 *
 * <pre>
 * 3 pod templates found by shape in objects of other kinds, judged by the container and pod rules: 2 JobSet, 1 Notebook
 * </pre>
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * @param report a report
     * @return its text
     */
    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Finding>> group : report.byRule().entrySet()) {
            List<Finding> findings = group.getValue();
            Finding first = findings.get(0);
            RuleInfo info = report.rule(group.getKey());
            out.append("Rule '").append(group.getKey()).append("' [").append(first.severity()).append("] was violated (")
                    .append(findings.size()).append(findings.size() == 1 ? " time" : " times").append("):\n");
            for (Finding finding : findings) {
                int times = report.times(finding);
                out.append("  ").append(finding.headline()).append(times > 1 ? " (" + times + " times)" : "")
                        .append('\n');
                String at = finding.location().describe();
                if (!at.isEmpty()) {
                    out.append("    at ").append(at).append('\n');
                }
            }
            out.append("Remediation: ").append(first.remediation()).append('\n');
            if (info != null) {
                out.append("See: ").append(info.seeAlso()).append('\n');
            }
            out.append('\n');
        }
        out.append(summary(report)).append('\n');
        int byShape = report.podTemplatesByShapeCount();
        if (byShape > 0) {
            out.append(byShape).append(byShape == 1 ? " pod template" : " pod templates")
                    .append(" found by shape in objects of other kinds, judged by the container and pod rules: ")
                    .append(byKind(report.podTemplatesByShape())).append('\n');
        }
        int unjudged = report.unjudgedCount();
        if (unjudged > 0) {
            out.append(unjudged).append(unjudged == 1 ? " object of a kind" : " objects of kinds")
                    .append(" no rule judges, checked for form only: ").append(byKind(report.unjudged())).append('\n');
        }
        return out.toString();
    }

    /**
     * @param report a report
     * @return the text report's summary line, without its line break:
     *         {@code 3 findings in 12 objects (rule set recommended): 1 high, 2 medium, 0 low, 0 info; 1 suppressed}
     */
    public static String summary(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.findings().size()).append(report.findings().size() == 1 ? " finding" : " findings")
                .append(" in ").append(report.objects()).append(report.objects() == 1 ? " object" : " objects")
                .append(report.sets() > 1 ? ", judged as " + report.sets() + " sets" : "")
                .append(" (rule set ").append(report.ruleSet()).append("): ").append(countsBySeverity(report));
        if (!report.suppressed().isEmpty()) {
            out.append("; ").append(report.suppressed().size()).append(" suppressed");
        }
        return out.toString();
    }

    /** @return counts by kind as the last lines give them: {@code 1 Certificate, 2 Widget} */
    private static String byKind(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        String separator = "";
        for (Map.Entry<String, Integer> kind : counts.entrySet()) {
            out.append(separator).append(kind.getValue()).append(' ').append(kind.getKey());
            separator = ", ";
        }
        return out.toString();
    }

    /**
     * @param report a report
     * @return its findings counted by severity, as the text report's last line gives them:
     *         {@code 0 high, 2 medium, 0 low, 1 info}
     */
    public static String countsBySeverity(Report report) {
        Map<Severity, Long> counts = report.countBySeverity();
        return counts.get(Severity.HIGH) + " high, " + counts.get(Severity.MEDIUM) + " medium, "
                + counts.get(Severity.LOW) + " low, " + counts.get(Severity.INFO) + " info";
    }
}
