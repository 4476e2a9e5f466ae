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
    void a_rule_without_findings_on_one_object_says_object_once() {
        // GIVEN a report of one object and no finding
        Report report = new Report("custom", 1, ReportSamples.shop().rules(), List.of(), List.of());
        // WHEN it renders THEN the passing cases count one object in the singular
        assertThat(JUnitReport.render(report)).contains("<testcase name=\"no findings in 1 object\"")
                .doesNotContain("1 objects");
    }

    @Test
    void a_report_renders_one_suite_with_one_case_per_rule_and_object() {
        // GIVEN a report with a finding, a suppressed finding, and a rule without findings
        Report report = ReportSamples.shop();
        // WHEN it renders as JUnit XML
        String xml = JUnitReport.render(report);
        // THEN failures carry the messages, suppressions are skipped, and a clean rule passes once
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="berth custom" tests="3" failures="1" errors="0" skipped="1" time="0">
                  <testcase name="Deployment shop/mysql" classname="berth.database-not-statefulset" time="0">
                    <failure message="Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment gives its pods no stable identity and no storage of their own" type="high">spec.template.spec.containers[0].image: Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment gives its pods no stable identity and no storage of their own
                  at deploy/shop.yaml:13:9
                Remediation: Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing Service, or host it outside the cluster behind an ExternalName Service.
                See: berth explain database-not-statefulset, https://berth.dev/rules/database-not-statefulset</failure>
                  </testcase>
                  <testcase name="Deployment shop/cache" classname="berth.database-not-statefulset" time="0">
                    <skipped message="suppressed by annotation ignore.berth.dev/database-not-statefulset"/>
                  </testcase>
                  <testcase name="no findings in 2 objects" classname="berth.suppression-without-reason" time="0"/>
                </testsuite>
                """);
    }

    @Test
    void the_xml_parses_with_the_counts_ci_servers_read() throws Exception {
        Document doc = parse(JUnitReport.render(ReportSamples.shop()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuite");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        Element testcase = (Element) root.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("classname")).isEqualTo("berth.database-not-statefulset");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("high");
    }

    /**
     * Issue 14: "JUnit XML: `time` on every testcase, valid against Surefire's schema." Surefire's
     * {@code surefire-test-report-3.0.xsd} is not in any artifact the build can reach, so its rules for the
     * {@code testsuite} root are written here as checks: required and allowed attributes, the
     * {@code SUREFIRE_TIME} pattern, properties before test cases, and a type on every failure.
     */
    @Test
    void the_testsuite_meets_surefire_s_test_report_schema() throws Exception {
        // GIVEN reports with failures, skipped cases, clean rules and several sets
        for (Report report : List.of(ReportSamples.shop(), ReportSamples.shop().withSets(3))) {
            // WHEN each renders as JUnit XML
            Document doc = parse(JUnitReport.render(report));
            // THEN the root is the one testsuite Surefire's schema allows as a document
            List<String> problems = new java.util.ArrayList<>();
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuite");
            assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
            surefireSuite(doc.getDocumentElement(), problems);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void the_number_of_sets_judged_is_a_testsuite_property_when_more_than_one() throws Exception {
        Document doc = parse(JUnitReport.render(ReportSamples.shop().withSets(14)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        Element property = (Element) suite.getElementsByTagName("property").item(0);
        assertThat(property.getAttribute("name")).isEqualTo("berth.sets");
        assertThat(property.getAttribute("value")).isEqualTo("14");
        assertThat(JUnitReport.render(ReportSamples.shop())).doesNotContain("<properties>");
    }

    private static final java.util.regex.Pattern SUREFIRE_TIME =
            java.util.regex.Pattern.compile("(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\\.[0-9]{0,3})?");

    private static void surefireSuite(Element suite, List<String> problems) {
        attributes(suite, java.util.Set.of("name", "tests", "errors", "skipped", "failures"),
                java.util.Set.of("version", "time", "group"), problems);
        boolean testcaseSeen = false;
        for (Element child : children(suite)) {
            switch (child.getTagName()) {
                case "properties" -> {
                    if (testcaseSeen) {
                        problems.add("properties after a testcase");
                    }
                    for (Element property : children(child)) {
                        if (!property.getTagName().equals("property")) {
                            problems.add("properties holds " + property.getTagName());
                        }
                        attributes(property, java.util.Set.of("name", "value"), java.util.Set.of(), problems);
                    }
                }
                case "testcase" -> {
                    testcaseSeen = true;
                    attributes(child, java.util.Set.of("name", "time"), java.util.Set.of("classname", "group"),
                            problems);
                    for (Element inner : children(child)) {
                        if (!List.of("failure", "skipped", "error", "system-out", "system-err")
                                .contains(inner.getTagName())) {
                            problems.add("testcase holds " + inner.getTagName());
                        }
                        if (List.of("failure", "error").contains(inner.getTagName()) && !inner.hasAttribute("type")) {
                            problems.add(inner.getTagName() + " without type");
                        }
                    }
                }
                default -> problems.add("testsuite holds " + child.getTagName());
            }
        }
        for (Element timed : List.of(suite)) {
            if (timed.hasAttribute("time") && !SUREFIRE_TIME.matcher(timed.getAttribute("time")).matches()) {
                problems.add("time " + timed.getAttribute("time"));
            }
        }
        org.w3c.dom.NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            String time = ((Element) cases.item(i)).getAttribute("time");
            if (!SUREFIRE_TIME.matcher(time).matches()) {
                problems.add("testcase time " + time);
            }
        }
    }

    private static void attributes(Element element, java.util.Set<String> required, java.util.Set<String> optional,
            List<String> problems) {
        for (String name : required) {
            if (!element.hasAttribute(name)) {
                problems.add(element.getTagName() + " lacks " + name);
            }
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String name = element.getAttributes().item(i).getNodeName();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(element.getTagName() + " has " + name + ", which the schema does not allow");
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
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
