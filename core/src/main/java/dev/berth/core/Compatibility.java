package dev.berth.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Refuses, in one line, a class path Berth does not work on, instead of failing later with a
 * {@code NoClassDefFoundError}: Berth is built and tested with fabric8 kubernetes-model 7.x on Jackson 2.x, and fabric8
 * 8.x (which moves to Jackson 3, package {@code tools.jackson}) is not supported. The entry points call
 * {@link #require()}: {@code ManifestReader}'s constructors, {@code Validator.of} and the CLI's {@code main}.
 *
 * <pre>{@code
 * Compatibility.require();   // on fabric8 8.0.0: UnsupportedOperationException
 *                            // "berth: fabric8 kubernetes-model 8.0.0 is not supported (Berth is tested with 7.x ..."
 * Compatibility.problem();   // the same line, without throwing; empty when the class path is fine
 * }</pre>
 *
 * <p>The versions come from the Maven metadata the jars carry ({@code META-INF/maven/.../pom.properties}), read once;
 * a version that cannot be read (a jar shaded without its metadata) is not refused on a guess.
 */
public final class Compatibility {

    private static final String TESTED = "Berth is tested with 7.x on Jackson 2.x";
    private static final String FABRIC8 = "META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties";
    private static final String JACKSON = "META-INF/maven/com.fasterxml.jackson.core/jackson-databind/pom.properties";
    private static final String JACKSON_CLASS = "com/fasterxml/jackson/databind/ObjectMapper.class";

    private Compatibility() {
    }

    /** The class path's verdict, worked out once. */
    private static final class Verdict {
        static final Optional<String> PROBLEM = problem(fabric8Version(), jacksonVersion(),
                Compatibility.class.getClassLoader() == null
                        || Compatibility.class.getClassLoader().getResource(JACKSON_CLASS) != null);
    }

    /**
     * @throws UnsupportedOperationException with {@link #problem()} as its message when the class path has a fabric8 or
     *                                       Jackson that Berth does not support
     */
    public static void require() {
        require(Verdict.PROBLEM);
    }

    /** @return the one line that says why this class path is not supported; empty when it is */
    public static Optional<String> problem() {
        return Verdict.PROBLEM;
    }

    static void require(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new UnsupportedOperationException(problem.get());
        }
    }

    /**
     * @param fabric8 the kubernetes-model-core version, or null when unknown
     * @param jackson the jackson-databind (2.x, {@code com.fasterxml}) version, or null when unknown
     * @param jacksonPresent whether Jackson 2's {@code ObjectMapper} is on the class path
     * @return the line refusing the combination; empty when it is supported or cannot be told
     */
    static Optional<String> problem(String fabric8, String jackson, boolean jacksonPresent) {
        if (fabric8 != null && !fabric8.startsWith("7.")) {
            return Optional.of("berth: fabric8 kubernetes-model " + fabric8 + " is not supported (" + TESTED + "): use "
                    + "io.fabric8:kubernetes-model-core 7.x, for instance by importing io.fabric8:kubernetes-client-bom"
                    + " 7.x or Berth's berth-bom in dependencyManagement");
        }
        if (!jacksonPresent) {
            return Optional.of("berth: Jackson 2 (com.fasterxml.jackson.core:jackson-databind) is not on the class path,"
                    + " and fabric8 kubernetes-model " + (fabric8 == null ? "" : fabric8 + " ") + "needs it (" + TESTED
                    + "): add jackson-databind 2.x");
        }
        if (jackson != null && !jackson.startsWith("2.")) {
            return Optional.of("berth: Jackson " + jackson + " is not supported (" + TESTED + "): use "
                    + "com.fasterxml.jackson.core:jackson-databind 2.x");
        }
        return Optional.empty();
    }

    /** @return the version of io.fabric8:kubernetes-model-core on the class path, or null when it cannot be read */
    static String fabric8Version() {
        return version(FABRIC8);
    }

    /** @return the version of com.fasterxml.jackson.core:jackson-databind on the class path, or null */
    static String jacksonVersion() {
        return version(JACKSON);
    }

    private static String version(String resource) {
        ClassLoader loader = Compatibility.class.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
