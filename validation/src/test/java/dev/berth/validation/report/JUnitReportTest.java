package dev.berth.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JUnit XML report: the Ant/Jenkins shape, pinned exactly, and escaping that survives a parser. */
class JUnitReportTest {

    @Test
    void a_report_renders_one_suite_per_rule_and_one_case_per_rule_and_object() {
        // GIVEN a report with a finding, a suppressed finding, and a rule without findings
        Report report = ReportSamples.shop();
        // WHEN it renders as JUnit XML
        String xml = JUnitReport.render(report);
        // THEN failures carry the messages, suppressions are skipped, and a clean rule passes once
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="berth custom" tests="3" failures="1" errors="0">
                  <testsuite name="database-not-statefulset" tests="2" failures="1" errors="0" skipped="1">
                    <testcase name="Deployment shop/mysql" classname="berth.database-not-statefulset">
                      <failure message="Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment gives its pods no stable identity and no storage of their own" type="high">spec.template.spec.containers[0].image: Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment gives its pods no stable identity and no storage of their own
                  at deploy/shop.yaml:13:9
                Remediation: Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing Service, or host it outside the cluster behind an ExternalName Service.
                See: docs/rules/database-not-statefulset.md</failure>
                    </testcase>
                    <testcase name="Deployment shop/cache" classname="berth.database-not-statefulset">
                      <skipped message="suppressed by annotation ignore.berth.dev/database-not-statefulset"/>
                    </testcase>
                  </testsuite>
                  <testsuite name="suppression-without-reason" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="no findings in 2 objects" classname="berth.suppression-without-reason"/>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void the_xml_parses_with_the_counts_ci_servers_read() throws Exception {
        Document doc = parse(JUnitReport.render(ReportSamples.shop()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        // the common JUnit schema allows skipped on each testsuite only, not on testsuites
        assertThat(root.hasAttribute("skipped")).isFalse();
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        for (String attribute : List.of("name", "tests", "failures", "errors", "skipped")) {
            assertThat(suite.hasAttribute(attribute)).as(attribute).isTrue();
        }
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("classname")).isEqualTo("berth.database-not-statefulset");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("high");
    }

    @Test
    void special_characters_survive_a_parser_and_impossible_ones_are_replaced() throws Exception {
        // GIVEN a message with XML's special characters, a line break, a tab and a control character
        String message = "a <b> & \"c\" 'd'\n\tnext \u0001 \u00e9 \ud83d\ude00";
        Finding finding = new Finding("x-rule", Severity.MEDIUM, ObjectRef.of("ConfigMap", "shop", "a&b"), "",
                message, "Fix it.", Location.none());
        Report report = new Report("custom", 1, Map.of(), List.of(finding), List.of());
        // WHEN it renders and is parsed back
        Document doc = parse(JUnitReport.render(report));
        // THEN the attribute holds the message, with only the control character replaced
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(message.replace('\u0001', '\ufffd'));
        assertThat(failure.getTextContent()).startsWith(message.replace('\u0001', '\ufffd'));
        assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("ConfigMap shop/a&b");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
