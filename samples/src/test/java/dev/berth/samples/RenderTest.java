package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.samples.mistakes.MysqlInDeployment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream table = new ByteArrayOutputStream();
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();

    private int render(String... args) {
        return Render.run(args, new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
    }

    @Test
    void every_sample_is_written_as_all_yaml_a_kustomize_folder_and_its_findings() throws Exception {
        // WHEN every sample is rendered
        int code = render(out.toString());
        // THEN the job succeeds and writes each sample's folder
        assertThat(code).as(problems.toString(StandardCharsets.UTF_8)).isZero();
        for (Sample sample : Samples.all()) {
            Path dir = out.resolve(sample.name());
            Manifest all = new ManifestReader().readAll(List.of(dir.resolve("all.yaml"))).manifest();
            assertThat(all.size()).isEqualTo(sample.manifest().size());
            String kustomization = Files.readString(dir.resolve("kustomization.yaml"));
            assertThat(kustomization).contains("kind: Kustomization").doesNotContain("all.yaml");
            try (var files = Files.list(dir)) {
                assertThat(files.filter(f -> !f.getFileName().toString().matches("all.yaml|kustomization.yaml|"
                        + "findings.txt"))).hasSize(sample.manifest().size());
            }
            assertThat(Files.readString(dir.resolve("findings.txt"))).contains("(rule set recommended)");
        }
    }

    @Test
    void the_table_has_one_row_per_sample_and_a_summary() {
        render(out.toString());
        List<String> lines = table.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("sample                                     objects  high  medium  low  info"
                + " suppressed  verdict");
        assertThat(lines).contains(
                "ssr-user-data                                   23     0       0    0     2          0  ok",
                "mistake-mysql-deployment                         3     2       1    0     0          0  caught "
                        + "(counter-example)");
        assertThat(lines).hasSize(Samples.all().size() + 2);
        assertThat(lines.get(lines.size() - 1)).endsWith("(12 good, 2 counter-examples); all as expected");
    }

    @Test
    void a_good_sample_with_a_finding_above_info_fails_the_job_and_prints_the_findings() {
        // GIVEN the MySQL-in-a-Deployment mistake presented as a good sample
        Sample mistaken = new Sample() {
            @Override
            public String name() {
                return "presented-as-good";
            }

            @Override
            public String description() {
                return "MySQL in a Deployment, claimed to be good";
            }

            @Override
            public Manifest manifest() {
                return new MysqlInDeployment().manifest();
            }
        };
        // WHEN it is rendered
        int code = Render.render(List.of(mistaken), out, new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        // THEN the job fails, says why, and still writes the folder
        assertThat(code).isEqualTo(1);
        assertThat(table.toString(StandardCharsets.UTF_8)).contains("FINDINGS ABOVE INFO", "1 not as expected");
        assertThat(problems.toString(StandardCharsets.UTF_8))
                .startsWith("presented-as-good: FINDINGS ABOVE INFO\nRule 'authoritative-data-ephemeral' [HIGH]");
        assertThat(out.resolve("presented-as-good/all.yaml")).exists();
    }

    @Test
    void chosen_samples_only_and_an_unknown_name_is_refused() {
        assertThat(render(out.toString(), "cassandra-ring")).isZero();
        assertThat(out.resolve("cassandra-ring/all.yaml")).exists();
        assertThat(out.resolve("static-site")).doesNotExist();
        assertThat(render(out.toString(), "nope")).isEqualTo(2);
        assertThat(problems.toString(StandardCharsets.UTF_8)).startsWith("no sample is named \"nope\"");
        assertThat(render()).isEqualTo(2);
    }

    @Test
    void a_file_where_the_folder_should_be_is_one_clear_line() throws Exception {
        Files.writeString(out.resolve("static-site"), "not a folder");
        assertThat(render(out.toString(), "static-site")).isEqualTo(2);
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("the path is a file")
                .doesNotContain("Exception");
    }
}
