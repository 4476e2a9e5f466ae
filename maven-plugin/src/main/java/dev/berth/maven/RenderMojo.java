package dev.berth.maven;

import dev.berth.core.BerthException;
import dev.berth.core.BuiltApplication;
import dev.berth.core.write.ManifestWriter;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code berth:render}: builds the project's applications described in Java (with Berth's DSL or with fabric8
 * builders) and writes their manifests into {@code target/berth/rendered}.
 *
 * <p>It runs in phase {@code package} by default, on a class loader over the project's compiled classes and its
 * runtime dependencies. Each class in {@code applications} follows the contract of {@code berth render}
 * (dev.berth.core.BuiltApplication): a public constructor without arguments, and a public {@code manifest()} that
 * returns a {@code dev.berth.core.Manifest} (a DSL {@code Application} has one) or {@code Supplier<Manifest>}; its
 * {@code name()}, when it has one, names the output, else the class's simple name does. The project uses the Berth
 * version of the plugin: Berth's own classes come from the plugin.
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.berth&lt;/groupId&gt;
 *   &lt;artifactId&gt;berth-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;${berth.version}&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;render&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;
 *         &lt;applications&gt;
 *           &lt;application&gt;com.acme.infra.Shop&lt;/application&gt;
 *         &lt;/applications&gt;
 *         &lt;format&gt;folder&lt;/format&gt;
 *       &lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class RenderMojo extends AbstractMojo {

    /** The fix's end for a class the project's class path does not hold. */
    static final String WHERE_CLASSES_ARE = "make sure it is a class of this project or of its runtime dependencies, "
            + "with what it uses (berth-dsl included) among them";

    /** The outputs {@link #format} takes. */
    enum Format { yaml, json, folder }

    /** The classes to build, by their full names: {@code com.acme.infra.Shop}. Required. */
    @Parameter(required = true)
    List<String> applications;

    /**
     * What to write for each application: {@code yaml} ({@code <name>.yaml}, multi-document), {@code json}
     * ({@code <name>.json}), or {@code folder} (alias {@code kustomize}: a folder {@code <name>/}, one file per object
     * and a {@code kustomization.yaml}). Default: {@code yaml}.
     */
    @Parameter(property = "berth.format", defaultValue = "yaml")
    String format;

    /** Where the manifests are written. Default: {@code target/berth/rendered}. */
    @Parameter(property = "berth.render.outputDirectory", defaultValue = "${project.build.directory}/berth/rendered")
    File outputDirectory;

    /** The project's compiled classes and its runtime dependencies, as Maven resolved them. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpathElements;

    /** Skip the goal ({@code -Dberth.skip}). Default: false. */
    @Parameter(property = "berth.skip", defaultValue = "false")
    boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    public RenderMojo() {
    }

    /**
     * Builds and writes each application.
     *
     * @throws MojoFailureException when a class cannot be loaded, created or built (one line: what went wrong and how
     *         to fix it), when {@code format} is unknown, or when the output cannot be written
     */
    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("berth: render skipped (berth.skip)");
            return;
        }
        Format chosen = format();
        ManifestWriter writer = chosen == Format.json ? ManifestWriter.json() : ManifestWriter.yaml();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(), RenderMojo.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            for (String name : applications == null ? List.<String>of() : applications) {
                BuiltApplication app = BuiltApplication.build(loader, name.trim(), WHERE_CLASSES_ARE);
                Path written = write(writer, chosen, app);
                getLog().info("berth: " + app.name() + ": " + app.manifest().size() + " objects written to "
                        + ProjectPaths.shown(written));
            }
        } catch (BerthException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoFailureException("berth: cannot close the class path: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Format format() throws MojoFailureException {
        String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (name.equals("kustomize")) {
            return Format.folder;
        }
        for (Format value : Format.values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new MojoFailureException("berth: <format>: " + format + " is no output format. Fix: give yaml, json, "
                + "folder or kustomize.");
    }

    private Path write(ManifestWriter writer, Format chosen, BuiltApplication app) throws MojoFailureException {
        Path dir = outputDirectory.toPath();
        Path target = switch (chosen) {
            case folder -> dir.resolve(app.name());
            case json -> dir.resolve(app.name() + ".json");
            case yaml -> dir.resolve(app.name() + ".yaml");
        };
        try {
            Files.createDirectories(dir);
            if (chosen == Format.folder) {
                writer.writeFolder(app.manifest(), target);
            } else {
                writer.writeFile(app.manifest(), target);
            }
        } catch (IOException e) {
            throw new MojoFailureException("berth: cannot write " + target + ": " + e.getMessage() + ". Fix: check "
                    + "the folder is writable, or set <outputDirectory>.");
        }
        return target;
    }

    private URL[] urls() throws MojoFailureException {
        List<URL> urls = new ArrayList<>();
        for (String element : classpathElements == null ? List.<String>of() : classpathElements) {
            try {
                urls.add(Path.of(element).toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoFailureException("berth: cannot use " + element + " on the class path: "
                        + e.getMessage());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
