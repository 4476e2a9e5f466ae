package dev.berth.charts;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.berth.core.BerthException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The only class that touches helm-java: it is loaded, with Helm's native library, when a chart is rendered. */
final class HelmRun {

    private HelmRun() {
    }

    static String template(Path chart, List<Path> valuesFiles, Map<String, String> sets, String release,
            Optional<String> namespace) {
        if (!Files.exists(chart)) {
            throw BerthException.problem("no such chart").origin(chart.toString())
                    .fix("check the path: a folder holding Chart.yaml, or a packaged chart (.tgz).").build();
        }
        TemplateCommand command = new Helm(chart).template().withName(release);
        namespace.ifPresent(command::withNamespace);
        for (Path file : valuesFiles) {
            if (!Files.isRegularFile(file)) {
                throw BerthException.problem("no such values file").origin(file.toString())
                        .fix("check the path given to --values.").build();
            }
            command.withValuesFile(file.toAbsolutePath());
        }
        sets.forEach(command::set);
        try {
            String text = command.call();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            throw HelmErrors.translate(String.valueOf(e.getMessage()), chart, valuesFiles, e);
        }
    }
}
