package dev.berth.validation.report;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a report as JUnit XML in the shape Maven Surefire writes and Jenkins, GitLab and most CI servers read: one
 * {@code testsuite} (the document's root, valid against Surefire's {@code surefire-test-report-3.0.xsd} and the common
 * JUnit schema), one {@code testcase} per (rule, object) with findings, whose {@code classname} is
 * {@code berth.<rule-id>} and whose {@code failure} carries the messages. A rule without findings has one passing test
 * case, so a clean run still shows every rule; an object whose findings of a rule were suppressed with a reason is a
 * skipped test case. Test cases follow the rules' ids in order.
 *
 * <pre>{@code
 * Files.writeString(Path.of("target/TEST-berth.xml"), JUnitReport.render(report));
 * }</pre>
 *
 * <pre>{@code
 * <testsuite name="berth recommended" tests="1" failures="1" errors="0" skipped="0" time="0">
 *   <testcase name="Deployment shop/mysql" classname="berth.database-not-statefulset" time="0">
 *     <failure message="Deployment runs MySQL..." type="high">...</failure>
 * }</pre>
 *
 * <p>Every test case and the suite have {@code time="0"}: the rules judge the whole set at once, so no time belongs to
 * one case, and Surefire's schema requires the attribute. When the input was judged as several sets
 * ({@code berth lint --sets folder}), the suite has the property {@code berth.sets}. The output is deterministic,
 * escapes XML's special characters, and replaces characters XML cannot hold.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /**
     * @param report a report
     * @return its JUnit XML, ending with a newline
     */
    public static String render(Report report) {
        Map<String, Map<ObjectRef, List<Finding>>> failed = group(report.findings());
        Map<String, Map<ObjectRef, List<Finding>>> skipped = group(report.suppressed());
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int skips = 0;
        Set<String> ids = new TreeSet<>(report.rules().keySet());
        ids.addAll(failed.keySet());
        ids.addAll(skipped.keySet());
        for (String id : ids) {
            RuleInfo rule = report.rule(id);
            Map<ObjectRef, List<Finding>> failedHere = failed.getOrDefault(id, Map.of());
            Map<ObjectRef, List<Finding>> skippedHere = new LinkedHashMap<>(skipped.getOrDefault(id, Map.of()));
            skippedHere.keySet().removeAll(failedHere.keySet());
            tests += Math.max(1, failedHere.size() + skippedHere.size());
            failures += failedHere.size();
            skips += skippedHere.size();
            String classname = attribute("berth." + id);
            if (failedHere.isEmpty() && skippedHere.isEmpty()) {
                cases.append("  <testcase name=\"no findings in ").append(report.objects())
                        .append(report.objects() == 1 ? " object\"" : " objects\"")
                        .append(" classname=\"").append(classname).append("\" time=\"0\"/>\n");
            }
            failedHere.forEach((object, findings) -> cases.append(failure(classname, rule, object, findings)));
            skippedHere.forEach((object, findings) -> cases.append("  <testcase name=\"")
                    .append(attribute(object.toString())).append("\" classname=\"").append(classname)
                    .append("\" time=\"0\">\n")
                    .append("    <skipped message=\"").append(attribute("suppressed by annotation "
                            + RuleContext.SUPPRESSION_PREFIX + id)).append("\"/>\n")
                    .append("  </testcase>\n"));
        }
        String properties = report.sets() > 1 ? "  <properties>\n    <property name=\"berth.sets\" value=\""
                + report.sets() + "\"/>\n  </properties>\n" : "";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + attribute("berth " + report.ruleSet()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skips + "\" time=\"0\">\n"
                + properties
                + cases
                + "</testsuite>\n";
    }

    private static String failure(String classname, RuleInfo rule, ObjectRef object, List<Finding> findings) {
        String message = findings.get(0).message()
                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "");
        StringBuilder body = new StringBuilder();
        for (Finding finding : findings) {
            body.append(finding.fieldPath().isEmpty() ? "" : finding.fieldPath() + ": ").append(finding.message())
                    .append('\n');
            String at = finding.location().describe();
            if (!at.isEmpty()) {
                body.append("  at ").append(at).append('\n');
            }
        }
        body.append("Remediation: ").append(findings.get(0).remediation());
        if (rule != null) {
            body.append('\n').append("See: ").append(rule.seeAlso());
        }
        return "  <testcase name=\"" + attribute(object.toString()) + "\" classname=\"" + classname
                + "\" time=\"0\">\n"
                + "    <failure message=\"" + attribute(message) + "\" type=\""
                + attribute(findings.get(0).severity().label()) + "\">" + text(body.toString()) + "</failure>\n"
                + "  </testcase>\n";
    }

    private static Map<String, Map<ObjectRef, List<Finding>>> group(List<Finding> findings) {
        Map<String, Map<ObjectRef, List<Finding>>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(finding.ruleId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.object(), o -> new ArrayList<>()).add(finding);
        }
        return groups;
    }

    /**
     * @param value any text
     * @return the text escaped for an XML attribute in double quotes: also tabs and line ends, which a parser would
     *         otherwise turn into spaces
     */
    static String attribute(String value) {
        return escape(value, true);
    }

    /**
     * @param value any text
     * @return the text escaped for XML character data
     */
    static String text(String value) {
        return escape(value, false);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
