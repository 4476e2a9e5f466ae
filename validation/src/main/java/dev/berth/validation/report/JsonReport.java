package dev.berth.validation.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Renders a report as JSON in the versioned schema {@value #SCHEMA}, described field by field in
 * {@code docs/report-json.md}. The output is deterministic: the report's order, fixed key order, {@code \n} line ends.
 *
 * <pre>{@code
 * Files.writeString(Path.of("berth-report.json"), JsonReport.render(Validator.recommended().evaluate(manifest)));
 * }</pre>
 *
 * <p>Findings never hold a Secret's value, so neither does the JSON.
 */
public final class JsonReport {

    /** The schema id written as the first field; a new major version gets a new id. */
    public static final String SCHEMA = "berth.dev/report/v1";

    private JsonReport() {
    }

    /**
     * @param report a report
     * @return its JSON, ending with a newline
     */
    public static String render(Report report) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("ruleSet", report.ruleSet());
            g.writeNumberField("objects", report.objects());
            if (report.sets() > 1) {
                g.writeNumberField("sets", report.sets());
            }
            byKind(g, "unjudged", report.unjudgedCount(), report.unjudged());
            if (report.podTemplatesByShapeCount() > 0) {
                byKind(g, "podTemplatesByShape", report.podTemplatesByShapeCount(), report.podTemplatesByShape());
            }
            g.writeObjectFieldStart("summary");
            for (Map.Entry<Severity, Long> count : report.countBySeverity().entrySet()) {
                g.writeNumberField(count.getKey().label(), count.getValue());
            }
            g.writeNumberField("total", report.findings().size());
            g.writeNumberField("suppressed", report.suppressed().size());
            g.writeEndObject();
            g.writeArrayFieldStart("rules");
            for (RuleInfo rule : report.rules().values()) {
                g.writeStartObject();
                g.writeStringField("id", rule.id());
                g.writeStringField("severity", rule.severity().label());
                g.writeStringField("category", rule.category().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("summary", rule.summary());
                g.writeStringField("docs", rule.docs());
                g.writeEndObject();
            }
            g.writeEndArray();
            findings(g, "findings", report.findings());
            findings(g, "suppressed", report.suppressed());
            g.writeEndObject();
        });
    }

    /** Writes {@code "field": {"total": n, "kinds": {...}}}. */
    private static void byKind(JsonGenerator g, String field, int total, Map<String, Integer> kinds)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("total", total);
        g.writeObjectFieldStart("kinds");
        for (Map.Entry<String, Integer> kind : kinds.entrySet()) {
            g.writeNumberField(kind.getKey(), kind.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String field, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding finding : findings) {
            g.writeStartObject();
            g.writeStringField("ruleId", finding.ruleId());
            g.writeStringField("severity", finding.severity().label());
            ObjectRef object = finding.object();
            g.writeObjectFieldStart("object");
            g.writeStringField("kind", object.kind());
            g.writeStringField("namespace", object.namespace());
            g.writeStringField("name", object.name());
            g.writeEndObject();
            g.writeStringField("fieldPath", finding.fieldPath());
            g.writeStringField("message", finding.message());
            g.writeStringField("remediation", finding.remediation());
            Location location = finding.location();
            if (location.file().isPresent()) {
                g.writeObjectFieldStart("location");
                g.writeStringField("file", location.file().get());
                g.writeNumberField("line", location.line());
                g.writeNumberField("column", location.column());
                g.writeEndObject();
            } else {
                g.writeNullField("location");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
