package dev.berth.validation.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.core.ObjectRef;
import dev.berth.core.text.Patterns;
import dev.berth.validation.Category;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.docs.RulePages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Renders a report as SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab, Azure DevOps, IDE viewers) read: one
 * run whose tool driver {@code berth} (with its version) lists the metadata of the rules that ran (summary, the
 * "Why" of the rule's page as full description, help as text and as the page's Markdown, the published page as
 * {@code helpUri}, and for security rules a {@code security-severity} GitHub ranks by), and one result per finding with its
 * level, message, file and line, and logical locations for the object and the field.
 *
 * <pre>{@code
 * Files.writeString(Path.of("berth.sarif"), SarifReport.render(report));
 * SarifReport.withDocsBase(URI.create("https://example.com/berth/")).toSarif(report);
 * }</pre>
 *
 * <p>Levels: high is {@code error}, medium {@code warning}, low and info {@code note}. Suppressed findings are results
 * with an {@code inSource} suppression. Each result carries a partial fingerprint built from rule, object and field
 * (not the line), so a code-scanning UI follows a finding across unrelated edits. The output is deterministic.
 */
public final class SarifReport {

    private static final Pattern WINDOWS_DRIVE = Patterns.whole("[A-Za-z]:/.*");

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema URI written as {@code $schema}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Where relative rule docs links are resolved by default. */
    public static final URI DEFAULT_DOCS_BASE = URI.create("https://berth.dev/");
    /** The key of the partial fingerprint each result carries. */
    public static final String FINGERPRINT = "berthFinding/v1";

    /** The tool version written: the version of the validation jar, as its build recorded it. */
    public static final String TOOL_VERSION = toolVersion();

    /** Where relative docs links resolve; null for each rule's {@link RuleInfo#helpUri()}. */
    private final URI docsBase;

    private SarifReport(URI docsBase) {
        this.docsBase = docsBase;
    }

    /**
     * @param report a report
     * @return its SARIF, each rule's {@code helpUri} its {@link RuleInfo#helpUri()}: Berth's rules at
     *         {@code https://berth.dev/rules/<id>}
     */
    public static String render(Report report) {
        return new SarifReport(null).toSarif(report);
    }

    /**
     * @param base an absolute URI that a rule's relative docs link ({@code docs/rules/<id>.md}) resolves against,
     *             such as the repository's browse URL
     * @return a renderer that writes {@code helpUri} that way
     * @throws IllegalArgumentException when the base is not absolute
     */
    public static SarifReport withDocsBase(URI base) {
        if (!base.isAbsolute()) {
            throw new IllegalArgumentException("the docs base must be an absolute URI, was " + base);
        }
        return new SarifReport(base);
    }

    /**
     * @param severity a finding's severity
     * @return its SARIF level: {@code error}, {@code warning} or {@code note}
     */
    public static String level(Severity severity) {
        return switch (severity) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /**
     * @param report a report
     * @return its SARIF, ending with a newline
     */
    public String toSarif(Report report) {
        List<String> ids = new ArrayList<>(report.rules().keySet());
        return JsonOutput.write(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "berth");
            g.writeStringField("version", TOOL_VERSION);
            g.writeStringField("informationUri", DEFAULT_DOCS_BASE.toString());
            g.writeArrayFieldStart("rules");
            for (Map.Entry<String, RuleInfo> rule : report.rules().entrySet()) {
                rule(g, rule.getValue());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding finding : report.findings()) {
                result(g, finding, ids.indexOf(finding.ruleId()), false);
            }
            for (Finding finding : report.suppressed()) {
                result(g, finding, ids.indexOf(finding.ruleId()), true);
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "unicodeCodePoints");
            if (report.sets() > 1) {
                g.writeObjectFieldStart("properties");
                g.writeNumberField("sets", report.sets());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void rule(JsonGenerator g, RuleInfo rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", RulePages.why(rule));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", RulePages.why(rule) + "\n\nRemediation: " + rule.remediation() + "\nMore: "
                + rule.seeAlso());
        g.writeStringField("markdown", RulePages.explained(rule));
        g.writeEndObject();
        g.writeStringField("helpUri", docsBase == null ? rule.helpUri() : docsBase.resolve(rule.docs()).toString());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        String category = rule.category().name().toLowerCase(Locale.ROOT);
        g.writeStringField("category", category);
        g.writeStringField("severity", rule.severity().label());
        if (rule.category() == Category.SECURITY) {
            g.writeStringField("security-severity", securitySeverity(rule.severity()));
        }
        g.writeArrayFieldStart("tags");
        g.writeString(category);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * @param severity a security rule's severity
     * @return the score GitHub ranks it by: high 8.0 (GitHub's "high" is 7.0 to 8.9), medium 5.5, low 3.0, info 1.0
     */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    private static String toolVersion() {
        Properties properties = new Properties();
        try (InputStream in = SarifReport.class.getResourceAsStream("/dev/berth/validation/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static void result(JsonGenerator g, Finding finding, int ruleIndex, boolean suppressed)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", finding.ruleId());
        if (ruleIndex >= 0) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(finding.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", finding.headline());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        Location location = finding.location();
        String uri = location.file().map(SarifReport::uri).orElse(null);
        if (uri != null) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri);
            g.writeEndObject();
            if (location.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", location.line());
                g.writeNumberField("startColumn", Math.max(1, location.column()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        logicalLocations(g, finding);
        g.writeEndObject();
        g.writeEndArray();
        if (suppressed) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint(finding));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void logicalLocations(JsonGenerator g, Finding finding) throws IOException {
        ObjectRef object = finding.object();
        String qualified = object.kind() + "/" + (object.clusterScoped() ? "" : object.namespace() + "/")
                + object.name();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", object.name());
        g.writeStringField("fullyQualifiedName", qualified);
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        if (!finding.fieldPath().isEmpty()) {
            g.writeStartObject();
            g.writeStringField("name", finding.fieldPath());
            g.writeStringField("fullyQualifiedName", qualified + "/" + finding.fieldPath());
            g.writeStringField("kind", "member");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * @param origin where an object was read from: a file path, or a stream name such as {@code <stdin>}
     * @return a URI for it: relative paths stay relative with '/' separators, absolute ones become {@code file:} URIs;
     *         null for stream names, which are no files
     */
    static String uri(String origin) {
        if (origin.isEmpty() || origin.startsWith("<")) {
            return null;
        }
        String slashed = origin.replace('\\', '/');
        if (slashed.startsWith("/") || WINDOWS_DRIVE.matcher(slashed).matches()) {
            return Path.of(origin).toUri().toASCIIString();
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + origin + " as a URI", e);
        }
    }

    /**
     * @param finding a finding
     * @return a stable hash of its rule, object and field, independent of lines and message wording
     */
    static String fingerprint(Finding finding) {
        ObjectRef o = finding.object();
        String key = String.join("\u0000", finding.ruleId(), o.kind(), o.namespace(), o.name(), finding.fieldPath());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
