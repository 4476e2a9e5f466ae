package dev.berth.cli;

import dev.berth.core.BerthException;
import dev.berth.validation.RulePacks;
import dev.berth.validation.config.ProjectConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --rule-pack PATH}, shared by {@code berth lint}, {@code rules} and {@code explain}: rule pack jars, or folders
 * of them, loaded beside Berth's rules (the launcher runs {@code java -jar}, so {@code CLASSPATH} cannot bring them).
 * The {@code rulePacks:} of the nearest {@code .berth.yaml} are loaded first.
 *
 * <pre>{@code
 * berth lint --rule-pack tools/acme-rules.jar k8s/
 * berth rules --rule-pack tools/packs/
 * }</pre>
 */
final class RulePackOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--rule-pack", paramLabel = "PATH", description = "Load the rules of a rule pack jar, or of every "
            + "jar in a folder (repeatable), after the rulePacks of " + ProjectConfig.FILE_NAME + ".")
    private List<Path> paths = new ArrayList<>();

    /** @return the jars and folders given */
    List<Path> paths() {
        return paths;
    }

    /**
     * @return Berth's packs, the nearest configuration file's and those given, loaded once per call
     * @throws ParameterException for a pack that cannot be loaded or two rules with one id (exit 2)
     */
    RulePacks packs() {
        return settings(ProjectConfig.find(Path.of("")).orElse(null)).packs();
    }

    /**
     * @param file the configuration file, or null for none
     * @return its settings with the packs given after its own
     * @throws BerthException for a file that cannot be read (as {@link ProjectConfig#load(Path)})
     * @throws ParameterException for a pack that cannot be loaded or two rules with one id (exit 2)
     */
    ProjectConfig settings(Path file) {
        try {
            return file == null ? ProjectConfig.defaults().withRulePacks(paths, "--rule-pack")
                    : ProjectConfig.load(file, paths, "--rule-pack");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
