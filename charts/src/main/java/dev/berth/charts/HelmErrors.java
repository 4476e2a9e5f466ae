package dev.berth.charts;

import dev.berth.core.BerthException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Helm's error text into one {@link BerthException} naming the template or values file and its line. */
final class HelmErrors {

    private static final String DEBUG_HINT = "Use --debug flag to render out invalid YAML";

    private HelmErrors() {
    }

    static BerthException translate(String message, Path chart, List<Path> valuesFiles, Throwable cause) {
        String text = oneLine(message.replace(DEBUG_HINT, ""));
        if (text.contains("helm dependency build") || text.contains("missing in charts/ directory")) {
            return BerthException.problem(text.replace("An error occurred while checking for chart dependencies. ", ""))
                    .origin(chart.resolve("Chart.yaml").toString())
                    .fix("run helm dependency build " + chart + " first, then lint again.").build(cause);
        }
        int slash = text.indexOf("/templates/");
        if (slash >= 0) {
            int start = slash;
            while (start > 0 && " (".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int end = slash;
            while (end < text.length() && " :)".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String source = text.substring(start, end);
            int[] lineColumn = numbersAfter(text, end);
            String problem = problemAfter(text, end);
            int line = lineColumn[0];
            if (line == 0) {
                int yamlLine = yamlLine(problem);
                line = yamlLine == 0 ? 0 : yamlLine + 2;
            }
            return BerthException.problem(problem).origin(HelmOutput.templateFile(chart, source))
                    .at(line, line == 0 ? 0 : lineColumn[1])
                    .fix("correct the template, or the values it reads.").build(cause);
        }
        for (Path file : valuesFiles) {
            if (text.contains(file.toString()) || text.contains(file.toAbsolutePath().toString())) {
                String problem = problemAfter(text, text.indexOf(':', text.indexOf(file.getFileName().toString())));
                int yaml = problem.indexOf("yaml: line ");
                int after = yaml < 0 ? -1 : problem.indexOf(": ", yaml + "yaml: line ".length());
                return BerthException.problem(after < 0 ? problem : "broken YAML: " + problem.substring(after + 2))
                        .origin(file.toString()).at(yamlLine(text), 0)
                        .fix("correct the values file: it must be a YAML mapping.").build(cause);
            }
        }
        return BerthException.problem("Helm cannot render the chart: " + text).origin(chart.toString())
                .fix("correct the chart; helm template " + chart + " shows the same error.").build(cause);
    }

    private static String oneLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The line and column written as {@code :12:7} right after a position in the text; 0 where absent. */
    private static int[] numbersAfter(String text, int at) {
        int[] numbers = new int[2];
        int i = at;
        for (int n = 0; n < 2 && i < text.length() && text.charAt(i) == ':'; n++) {
            int digits = i + 1;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits == i + 1) {
                break;
            }
            numbers[n] = Integer.parseInt(text.substring(i + 1, Math.min(digits, i + 10)));
            i = digits;
        }
        return numbers;
    }

    /** What Helm says after the location: the text after the first {@code ": "} that follows it. */
    private static String problemAfter(String text, int at) {
        int colon = at < 0 ? -1 : text.indexOf(": ", at);
        String problem = colon < 0 ? text : text.substring(colon + 2);
        return problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
    }

    /** The line of {@code yaml: line 5: ...}, or 0. */
    private static int yamlLine(String text) {
        int at = text.indexOf("line ");
        if (at < 0) {
            return 0;
        }
        int[] numbers = numbersAfter(":" + text.substring(at + 5), 0);
        return numbers[0];
    }
}
