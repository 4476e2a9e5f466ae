package dev.berth.validation.config;

import dev.berth.core.BerthException;
import dev.berth.core.read.FolderFilter;
import dev.berth.core.text.Spelling;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RulePacks;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.config.ConfigYaml.Entry;
import dev.berth.validation.config.ConfigYaml.Mapping;
import dev.berth.validation.config.ConfigYaml.Node;
import dev.berth.validation.config.ConfigYaml.Sequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A project's Berth settings: the rule set, rules enabled and disabled, severity overrides, rule parameters, the
 * {@code failOn} threshold, folder excludes, the baseline and how folders are grouped into sets. Each setting knows
 * where it came from (Berth's default, a line of the configuration file, or a command-line flag), so that
 * {@code berth lint --print-config} can say so. The CLI reads it, and the Maven plugin can too; instances are
 * immutable.
 *
 * <p>The file is {@value #FILE_NAME} (or {@value #OTHER_FILE_NAME}), found by {@link #find(Path)} from the working
 * directory upwards, up to the root of the Git repository (the folder holding {@code .git}) or of the filesystem:
 *
 * <pre>{@code
 * rules: strict
 * enable: [database-not-statefulset]
 * disable: [backup-declared]
 * severity:
 *   image-tag-pinned: high
 * parameters:
 *   replicas-behind-service: {minReplicas: 3}
 * failOn: medium
 * exclude: ["examples/**"]
 * defaultExcludes: true
 * baseline: berth-baseline.json
 * sets: folder
 * complete: false
 * rulePacks: [tools/acme-rules.jar]
 * }</pre>
 *
 * <p>{@code rulePacks} lists rule pack jars, or folders of them, relative to the file's folder: their rules join the
 * rule sets, and {@code enable}, {@code severity} and {@code parameters} may name them (see {@link RulePacks}).
 *
 * <pre>{@code
 * ProjectConfig config = ProjectConfig.find(Path.of("")).map(ProjectConfig::load).orElse(ProjectConfig.defaults())
 *         .withFailOn("high", "-Dberth.failOn");        // explicit settings win over the file
 * Report report = Validator.of(config.ruleSet()).evaluate(manifest);
 * config.describe().forEach(System.out::println);       // "failOn: high (-Dberth.failOn)", ...
 * }</pre>
 *
 * <p>Unknown keys, unknown rule ids, unknown parameters and values of the wrong type are errors ({@link BerthException}
 * naming file:line:column, the key and, when one is close, the name that was probably meant).
 */
public final class ProjectConfig {

    /** The configuration file's name. */
    public static final String FILE_NAME = ".berth.yaml";
    /** The other name it may have; a folder holding both is an error. */
    public static final String OTHER_FILE_NAME = ".berth.yml";
    /** The source of a setting nobody set. */
    public static final String DEFAULT = "default";
    /** The keys of the file, in the order {@link #describe()} lists them. */
    public static final List<String> KEYS = List.of("rules", "enable", "disable", "severity", "parameters", "failOn",
            "exclude", "defaultExcludes", "baseline", "sets", "complete", "rulePacks");
    /** The values of {@code failOn}: a finding this severe or more fails the run; never fails on none. */
    public static final List<String> FAIL_ON = List.of("high", "medium", "low", "info", "never");
    /** The values of {@code sets}: see {@code berth lint --sets}. */
    public static final List<String> SETS = List.of("folder", "tree");

    private static final List<String> SEVERITIES = FAIL_ON.subList(0, 4);
    private static final String NOT_RUN = " (no effect: the rule set does not run that rule)";

    private final Values values;

    private ProjectConfig(Values values) {
        this.values = values;
    }

    /** @return Berth's defaults: rules recommended, failOn low, default excludes on, sets folder, nothing else */
    public static ProjectConfig defaults() {
        return new ProjectConfig(new Values());
    }

    /**
     * Looks for {@value #FILE_NAME} or {@value #OTHER_FILE_NAME} in a folder and the folders above it, stopping after
     * the first folder that holds {@code .git} (a repository's settings apply in its subfolders, never a parent
     * repository's) or at the filesystem root.
     *
     * @param directory where to start, usually the working directory
     * @return the nearest configuration file, if any
     * @throws BerthException when a folder holds both names
     */
    public static Optional<Path> find(Path directory) {
        for (Path folder = directory.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path yaml = folder.resolve(FILE_NAME);
            Path yml = folder.resolve(OTHER_FILE_NAME);
            if (Files.isRegularFile(yaml) && Files.isRegularFile(yml)) {
                throw BerthException.problem("both " + FILE_NAME + " and " + OTHER_FILE_NAME + " are here")
                        .origin(folder.toString()).fix("keep one of them.").build();
            }
            if (Files.isRegularFile(yaml) || Files.isRegularFile(yml)) {
                return Optional.of(Files.isRegularFile(yaml) ? yaml : yml);
            }
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a configuration file over the defaults. A relative {@code baseline} is resolved against the file's folder;
     * {@code exclude} globs, like {@code --exclude}, match paths relative to each folder linted.
     *
     * @param file the file, such as {@code .berth.yaml}
     * @return the settings: the file's, and the defaults for keys it does not have
     * @throws BerthException for a file that cannot be read, is not YAML, has an unknown key, an unknown rule id or
     *                        parameter, or a value of the wrong type: one line naming file:line:column
     */
    public static ProjectConfig load(Path file) {
        return load(file, List.of(), "");
    }

    /**
     * Reads a configuration file over the defaults, with rule packs given elsewhere (a command-line flag, a POM
     * parameter) whose rules the file may name.
     *
     * <pre>{@code
     * ProjectConfig.load(Path.of(".berth.yaml"), List.of(Path.of("acme-rules.jar")), "--rule-pack");
     * }</pre>
     *
     * @param file the file, such as {@code .berth.yaml}
     * @param rulePacks rule pack jars or folders, after those the file lists
     * @param source where they were given, for {@link #describe()}
     * @return the settings
     * @throws BerthException as {@link #load(Path)} does, and for a rule pack that cannot be loaded
     */
    public static ProjectConfig load(Path file, List<Path> rulePacks, String source) {
        Node root = ConfigYaml.read(file);
        Values values = new Values();
        values.file = file;
        Reading reading = new Reading(file);
        if (root.value() == null) {
            return new ProjectConfig(values).withRulePacks(rulePacks, source);
        }
        if (!(root.value() instanceof Mapping entries)) {
            throw reading.problem(root, null, "expected settings (key: value lines such as failOn: high), found "
                    + root.describe(), "write the settings as in the README's \"Configuration file\" section.");
        }
        Set<String> seen = new HashSet<>();
        Node packsAt = root;
        for (Entry entry : entries) {
            if (entry.key().equals("rulePacks")) {
                reading.setting(values, entry);
                packsAt = entry.value();
            }
        }
        rulePacks.forEach(path -> values.rulePacks.add(new Setting<>(path, source)));
        try {
            reading.all = values.packs().all();
        } catch (IllegalArgumentException e) {
            throw reading.problem(packsAt, "rulePacks", e.getMessage(), "check the rulePacks paths (relative to "
                    + "this file's folder) and the jars.");
        }
        for (Entry entry : entries) {
            if (!seen.add(entry.key())) {
                throw reading.problem(entry.at(), null, "key " + entry.key() + " is given twice", "keep one of them.");
            }
            if (!entry.key().equals("rulePacks")) {
                reading.setting(values, entry);
            }
        }
        return new ProjectConfig(values);
    }

    /** @return the file the settings were read from, if any */
    public Optional<Path> file() {
        return Optional.ofNullable(values.file);
    }

    /** @return the rule pack jars and folders, from the file (resolved against its folder) and then given; default none */
    public List<Setting<Path>> rulePacks() {
        return List.copyOf(values.rulePacks);
    }

    /**
     * @return the rule packs these settings use: Berth's, the class path's and those of {@link #rulePacks()}
     * @throws IllegalArgumentException for a rule pack that cannot be loaded, or two rules with one id
     */
    public RulePacks packs() {
        return values.packs();
    }

    /**
     * @param paths rule pack jars or folders to load after those already given
     * @param source where they were given, such as {@code --rule-pack}
     * @return the settings with them
     * @throws IllegalArgumentException for a rule pack that cannot be loaded, or two rules with one id, naming
     *                                  both packs
     */
    public ProjectConfig withRulePacks(List<Path> paths, String source) {
        if (paths.isEmpty()) {
            return this;
        }
        ProjectConfig changed = with(v -> {
            paths.forEach(path -> v.rulePacks.add(new Setting<>(path, source)));
            v.packs = null;
        });
        changed.values.packs();
        return changed;
    }

    /** @return the rule set's name: one of {@link RuleSets#names()}; default {@value RuleSets#RECOMMENDED} */
    public Setting<String> rules() {
        return values.rules;
    }

    /** @return ids of rules to run besides the set's, in the order given; default none */
    public List<Setting<String>> enable() {
        return List.copyOf(values.enable);
    }

    /** @return ids of the set's rules not to run, in the order given; default none */
    public List<Setting<String>> disable() {
        return List.copyOf(values.disable);
    }

    /** @return severity overrides by rule id, sorted; default none */
    public Map<String, Setting<Severity>> severity() {
        return Map.copyOf(values.severity);
    }

    /** @return parameter values by rule id and parameter name; default none (each parameter's own default) */
    public Map<String, Map<String, Setting<Object>>> parameters() {
        Map<String, Map<String, Setting<Object>>> copy = new TreeMap<>();
        values.parameters.forEach((id, named) -> copy.put(id, Map.copyOf(named)));
        return Map.copyOf(copy);
    }

    /** @return the {@code failOn} threshold: one of {@link #FAIL_ON}; default {@code low} */
    public Setting<String> failOn() {
        return values.failOn;
    }

    /** @return the {@code failOn} threshold as a severity; empty for {@code never} */
    public Optional<Severity> failOnSeverity() {
        String name = values.failOn.value();
        return name.equals("never") ? Optional.empty() : Optional.of(Severity.valueOf(name.toUpperCase(Locale.ROOT)));
    }

    /** @return globs of paths to leave out of folder walks, in the order given; default none */
    public List<Setting<String>> exclude() {
        return List.copyOf(values.exclude);
    }

    /** @return whether hidden entries and the folders {@value FolderFilter#DEFAULT_NAMES} are left out; default true */
    public Setting<Boolean> defaultExcludes() {
        return values.defaultExcludes;
    }

    /** @return the baseline file whose findings are not reported; default none (a null value) */
    public Setting<Path> baseline() {
        return values.baseline;
    }

    /** @return how folders are grouped into sets judged apart: one of {@link #SETS}; default {@code folder} */
    public Setting<String> sets() {
        return values.sets;
    }

    /** @return whether the input holds every object, so references to missing ones are reported; default false */
    public Setting<Boolean> complete() {
        return values.complete;
    }

    /**
     * @param name a rule set name, one of {@link RuleSets#names()}
     * @param source who set it, such as {@code --rules}
     * @return a copy with that rule set
     * @throws IllegalArgumentException for an unknown name
     */
    public ProjectConfig withRules(String name, String source) {
        RuleSets.named(name);
        return with(v -> v.rules = new Setting<>(name, source));
    }

    /**
     * @param ids rule ids to run besides the set's; each also undoes an earlier {@code disable} of it
     * @param source who set them, such as {@code --enable}
     * @return a copy that also enables them
     */
    public ProjectConfig withEnabled(List<String> ids, String source) {
        return with(v -> ids.forEach(id -> {
            v.disable.removeIf(s -> s.value().equals(id));
            v.enable.add(new Setting<>(id, source));
        }));
    }

    /**
     * @param ids rule ids not to run; each also undoes an earlier {@code enable} of it
     * @param source who set them, such as {@code --disable}
     * @return a copy that also disables them
     */
    public ProjectConfig withDisabled(List<String> ids, String source) {
        return with(v -> ids.forEach(id -> {
            v.enable.removeIf(s -> s.value().equals(id));
            v.disable.add(new Setting<>(id, source));
        }));
    }

    /**
     * @param id a rule id
     * @param severity the severity its findings get
     * @param source who set it
     * @return a copy with that override
     */
    public ProjectConfig withSeverity(String id, Severity severity, String source) {
        return with(v -> v.severity.put(id, new Setting<>(severity, source)));
    }

    /**
     * @param id a rule id
     * @param name one of its parameters
     * @param value the value, of the parameter's type
     * @param source who set it
     * @return a copy with that value
     */
    public ProjectConfig withParameter(String id, String name, Object value, String source) {
        return with(v -> v.parameters.computeIfAbsent(id, k -> new TreeMap<>()).put(name, new Setting<>(value, source)));
    }

    /**
     * @param threshold one of {@link #FAIL_ON}
     * @param source who set it, such as {@code --fail-on}
     * @return a copy with that threshold
     * @throws IllegalArgumentException for another value
     */
    public ProjectConfig withFailOn(String threshold, String source) {
        requireOneOf("failOn", threshold, FAIL_ON);
        return with(v -> v.failOn = new Setting<>(threshold, source));
    }

    /**
     * @param globs globs to leave out of folder walks, added to those already given
     * @param source who set them, such as {@code --exclude}
     * @return a copy that also leaves them out
     */
    public ProjectConfig withExcludes(List<String> globs, String source) {
        return with(v -> globs.forEach(glob -> v.exclude.add(new Setting<>(glob, source))));
    }

    /**
     * @param on whether the default excludes apply
     * @param source who set it, such as {@code --no-default-excludes}
     * @return a copy with that setting
     */
    public ProjectConfig withDefaultExcludes(boolean on, String source) {
        return with(v -> v.defaultExcludes = new Setting<>(on, source));
    }

    /**
     * @param file a baseline file
     * @param source who set it, such as {@code --baseline}
     * @return a copy with that baseline
     */
    public ProjectConfig withBaseline(Path file, String source) {
        return with(v -> v.baseline = new Setting<>(file, source));
    }

    /**
     * @param mode one of {@link #SETS}
     * @param source who set it, such as {@code --sets}
     * @return a copy with that grouping
     * @throws IllegalArgumentException for another value
     */
    public ProjectConfig withSets(String mode, String source) {
        requireOneOf("sets", mode, SETS);
        return with(v -> v.sets = new Setting<>(mode, source));
    }

    /**
     * @param on whether the input holds every object
     * @param source who set it, such as {@code --complete}
     * @return a copy with that setting
     */
    public ProjectConfig withComplete(boolean on, String source) {
        return with(v -> v.complete = new Setting<>(on, source));
    }

    /**
     * The rule set these settings describe: the named set, plus {@code enable}, minus {@code disable}, with
     * {@code complete} given to every rule that has that parameter, then the {@code severity} overrides and
     * {@code parameters}. Overrides and parameters of a rule the set does not run have no effect
     * ({@link #describe()} says so).
     *
     * @return the rule set
     * @throws IllegalArgumentException for a rule id no rule has, or a disabled rule the set does not run, naming
     *                                  where it was given
     */
    public RuleSet ruleSet() {
        RuleSet set = values.packs().named(values.rules.value());
        RuleSet all = values.enable.isEmpty() && values.disable.isEmpty() ? set : values.packs().all();
        for (Setting<String> id : values.enable) {
            set = set.with(all.rule(id.value()).orElseThrow(() -> noRule(id.value())));
        }
        for (Setting<String> id : values.disable) {
            if (!set.contains(id.value())) {
                throw all.contains(id.value()) ? new IllegalArgumentException(where(id, "disable") + " " + id.value()
                        + ": rule set " + values.rules.value() + " does not run that rule") : noRule(id.value());
            }
            set = set.without(id.value());
        }
        if (values.complete.value()) {
            for (Rule rule : set.rules()) {
                if (rule.info().parameter("complete") != null) {
                    set = set.withParameter(rule.id(), "complete", Boolean.TRUE);
                }
            }
        }
        for (Map.Entry<String, Setting<Severity>> override : values.severity.entrySet()) {
            if (set.contains(override.getKey())) {
                set = set.withSeverity(override.getKey(), override.getValue().value());
            }
        }
        for (Map.Entry<String, TreeMap<String, Setting<Object>>> rule : values.parameters.entrySet()) {
            if (set.contains(rule.getKey())) {
                for (Map.Entry<String, Setting<Object>> parameter : rule.getValue().entrySet()) {
                    set = set.withParameter(rule.getKey(), parameter.getKey(), parameter.getValue().value());
                }
            }
        }
        return set;
    }

    /**
     * @return the folder walk's filter: the default excludes unless {@code defaultExcludes} is false, and every
     *         {@code exclude} glob
     */
    public FolderFilter folderFilter() {
        FolderFilter filter = values.defaultExcludes.value() ? FolderFilter.defaults() : FolderFilter.none();
        for (Setting<String> glob : values.exclude) {
            filter = filter.exclude(glob.value());
        }
        return filter;
    }

    /**
     * The effective settings, one a line, each with its source, in the order of {@link #KEYS} (list items in the order
     * given, rule ids sorted):
     *
     * <pre>{@code
     * rules: strict (.berth.yaml:1)
     * enable: none (default)
     * severity.image-tag-pinned: high (.berth.yaml:4)
     * parameters.replicas-behind-service.minReplicas: 3 (.berth.yaml:7)
     * failOn: low (default)
     * }</pre>
     *
     * @return the lines
     */
    public List<String> describe() {
        Set<String> running = new HashSet<>();
        values.packs().named(values.rules.value()).rules().forEach(rule -> running.add(rule.id()));
        values.enable.forEach(id -> running.add(id.value()));
        values.disable.forEach(id -> running.remove(id.value()));
        List<String> lines = new ArrayList<>();
        lines.add(line("rules", values.rules));
        items(lines, "enable", values.enable);
        items(lines, "disable", values.disable);
        if (values.severity.isEmpty()) {
            lines.add("severity: none (default)");
        }
        values.severity.forEach((id, severity) -> lines.add("severity." + id + ": " + severity.value().label() + " ("
                + severity.source() + ")" + (running.contains(id) ? "" : NOT_RUN)));
        if (values.parameters.isEmpty()) {
            lines.add("parameters: none (default)");
        }
        values.parameters.forEach((id, named) -> named.forEach((name, value) -> lines.add("parameters." + id + "."
                + name + ": " + value.value() + " (" + value.source() + ")" + (running.contains(id) ? "" : NOT_RUN))));
        lines.add(line("failOn", values.failOn));
        items(lines, "exclude", values.exclude);
        lines.add(line("defaultExcludes", values.defaultExcludes));
        lines.add(values.baseline.value() == null ? "baseline: none (default)" : line("baseline", values.baseline));
        lines.add(line("sets", values.sets));
        lines.add(line("complete", values.complete));
        if (values.rulePacks.isEmpty()) {
            lines.add("rulePacks: none (default)");
        }
        values.rulePacks.forEach(path -> lines.add(line("rulePacks", path)));
        return lines;
    }

    private static String line(String key, Setting<?> setting) {
        return key + ": " + setting.value() + " (" + setting.source() + ")";
    }

    private static void items(List<String> lines, String key, List<Setting<String>> items) {
        if (items.isEmpty()) {
            lines.add(key + ": none (default)");
        }
        items.forEach(item -> lines.add(line(key, item)));
    }

    private static String where(Setting<?> setting, String key) {
        return setting.source().startsWith("-") ? setting.source() : setting.source() + ": " + key;
    }

    private static IllegalArgumentException noRule(String id) {
        return new IllegalArgumentException("no rule " + id + "; 'berth rules' lists them");
    }

    private static void requireOneOf(String key, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(key + " takes one of " + String.join(", ", allowed) + ", was " + value);
        }
    }

    private ProjectConfig with(Consumer<Values> change) {
        Values copy = values.copy();
        change.accept(copy);
        return new ProjectConfig(copy);
    }

    /** The settings, mutable only while a {@link ProjectConfig} is being made. */
    private static final class Values {
        Path file;
        Setting<String> rules = new Setting<>(RuleSets.RECOMMENDED, DEFAULT);
        List<Setting<String>> enable = new ArrayList<>();
        List<Setting<String>> disable = new ArrayList<>();
        TreeMap<String, Setting<Severity>> severity = new TreeMap<>();
        TreeMap<String, TreeMap<String, Setting<Object>>> parameters = new TreeMap<>();
        Setting<String> failOn = new Setting<>("low", DEFAULT);
        List<Setting<String>> exclude = new ArrayList<>();
        Setting<Boolean> defaultExcludes = new Setting<>(true, DEFAULT);
        Setting<Path> baseline = new Setting<>(null, DEFAULT);
        Setting<String> sets = new Setting<>("folder", DEFAULT);
        Setting<Boolean> complete = new Setting<>(false, DEFAULT);
        List<Setting<Path>> rulePacks = new ArrayList<>();
        private RulePacks packs;

        /** The packs of {@link #rulePacks}, loaded once: a class loader and its rules are kept, not made again. */
        RulePacks packs() {
            if (packs == null) {
                packs = RulePacks.load(rulePacks.stream().map(Setting::value).toList());
            }
            return packs;
        }

        Values copy() {
            Values copy = new Values();
            copy.file = file;
            copy.rules = rules;
            copy.enable = new ArrayList<>(enable);
            copy.disable = new ArrayList<>(disable);
            copy.severity = new TreeMap<>(severity);
            parameters.forEach((id, named) -> copy.parameters.put(id, new TreeMap<>(named)));
            copy.failOn = failOn;
            copy.exclude = new ArrayList<>(exclude);
            copy.defaultExcludes = defaultExcludes;
            copy.baseline = baseline;
            copy.sets = sets;
            copy.complete = complete;
            copy.rulePacks = new ArrayList<>(rulePacks);
            copy.packs = packs;
            return copy;
        }
    }

    /** Turns the file's entries into settings, or into one located error. */
    private static final class Reading {
        private final Path file;
        private RuleSet all = RuleSets.all();

        Reading(Path file) {
            this.file = file;
        }

        void setting(Values v, Entry entry) {
            String source = file + ":" + entry.at().line();
            Node value = entry.value();
            switch (entry.key()) {
                case "rules" -> v.rules = new Setting<>(oneOf(entry.key(), value, RuleSets.names()), source);
                case "enable" -> v.enable.addAll(ruleIds(entry.key(), value));
                case "disable" -> v.disable.addAll(ruleIds(entry.key(), value));
                case "severity" -> {
                    for (Entry rule : mapping(entry.key(), value)) {
                        String field = "severity." + rule.key();
                        ruleId(rule.key(), rule.at(), "severity");
                        String level = oneOf(field, rule.value(), SEVERITIES);
                        v.severity.put(rule.key(), new Setting<>(Severity.valueOf(level.toUpperCase(Locale.ROOT)),
                                file + ":" + rule.at().line()));
                    }
                }
                case "parameters" -> {
                    for (Entry rule : mapping(entry.key(), value)) {
                        Rule known = ruleId(rule.key(), rule.at(), "parameters");
                        for (Entry parameter : mapping("parameters." + rule.key(), rule.value())) {
                            v.parameters.computeIfAbsent(rule.key(), k -> new TreeMap<>()).put(parameter.key(),
                                    new Setting<>(parameterValue(known, parameter), file + ":" + parameter.at().line()));
                        }
                    }
                }
                case "failOn" -> v.failOn = new Setting<>(oneOf(entry.key(), value, FAIL_ON), source);
                case "exclude" -> {
                    for (Node glob : texts(entry.key(), value)) {
                        try {
                            FolderFilter.none().exclude((String) glob.value());
                        } catch (IllegalArgumentException e) {
                            throw problem(glob, "exclude", glob.describe() + " is not a valid glob: "
                                    + e.getCause().getMessage(), "write a glob such as examples/** or *.generated.yaml.");
                        }
                        v.exclude.add(new Setting<>((String) glob.value(), file + ":" + glob.line()));
                    }
                }
                case "defaultExcludes" -> v.defaultExcludes = new Setting<>(bool(entry.key(), value), source);
                case "baseline" -> {
                    Path path = Path.of(text(entry.key(), value));
                    Path folder = file.toAbsolutePath().getParent();
                    v.baseline = new Setting<>(path.isAbsolute() || folder == null ? path : folder.resolve(path)
                            .normalize(), source);
                }
                case "sets" -> v.sets = new Setting<>(oneOf(entry.key(), value, SETS), source);
                case "complete" -> v.complete = new Setting<>(bool(entry.key(), value), source);
                case "rulePacks" -> {
                    Path folder = file.toAbsolutePath().getParent();
                    for (Node item : texts(entry.key(), value)) {
                        Path path = Path.of((String) item.value());
                        v.rulePacks.add(new Setting<>(path.isAbsolute() || folder == null ? path
                                : folder.resolve(path).normalize(), file + ":" + item.line()));
                    }
                }
                default -> throw problem(entry.at(), null, "unknown key " + entry.key(),
                        meant(entry.key(), KEYS) + "The keys are " + String.join(", ", KEYS) + ".");
            }
        }

        private List<Setting<String>> ruleIds(String key, Node value) {
            List<Setting<String>> ids = new ArrayList<>();
            for (Node id : texts(key, value)) {
                ruleId((String) id.value(), id, key);
                ids.add(new Setting<>((String) id.value(), file + ":" + id.line()));
            }
            return ids;
        }

        private Rule ruleId(String id, Node at, String key) {
            return all.rule(id).orElseThrow(() -> problem(at, key, "no rule " + id,
                    meant(id, all.rules().stream().map(Rule::id).toList()) + "'berth rules' lists the rules."));
        }

        private Object parameterValue(Rule rule, Entry parameter) {
            String field = "parameters." + rule.id() + "." + parameter.key();
            Parameter<?> declared = rule.info().parameter(parameter.key());
            if (declared == null) {
                List<String> names = rule.info().parameters().stream().map(Parameter::name).toList();
                throw problem(parameter.at(), "parameters." + rule.id(), "rule " + rule.id() + " has no parameter "
                        + parameter.key(), names.isEmpty() ? "remove it: the rule takes no parameters."
                        : meant(parameter.key(), names) + "Its parameters are " + String.join(", ", names) + ".");
            }
            Node value = parameter.value();
            Object given = value.value();
            if (declared.type() == String.class && value.isScalar() && given != null) {
                return String.valueOf(given);
            }
            if (declared.type() == Integer.class && given instanceof Number number && number.longValue()
                    == number.doubleValue() && Math.abs(number.longValue()) <= Integer.MAX_VALUE) {
                return number.intValue();
            }
            if (declared.type().isInstance(given)) {
                return given;
            }
            String expected = declared.type() == Integer.class ? "a whole number"
                    : declared.type() == Boolean.class ? "true or false" : "a " + declared.type().getSimpleName();
            throw problem(value, field, "expected " + expected + ", found " + value.describe(),
                    "write " + declared.name() + ": " + declared.defaultValue() + " (its default).");
        }

        private String oneOf(String field, Node value, List<String> allowed) {
            String text = text(field, value);
            if (!allowed.contains(text)) {
                throw problem(value, field, "expected one of " + String.join(", ", allowed) + ", found "
                        + value.describe(), meant(text, allowed) + "Write one of them.");
            }
            return text;
        }

        private String text(String field, Node value) {
            if (!(value.value() instanceof String text)) {
                throw problem(value, field, "expected a name, found " + value.describe(), "write a single name.");
            }
            return text;
        }

        private boolean bool(String field, Node value) {
            if (!(value.value() instanceof Boolean on)) {
                throw problem(value, field, "expected true or false, found " + value.describe(),
                        "write true or false.");
            }
            return on;
        }

        /** A list of names, or one name on its own. */
        private List<Node> texts(String field, Node value) {
            List<Node> items = value.value() instanceof Sequence sequence ? sequence : List.of(value);
            for (Node item : items) {
                if (!(item.value() instanceof String)) {
                    throw problem(item, field, "expected a name or a list of names, found " + item.describe(),
                            "write a list such as [name-one, name-two].");
                }
            }
            return items;
        }

        private Mapping mapping(String field, Node value) {
            if (!(value.value() instanceof Mapping entries)) {
                throw problem(value, field, "expected a mapping (one key: value line per rule), found "
                        + value.describe(), "indent key: value lines under " + field + ".");
            }
            return entries;
        }

        private static String meant(String given, List<String> known) {
            return Spelling.closest(given, known).map(name -> "did you mean " + name + "? ").orElse("");
        }

        BerthException problem(Node at, String field, String problem, String fix) {
            String fixed = fix.isEmpty() ? fix : Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
            return BerthException.problem(problem).origin(file.toString()).at(at.line(), at.column()).field(field)
                    .fix(fixed).build();
        }
    }
}
