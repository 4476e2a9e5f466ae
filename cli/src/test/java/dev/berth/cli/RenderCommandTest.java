package dev.berth.cli;

import static dev.berth.cli.Cli.read;
import static dev.berth.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth render}: applications described in Java become manifests, judged by the rules. */
class RenderCommandTest {

    /** A clean application with a name: one ConfigMap. */
    public static final class Settings {
        /** @return its name */
        public String name() {
            return "settings";
        }

        /** @return one ConfigMap */
        public Manifest manifest() {
            return Manifest.of(new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace("shop")
                    .endMetadata().addToData("mode", "fast").build());
        }
    }

    /** An application given as a supplier, with the findings of a bare Deployment. */
    public static final class BareWeb implements Supplier<Manifest> {
        @Override
        public Manifest get() {
            return Manifest.of(new DeploymentBuilder().withNewMetadata().withName("web").withNamespace("shop")
                    .endMetadata().withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "web")
                    .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                    .withNewSpec().addNewContainer().withName("web").withImage("nginx:1.27.0").endContainer()
                    .endSpec().endTemplate().endSpec().build());
        }
    }

    /** Not an application. */
    public static final class NotAnApplication {
    }

    /** An application whose description is impossible. */
    public static final class Impossible {
        /** @return never */
        public Manifest manifest() {
            throw new IllegalArgumentException("replicas of web must be >= 0, was -1");
        }
    }

    @TempDir
    Path dir;

    @Test
    void a_clean_application_goes_to_standard_output_as_yaml_and_its_summary_to_standard_error() {
        // WHEN a class on Berth's own class path is rendered
        Cli.Result result = run("render", Settings.class.getName());
        // THEN its YAML is the writer's, the summary names it, and nothing fails
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n");
        assertThat(new ManifestReader().readString(result.out(), "out.yaml")).isEqualTo(new Settings().manifest());
        assertThat(result.err()).isEqualTo("settings: 1 objects; 0 high, 0 medium, 0 low, 0 info\n");
    }

    @Test
    void findings_at_or_above_fail_on_are_printed_and_exit_with_one() {
        Cli.Result result = run("render", BareWeb.class.getName());
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).startsWith("BareWeb: 1 objects; 0 high, 5 medium, 0 low, 0 info\n"
                + "Rule 'cpu-requests' [MEDIUM] was violated (1 time):\n");
        assertThat(run("render", "--fail-on", "high", BareWeb.class.getName()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("render", "--rules", "pod-security-baseline", BareWeb.class.getName()).code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void with_output_each_application_gets_its_file_or_its_kustomize_folder() throws Exception {
        // WHEN two applications are rendered into a folder, as YAML, as JSON and as kustomize folders
        assertThat(run("render", "--fail-on", "never", "--output", dir.toString(), Settings.class.getName(),
                BareWeb.class.getName()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("render", "--format", "json", "--output", dir.toString(), Settings.class.getName()).code())
                .isEqualTo(ExitCode.OK);
        assertThat(run("render", "--format", "folder", "--output", dir.toString(), Settings.class.getName()).code())
                .isEqualTo(ExitCode.OK);
        // THEN each is where its name says, and reads back to the same objects
        ManifestReader reader = new ManifestReader();
        assertThat(reader.read(dir.resolve("settings.yaml"))).isEqualTo(new Settings().manifest());
        assertThat(reader.read(dir.resolve("BareWeb.yaml"))).isEqualTo(new BareWeb().get());
        assertThat(reader.read(dir.resolve("settings.json"))).isEqualTo(new Settings().manifest());
        assertThat(read(dir.resolve("settings/kustomization.yaml"))).contains("resources:");
        assertThat(reader.read(dir.resolve("settings")).objects()).hasSize(2)
                .containsAll(new Settings().manifest().objects());
    }

    @Test
    void a_class_from_the_given_class_path_is_loaded() throws Exception {
        // GIVEN a class compiled into a folder of its own, not on Berth's class path
        Path src = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(src.resolve("Cache.java"), """
                package com.acme;
                public class Cache implements java.util.function.Supplier<dev.berth.core.Manifest> {
                    public dev.berth.core.Manifest get() {
                        return dev.berth.core.Manifest.of(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                                .withNewMetadata().withName("cache").withNamespace("shop").endMetadata().build());
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.resolve("Cache.java").toString());
        assertThat(compiled).isZero();
        // WHEN it is rendered without and with --classpath
        Cli.Result without = run("render", "com.acme.Cache");
        Cli.Result with = run("render", "--classpath", classes + File.pathSeparator + dir.resolve("src"),
                "com.acme.Cache");
        // THEN only the second finds it
        assertThat(without.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(without.err()).startsWith("render: cannot load class com.acme.Cache (not found). Fix: give its "
                + "full name, and --classpath with the folders or jars that hold it");
        assertThat(with.code()).isEqualTo(ExitCode.OK);
        assertThat(with.out()).contains("name: cache");
    }

    @Test
    void what_cannot_be_rendered_is_one_line_and_exit_two() {
        Cli.Result notAnApp = run("render", NotAnApplication.class.getName());
        assertThat(notAnApp.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notAnApp.err()).isEqualTo("render: class " + NotAnApplication.class.getName() + " has no public "
                + "manifest() method returning dev.berth.core.Manifest and is no Supplier<Manifest>. Fix: add 'public "
                + "Manifest manifest()' (an Application's manifest(), say), or implement Supplier<Manifest>.\n");
        Cli.Result impossible = run("render", Impossible.class.getName());
        assertThat(impossible.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(impossible.err()).startsWith("render: " + Impossible.class.getName() + ".manifest() threw "
                + "java.lang.IllegalArgumentException: replicas of web must be >= 0, was -1. Fix:")
                .doesNotContain("\tat ");
        Cli.Result missing = run("render", "--classpath", dir.resolve("nowhere").toString(), Settings.class.getName());
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).startsWith("--classpath: no such folder or jar on the class path: ");
        Cli.Result folderToStdout = run("render", "--format", "folder", Settings.class.getName());
        assertThat(folderToStdout.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(folderToStdout.err()).startsWith("berth: --format folder writes folders: give --output DIR\n");
        assertThat(List.of(notAnApp.out(), impossible.out(), missing.out())).allMatch(String::isEmpty);
    }
}
