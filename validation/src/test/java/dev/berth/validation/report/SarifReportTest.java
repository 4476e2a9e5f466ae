package dev.berth.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import dev.berth.core.read.ManifestReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report, checked against the SARIF 2.1.0 schema by structure: no artifact on Maven Central ships the
 * official {@code sarif-schema-2.1.0.json}, and the build reaches nothing else, so {@link #SCHEMA} below transcribes,
 * for every SARIF object the report writes, the properties the schema allows (its objects forbid any other) and those
 * it requires, and the tests add the schema's value constraints (enums, minimums, URI formats).
 */
class SarifReportTest {

    /** Per SARIF object: the properties the 2.1.0 schema defines for it. */
    private static final Map<String, Set<String>> SCHEMA = Map.ofEntries(
            Map.entry("sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
            Map.entry("run", Set.of("tool", "invocations", "conversion", "language", "versionControlProvenance",
                    "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails",
                    "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage",
                    "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations",
                    "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
                    "specialLocations", "properties")),
            Map.entry("tool", Set.of("driver", "extensions", "properties")),
            Map.entry("toolComponent", Set.of("guid", "name", "organization", "product", "productSuite",
                    "shortDescription", "fullDescription", "fullName", "version", "semanticVersion",
                    "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
                    "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
                    "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                    "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties")),
            Map.entry("reportingDescriptor", Set.of("id", "deprecatedIds", "guid", "deprecatedGuids", "name",
                    "deprecatedNames", "shortDescription", "fullDescription", "messageStrings",
                    "defaultConfiguration", "helpUri", "help", "relationships", "properties")),
            Map.entry("multiformatMessageString", Set.of("text", "markdown", "properties")),
            Map.entry("reportingConfiguration", Set.of("enabled", "level", "rank", "parameters", "properties")),
            Map.entry("result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
                    "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints",
                    "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions",
                    "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes",
                    "taxa", "webRequest", "webResponse", "properties")),
            Map.entry("message", Set.of("text", "markdown", "id", "arguments", "properties")),
            Map.entry("location", Set.of("id", "physicalLocation", "logicalLocations", "message", "annotations",
                    "relationships", "properties")),
            Map.entry("physicalLocation", Set.of("address", "artifactLocation", "region", "contextRegion",
                    "properties")),
            Map.entry("artifactLocation", Set.of("uri", "uriBaseId", "index", "description", "properties")),
            Map.entry("region", Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset",
                    "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties")),
            Map.entry("logicalLocation", Set.of("name", "index", "fullyQualifiedName", "decoratedName",
                    "parentIndex", "kind", "properties")),
            Map.entry("suppression", Set.of("guid", "kind", "status", "justification", "location", "properties")));

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");
    private static final Set<String> LOGICAL_KINDS = Set.of("function", "member", "module", "namespace",
            "parameter", "resource", "returnType", "type", "variable", "object", "array", "property", "value",
            "element", "text", "attribute", "comment", "declaration", "dtd", "processingInstruction");

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> problems = new ArrayList<>();

    @Test
    void a_report_is_a_valid_sarif_2_1_0_log() throws Exception {
        // GIVEN a report with a finding and a suppressed finding, both read from a file
        Report report = ReportSamples.shop();
        // WHEN it renders as SARIF
        JsonNode log = mapper.readTree(SarifReport.render(report));
        // THEN every object has only the properties SARIF 2.1.0 defines, and the ones it requires
        sarifLog(log);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_whole_catalogue_on_the_corpus_is_a_valid_sarif_log() throws Exception {
        java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("berth.shared", "../../shared"),
                "corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus));
        Report report = Validator.of(RuleSets.all())
                .evaluate(new ManifestReader().read(ManifestReader.manifestFiles(corpus)));
        sarifLog(mapper.readTree(SarifReport.render(report)));
        assertThat(problems).isEmpty();
    }

    @Test
    void the_driver_lists_the_rules_with_help_links_and_results_point_at_file_line_and_field() throws Exception {
        JsonNode run = mapper.readTree(SarifReport.render(ReportSamples.shop())).path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("berth");
        assertThat(driver.path("rules").get(0).path("id").asText()).isEqualTo("database-not-statefulset");
        assertThat(driver.path("rules").get(0).path("helpUri").asText())
                .isEqualTo("https://berth.dev/rules/database-not-statefulset");
        assertThat(driver.path("rules").get(0).path("defaultConfiguration").path("level").asText())
                .isEqualTo("error");
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("database-not-statefulset");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("message").path("text").asText()).startsWith("Deployment shop/mysql: Deployment runs");
        JsonNode location = result.path("locations").get(0);
        assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("deploy/shop.yaml");
        assertThat(location.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(13);
        assertThat(location.path("physicalLocation").path("region").path("startColumn").asInt()).isEqualTo(9);
        assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
                .isEqualTo("Deployment/shop/mysql");
        assertThat(location.path("logicalLocations").get(1).path("name").asText())
                .isEqualTo("spec.template.spec.containers[0].image");
        JsonNode suppressed = run.path("results").get(1);
        assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
    }

    /**
     * Issue 14: "SARIF: every rule has `fullDescription`, `help` (text and markdown) and a `helpUri` that works for an
     * installed CLI (a published page, not `docs/...` of a source checkout); the tool has `version` and
     * `informationUri`; the output passes the SARIF Multitool's GitHub ingestion checks." The Multitool is a .NET tool
     * the build cannot reach, so its GitHub rules (those of GitHub's code-scanning SARIF documentation) are written
     * here as checks, over a report of every rule on every rule fixture.
     */
    @Test
    void a_report_over_the_fixtures_meets_github_code_scanning_s_ingestion_rules() throws Exception {
        // GIVEN every rule on every rule fixture, read from relative paths as in CI
        java.nio.file.Path fixtures = java.nio.file.Path.of("src/test/resources/fixtures");
        Report report = Validator.of(RuleSets.all())
                .evaluate(new ManifestReader().read(ManifestReader.manifestFiles(fixtures)));
        assertThat(report.findings()).hasSizeGreaterThan(100);
        // WHEN it renders as SARIF
        JsonNode log = mapper.readTree(SarifReport.render(report));
        // THEN it is a valid SARIF log, and meets GitHub's rules for rules, the tool and results
        sarifLog(log);
        github(log);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_rule_s_help_points_at_its_published_page_and_berth_explain() throws Exception {
        JsonNode rule = mapper.readTree(SarifReport.render(ReportSamples.shop())).path("runs").get(0).path("tool")
                .path("driver").path("rules").get(0);
        assertThat(rule.path("helpUri").asText()).isEqualTo("https://berth.dev/rules/database-not-statefulset");
        assertThat(rule.path("fullDescription").path("text").asText()).startsWith("A Deployment, ReplicaSet, ReplicationController, DaemonSet or bare Pod gives its pods random names, no "
                        + "claim of their own");
        assertThat(rule.path("help").path("text").asText()).endsWith("Remediation: Run the datastore as a StatefulSet "
                + "with volumeClaimTemplates and a headless governing Service, or host it outside the cluster behind "
                + "an ExternalName Service.\nMore: berth explain database-not-statefulset, "
                + "https://berth.dev/rules/database-not-statefulset");
        assertThat(rule.path("help").path("markdown").asText()).startsWith("# database-not-statefulset\n")
                .contains("\n## Remediation\n\nRun the datastore as a StatefulSet");
    }

    @Test
    void the_number_of_sets_judged_is_a_run_property_when_more_than_one() throws Exception {
        JsonNode several = mapper.readTree(SarifReport.render(ReportSamples.shop().withSets(14))).path("runs").get(0);
        assertThat(several.path("properties").path("sets").asInt()).isEqualTo(14);
        JsonNode one = mapper.readTree(SarifReport.render(ReportSamples.shop())).path("runs").get(0);
        assertThat(one.has("properties")).isFalse();
    }

    @Test
    void severities_map_to_sarif_levels() {
        assertThat(SarifReport.level(Severity.HIGH)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(SarifReport.level(Severity.LOW)).isEqualTo("note");
        assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
    }

    @Test
    void file_names_become_uris_and_stream_names_no_physical_location() {
        assertThat(SarifReport.uri("deploy/my app.yaml")).isEqualTo("deploy/my%20app.yaml");
        assertThat(SarifReport.uri("deploy\\db.yaml")).isEqualTo("deploy/db.yaml");
        assertThat(SarifReport.uri("/srv/k8s/db.yaml")).isEqualTo("file:///srv/k8s/db.yaml");
        assertThat(SarifReport.uri("<stdin>")).isNull();
    }

    @Test
    void an_object_built_in_code_has_only_logical_locations() throws Exception {
        Finding finding = new Finding("x-rule", Severity.INFO, ObjectRef.of("StorageClass", "", "fast"), "",
                "a message", "Fix it.", Location.none());
        JsonNode log = mapper.readTree(SarifReport.render(new Report("custom", 1, Map.of(), List.of(finding),
                List.of())));
        sarifLog(log);
        assertThat(problems).isEmpty();
        JsonNode location = log.path("runs").get(0).path("results").get(0).path("locations").get(0);
        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
                .isEqualTo("StorageClass/fast");
        assertThat(log.path("runs").get(0).path("results").get(0).path("level").asText()).isEqualTo("note");
    }

    @Test
    void the_fingerprint_follows_rule_object_and_field_not_the_line() {
        ObjectRef db = ObjectRef.of("Deployment", "shop", "db");
        Finding a = new Finding("r", Severity.HIGH, db, "spec.replicas", "one wording", "Fix.", Location.none());
        Finding b = new Finding("r", Severity.LOW, db, "spec.replicas", "another wording", "Fix.", Location.none());
        Finding c = new Finding("r", Severity.HIGH, db, "spec.selector", "one wording", "Fix.", Location.none());
        assertThat(SarifReport.fingerprint(a)).isEqualTo(SarifReport.fingerprint(b))
                .isNotEqualTo(SarifReport.fingerprint(c)).hasSize(32);
    }

    @Test
    void a_docs_base_must_be_absolute_and_resolves_rule_pages() throws Exception {
        assertThatThrownBy(() -> SarifReport.withDocsBase(URI.create("docs/")))
                .hasMessage("the docs base must be an absolute URI, was docs/");
        JsonNode log = mapper.readTree(SarifReport.withDocsBase(URI.create("https://git.example.com/berth/blob/v1/"))
                .toSarif(ReportSamples.shop()));
        assertThat(log.path("runs").get(0).path("tool").path("driver").path("rules").get(1).path("helpUri").asText())
                .isEqualTo("https://git.example.com/berth/blob/v1/docs/rules/suppression-without-reason.md");
    }

    private void sarifLog(JsonNode log) {
        object("sarifLog", log, "version", "runs");
        check("version", "2.1.0".equals(log.path("version").asText()));
        check("runs is an array", log.path("runs").isArray());
        for (JsonNode run : log.path("runs")) {
            object("run", run, "tool");
            check("columnKind", !run.has("columnKind")
                    || Set.of("utf16CodeUnits", "unicodeCodePoints").contains(run.path("columnKind").asText()));
            object("tool", run.path("tool"), "driver");
            JsonNode driver = run.path("tool").path("driver");
            object("toolComponent", driver, "name");
            check("informationUri absolute", URI.create(driver.path("informationUri").asText()).isAbsolute());
            List<String> ids = new ArrayList<>();
            for (JsonNode rule : driver.path("rules")) {
                reportingDescriptor(rule);
                ids.add(rule.path("id").asText());
            }
            check("rule ids unique", ids.size() == Set.copyOf(ids).size());
            for (JsonNode result : run.path("results")) {
                result(result, ids);
            }
        }
    }

    /** GitHub code scanning's SARIF rules: what it requires, and what it reads for display and security severity. */
    private void github(JsonNode log) {
        for (JsonNode run : log.path("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            check("tool.driver.name", driver.path("name").asText().equals("berth"));
            check("tool.driver.version: " + driver.path("version"), !driver.path("version").asText().isBlank()
                    && !driver.path("version").asText().contains("${"));
            check("tool.driver.informationUri", driver.path("informationUri").asText().equals("https://berth.dev/"));
            for (JsonNode rule : driver.path("rules")) {
                String id = rule.path("id").asText();
                for (String text : List.of("shortDescription", "fullDescription")) {
                    check(id + " " + text, !rule.path(text).path("text").asText().isBlank());
                }
                check(id + " help.text", !rule.path("help").path("text").asText().isBlank());
                check(id + " help.markdown", !rule.path("help").path("markdown").asText().isBlank());
                check(id + " helpUri is the published page: " + rule.path("helpUri"),
                        rule.path("helpUri").asText().equals("https://berth.dev/rules/" + id));
                List<String> tags = textOf(rule.path("properties").path("tags"));
                check(id + " has tags", !tags.isEmpty());
                JsonNode securitySeverity = rule.path("properties").path("security-severity");
                if (tags.contains("security")) {
                    double score = Double.parseDouble(securitySeverity.asText("-1"));
                    check(id + " security-severity is a string in (0, 10]", securitySeverity.isTextual()
                            && score > 0 && score <= 10);
                } else {
                    check(id + " has security-severity but no security tag", securitySeverity.isMissingNode());
                }
            }
            for (JsonNode result : run.path("results")) {
                String id = result.path("ruleId").asText();
                check("result ruleId", !id.isBlank());
                check(id + " message.text", !result.path("message").path("text").asText().isBlank());
                JsonNode physical = result.path("locations").path(0).path("physicalLocation");
                String uri = physical.path("artifactLocation").path("uri").asText();
                check(id + " uri is relative to the checkout: " + uri, !uri.isEmpty() && !URI.create(uri).isAbsolute()
                        && !uri.startsWith("/"));
                check(id + " region.startLine >= 1", physical.path("region").path("startLine").asInt() >= 1);
            }
        }
    }

    private void reportingDescriptor(JsonNode rule) {
        object("reportingDescriptor", rule, "id");
        object("multiformatMessageString", rule.path("shortDescription"), "text");
        object("multiformatMessageString", rule.path("help"), "text");
        check("helpUri absolute: " + rule.path("helpUri"), URI.create(rule.path("helpUri").asText()).isAbsolute());
        object("reportingConfiguration", rule.path("defaultConfiguration"));
        check("default level", LEVELS.contains(rule.path("defaultConfiguration").path("level").asText()));
        JsonNode tags = rule.path("properties").path("tags");
        List<String> texts = textOf(tags);
        check("tags are unique strings", tags.isArray() && texts.size() == Set.copyOf(texts).size());
    }

    private void result(JsonNode result, List<String> ids) {
        object("result", result, "message");
        object("message", result.path("message"), "text");
        check("level", LEVELS.contains(result.path("level").asText()));
        int index = result.path("ruleIndex").asInt(-1);
        check("ruleIndex points at the rule", index == -1 && !ids.contains(result.path("ruleId").asText())
                || index >= 0 && index < ids.size() && ids.get(index).equals(result.path("ruleId").asText()));
        for (JsonNode location : result.path("locations")) {
            object("location", location);
            if (location.has("physicalLocation")) {
                JsonNode physical = location.path("physicalLocation");
                object("physicalLocation", physical);
                object("artifactLocation", physical.path("artifactLocation"));
                String uri = physical.path("artifactLocation").path("uri").asText();
                check("uri is a URI reference: " + uri, !uri.contains("\\") && URI.create(uri) != null);
                if (physical.has("region")) {
                    object("region", physical.path("region"));
                    check("startLine >= 1", physical.path("region").path("startLine").asInt() >= 1);
                    check("startColumn >= 1", physical.path("region").path("startColumn").asInt() >= 1);
                }
            }
            for (JsonNode logical : location.path("logicalLocations")) {
                object("logicalLocation", logical);
                check("logical kind", LOGICAL_KINDS.contains(logical.path("kind").asText()));
            }
        }
        for (JsonNode suppression : result.path("suppressions")) {
            object("suppression", suppression, "kind");
            check("suppression kind", Set.of("inSource", "external").contains(suppression.path("kind").asText()));
        }
        Iterator<Map.Entry<String, JsonNode>> prints = result.path("partialFingerprints").fields();
        prints.forEachRemaining(e -> check("fingerprint is a string", e.getValue().isTextual()));
    }

    private void object(String type, JsonNode node, String... required) {
        if (!node.isObject()) {
            problems.add(type + " is not an object: " + node);
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!SCHEMA.get(type).contains(name)) {
                problems.add(type + " has property " + name + ", which SARIF 2.1.0 does not define");
            }
        });
        for (String name : required) {
            if (!node.has(name)) {
                problems.add(type + " lacks required property " + name);
            }
        }
    }

    private static List<String> textOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.isTextual() ? n.asText() : null));
        return texts;
    }

    private void check(String what, boolean ok) {
        if (!ok) {
            problems.add(what);
        }
    }
}
