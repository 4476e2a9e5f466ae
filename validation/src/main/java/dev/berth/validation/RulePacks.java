package dev.berth.validation;

import dev.berth.validation.rules.BuiltInPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule packs a run uses, each with its name: Berth's built-in packs ({@value #BUILT_IN}), the packs found on the
 * class path through {@link ServiceLoader}, and the packs of the jars given to {@link #load(List)} (what
 * {@code berth lint --rule-pack PATH}, the {@code rulePacks:} key of the configuration file and the Maven plugin's
 * {@code rulePacks} parameter give). A pack is named by the file name of the jar (or class folder) its class comes
 * from, so that a clash or a failing rule says which jar to look at.
 *
 * <pre>{@code
 * RulePacks packs = RulePacks.load(List.of(Path.of("acme-rules.jar"), Path.of("more-packs/")));
 * RuleSet rules = packs.named(RuleSets.RECOMMENDED);      // Berth's recommended rules and the packs' own
 * packs.packOf("acme.team-label");                          // Optional["acme-rules.jar"]
 * }</pre>
 *
 * <p>Rule ids are unique across all packs: two rules with one id are an error at load, naming both packs. The class
 * loader over the given jars stays open for the life of the process, as the rules it loaded need it.
 */
public final class RulePacks {

    /** The name of Berth's own packs. */
    public static final String BUILT_IN = "built-in";

    private final List<RulePack> packs;
    private final Map<String, String> packOf;

    private RulePacks(List<RulePack> packs, Map<String, String> packOf) {
        this.packs = List.copyOf(packs);
        this.packOf = Map.copyOf(packOf);
    }

    /** @return the built-in packs and those on the class path (of the thread's context class loader) */
    public static RulePacks classPath() {
        return load(List.of());
    }

    /**
     * @param paths rule pack jars, or folders whose {@code *.jar} files (sorted by name) are loaded together; may be
     *        empty
     * @return the built-in packs, those on the class path and those in the jars, in that order
     * @throws IllegalArgumentException when a path is neither a jar nor a folder holding one, when a jar named on its
     *         own holds no pack, when a pack cannot be loaded, or when two rules share an id (naming both packs)
     */
    public static RulePacks load(List<Path> paths) {
        Map<RulePack, String> named = new LinkedHashMap<>();
        BuiltInPacks.all().forEach(pack -> named.put(pack, BUILT_IN));
        serviceLoad(ServiceLoader.load(RulePack.class), "the class path", named, null);
        if (!paths.isEmpty()) {
            List<Path> jars = jars(paths);
            URL[] urls = jars.stream().map(RulePacks::url).toArray(URL[]::new);
            URLClassLoader loader = new URLClassLoader("berth-rule-packs", urls, RulePack.class.getClassLoader());
            serviceLoad(ServiceLoader.load(RulePack.class, loader), String.join(", ",
                    jars.stream().map(jar -> jar.getFileName().toString()).toList()), named, loader);
            Set<String> withPacks = new HashSet<>(named.values());
            for (Path path : paths) {
                String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
                if (Files.isRegularFile(path) && !withPacks.contains(name)) {
                    throw new IllegalArgumentException("rule pack " + path + " holds no rule pack: a pack jar lists "
                            + "its RulePack classes in META-INF/services/" + RulePack.class.getName());
                }
            }
        }
        List<RulePack> packs = new ArrayList<>();
        Map<String, String> packOf = new LinkedHashMap<>();
        named.forEach((pack, name) -> {
            packs.add(pack);
            for (Rule rule : pack.rules()) {
                String before = packOf.putIfAbsent(rule.id(), name);
                if (before != null) {
                    throw new IllegalArgumentException("two rules have the id " + rule.id() + ": one in " + before
                            + ", one in " + name + "; rename one of them (a pack prefix such as acme. keeps a pack's "
                            + "ids apart) or leave one pack out");
                }
            }
        });
        return new RulePacks(packs, packOf);
    }

    /** @return the packs, built-in first */
    public List<RulePack> packs() {
        return packs;
    }

    /**
     * @param ruleId a rule id
     * @return the name of the pack that has the rule: {@value #BUILT_IN}, or the file name of the pack's jar
     */
    public Optional<String> packOf(String ruleId) {
        return Optional.ofNullable(packOf.get(ruleId));
    }

    /**
     * @param name one of {@link RuleSets#names()}
     * @return the packs' rules in that set, each knowing its pack ({@link Rule#pack()})
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public RuleSet named(String name) {
        if (!RuleSets.names().contains(name)) {
            throw new IllegalArgumentException("no rule set named " + name + "; the rule sets are "
                    + RuleSets.names());
        }
        List<Rule> selected = new ArrayList<>();
        for (RulePack pack : packs) {
            Set<String> members = name.equals(RuleSets.ALL) ? null : new HashSet<>(pack.members(name));
            if (name.equals(RuleSets.STRICT)) {
                members.addAll(pack.members(RuleSets.RECOMMENDED));
            }
            for (Rule rule : pack.rules()) {
                if (members == null || members.contains(rule.id())) {
                    rule.loadedFrom(packOf.get(rule.id()));
                    selected.add(rule);
                }
            }
        }
        return RuleSet.of(name, selected);
    }

    /**
     * @return the rules of every pack that is not {@value #BUILT_IN}: what a pack author writes pages for
     */
    public RuleSet packRules() {
        return RuleSet.of("packs", all().rules().stream()
                .filter(rule -> !BUILT_IN.equals(packOf.get(rule.id()))).toList());
    }

    /** @return every rule of every pack */
    public RuleSet all() {
        return named(RuleSets.ALL);
    }

    private static void serviceLoad(ServiceLoader<RulePack> loader, String where, Map<RulePack, String> named,
            ClassLoader only) {
        try {
            for (ServiceLoader.Provider<RulePack> provider : loader.stream().toList()) {
                if (only == null || provider.type().getClassLoader() == only) {
                    named.put(provider.get(), nameOf(provider.type()));
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("cannot load the rule packs of " + where + ": " + e.getMessage()
                    + "; check the class names in META-INF/services/" + RulePack.class.getName()
                    + " and that each class has a public no-argument constructor", e);
        }
    }

    private static String nameOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return type.getName();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return path.getFileName() == null ? path.toString() : path.getFileName().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static List<Path> jars(List<Path> paths) {
        Set<Path> jars = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path) && path.toString().endsWith(".jar")) {
                jars.add(path.toAbsolutePath().normalize());
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> found = files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        throw new IllegalArgumentException("rule pack folder " + path + " holds no .jar file; give "
                                + "a pack jar, or a folder of them");
                    }
                    found.forEach(jar -> jars.add(jar.toAbsolutePath().normalize()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list rule pack folder " + path + ": " + e.getMessage(), e);
                }
            } else {
                throw new IllegalArgumentException("no rule pack at " + path + ": give a pack jar (a .jar file), or "
                        + "a folder of them");
            }
        }
        return List.copyOf(jars);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("rule pack " + jar + " has no URL: " + e.getMessage(), e);
        }
    }
}
