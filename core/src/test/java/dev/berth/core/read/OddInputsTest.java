package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that look odd but that kubectl reads (issue 17: "JSON indented with tabs ("broken YAML: found character
 * '\t'"), a tab after {@code key:}; kubectl and kustomize accept both"). The table, {@code read/odd-inputs.yaml}, gives
 * for each file of {@code read/odd-inputs/} the ConfigMap kubectl reads from it; Berth must read the same, and, where
 * kubectl 1.27 or later is on the PATH, {@code kubectl kustomize} on the files must too (the oracle).
 */
class OddInputsTest {

    private static final Path TABLE = Path.of("src/test/resources/read/odd-inputs.yaml");
    private static final Path INPUTS = Path.of("src/test/resources/read/odd-inputs");

    record Case(String file, String name, Map<String, String> data) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> table() throws IOException {
        JsonNode rows = new ObjectMapper(new YAMLFactory()).readTree(TABLE.toFile());
        List<Case> cases = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, String> data = new LinkedHashMap<>();
            row.get("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().textValue()));
            cases.add(new Case(row.get("file").textValue(), row.get("name").textValue(), data));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void berth_reads_what_kubectl_reads(Case row) {
        // GIVEN an odd but accepted input
        Path file = INPUTS.resolve(row.file());
        // WHEN Berth reads it
        Manifest manifest = new ManifestReader().read(file);
        // THEN it holds the ConfigMap of the table, tabs inside values kept as written
        assertThat(manifest.all(ConfigMap.class)).singleElement().satisfies(configMap -> {
            assertThat(configMap.getMetadata().getName()).isEqualTo(row.name());
            assertThat(configMap.getData()).containsExactlyEntriesOf(row.data());
        });
    }

    @Test
    void a_tab_after_key_keeps_lines_and_columns_where_the_user_wrote_them() {
        // GIVEN a tab after a key, and a field no ConfigMap has after it
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name:\tweb\ndata:\n  k:\tv\nspec:\t{}\n";
        // WHEN it is read
        Manifest manifest = new ManifestReader().readString(text, "web.yaml");
        // THEN the unknown field is where it was written: line 7, column 1
        ConfigMap read = manifest.all(ConfigMap.class).get(0);
        assertThat(manifest.sourceOf(read).orElseThrow().positionOf("spec").orElseThrow())
                .hasToString("7:1");
    }

    @Test
    void the_table_is_what_kubectl_kustomize_reads(@TempDir Path dir) throws Exception {
        // GIVEN kubectl 1.27 or later (an older one, or none, skips this check with a note)
        String version = kubectlMinorVersion();
        assumeTrue(version != null, "kubectl 1.27 or later is not on the PATH: the kubectl oracle check is skipped");
        // AND every input of the table in a folder with a kustomization.yaml that names them
        List<Case> table = table();
        StringBuilder kustomization = new StringBuilder("resources:\n");
        for (Case row : table) {
            Files.copy(INPUTS.resolve(row.file()), dir.resolve(row.file()));
            kustomization.append("- ").append(row.file()).append('\n');
        }
        Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
        // WHEN kubectl kustomize reads the folder
        String out = run("kubectl", "kustomize", dir.toString());
        // THEN it reads each ConfigMap as the table says
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        new ManifestReader().readString(out, "kubectl kustomize").all(ConfigMap.class)
                .forEach(c -> byName.put(c.getMetadata().getName(), c.getData()));
        for (Case row : table) {
            assertThat(byName.get(row.name())).as("kubectl %s reads %s", version, row.file())
                    .containsExactlyInAnyOrderEntriesOf(row.data());
        }
    }

    /** @return kubectl's version when it is 1.27 or later, else null */
    private static String kubectlMinorVersion() {
        try {
            String out = run("kubectl", "version", "--client", "-o", "json");
            Matcher minor = Pattern.compile("\"minor\"\\s*:\\s*\"(\\d+)").matcher(out);
            Matcher major = Pattern.compile("\"major\"\\s*:\\s*\"(\\d+)").matcher(out);
            if (minor.find() && major.find() && Integer.parseInt(major.group(1)) == 1
                    && Integer.parseInt(minor.group(1)) >= 27) {
                return "1." + minor.group(1);
            }
            return null;
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return null;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
