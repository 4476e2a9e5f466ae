package dev.berth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal {@code render}, from issue 14: "Goal `render`: builds the configured `Application` classes of the project and
 * writes YAML, JSON or kustomize folders into `target/`."
 */
class RenderMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    /** Compiles a project class that builds a one-Deployment application with the DSL, into target/classes. */
    private Path compiledShop() throws IOException {
        Path src = Files.createDirectories(project.resolve("src/main/java/com/acme"));
        Files.writeString(src.resolve("Shop.java"), """
                package com.acme;
                import dev.berth.dsl.Application;
                import dev.berth.dsl.Berth;
                public class Shop {
                    public Application application() {
                        return Berth.application("shop")
                                .add(Berth.statelessService("web").image("ghcr.io/acme/web:1.0.0"))
                                .build();
                    }
                    public String name() {
                        return application().name();
                    }
                    public dev.berth.core.Manifest manifest() {
                        return application().manifest();
                    }
                }
                """);
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.resolve("Shop.java").toString());
        assertThat(compiled).isZero();
        return classes;
    }

    private RenderMojo mojo(Path classes, String format) {
        RenderMojo mojo = new RenderMojo();
        mojo.setLog(log);
        mojo.applications = List.of("com.acme.Shop");
        mojo.format = format;
        mojo.outputDirectory = project.resolve("target/berth/rendered").toFile();
        mojo.classpathElements = List.of(classes.toString());
        return mojo;
    }

    @Test
    void an_application_of_the_project_is_written_as_yaml_by_its_name() throws Exception {
        // GIVEN a project class that builds an application named shop with the DSL
        Path classes = compiledShop();
        // WHEN the goal renders it
        mojo(classes, "yaml").execute();
        // THEN target/berth/rendered/shop.yaml holds its Deployment, and the log says so
        Path yaml = project.resolve("target/berth/rendered/shop.yaml");
        assertThat(Files.readString(yaml)).contains("kind: Deployment", "image: ghcr.io/acme/web:1.0.0");
        assertThat(log.lines()).hasSize(1).first().asString()
                .startsWith("[INFO] berth: shop: ").endsWith(" objects written to " + yaml);
    }

    @Test
    void kustomize_writes_a_folder_with_a_kustomization_and_json_a_json_file() throws Exception {
        Path classes = compiledShop();
        // WHEN the goal renders the application as a kustomize folder, then as JSON
        mojo(classes, "kustomize").execute();
        mojo(classes, "json").execute();
        // THEN both are there
        assertThat(project.resolve("target/berth/rendered/shop/kustomization.yaml")).exists();
        assertThat(Files.readString(project.resolve("target/berth/rendered/shop.json"))).contains("\"kind\"");
    }

    @Test
    void a_class_the_project_does_not_hold_fails_with_one_line() {
        // GIVEN a class name the project's class path does not hold
        RenderMojo mojo = mojo(project.resolve("target/classes"), "yaml");
        // WHEN the goal runs THEN it fails with what is wrong and how to fix it
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
                .hasMessage("render: cannot load class com.acme.Shop (not found). Fix: give its full name, and make "
                        + "sure it is a class of this project or of its runtime dependencies, with what it uses "
                        + "(berth-dsl included) among them.");
    }

    @Test
    void an_unknown_format_fails_with_one_line() throws IOException {
        RenderMojo mojo = mojo(compiledShop(), "helm");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <format>: helm is no output format. Fix: give yaml, json, folder or kustomize.");
    }
}
