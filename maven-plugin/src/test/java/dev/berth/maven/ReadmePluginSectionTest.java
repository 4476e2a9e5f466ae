package dev.berth.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Maven plugin" section, from issue 14 ("the pom snippet (version from the project) and both goals"), is
 * held to the plugin this build made: its descriptor, {@code META-INF/maven/plugin.xml}.
 */
class ReadmePluginSectionTest {

    private static final Path README = Path.of(System.getProperty("berth.root", ".."), "README.md");
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private static String section() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Maven plugin\n");
        assertThat(start).as("README has a section ## Maven plugin").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void the_snippet_names_this_build_and_only_goals_and_parameters_the_plugin_has() throws IOException {
        // GIVEN the README's section and the descriptor this build generated
        String section = section();
        String descriptor = Files.readString(DESCRIPTOR, StandardCharsets.UTF_8);
        String version = all(Pattern.compile("<version>([^<]+)</version>"), descriptor).get(0);
        List<String> goals = all(Pattern.compile("<goal>([a-z]+)</goal>"), descriptor);
        List<String> parameters = all(Pattern.compile("<name>([A-Za-z]+)</name>"), descriptor);
        int xml = section.indexOf("```xml");
        String snippet = section.substring(xml, section.indexOf("```", xml + "```xml".length()));
        String configuration = snippet.substring(snippet.indexOf("<configuration>") + "<configuration>".length(),
                snippet.indexOf("</configuration>"));
        // WHEN its version, goals and configured parameters are read
        // THEN the version is the project's, the goals are lint and render, and every parameter exists
        assertThat(all(Pattern.compile("<version>([^<]+)</version>"), snippet)).containsExactly(version);
        assertThat(all(Pattern.compile("<goal>([a-z]+)</goal>"), snippet)).containsExactly("lint", "render")
                .allMatch(goals::contains);
        assertThat(all(Pattern.compile("(?m)^\\s*<([A-Za-z]+)>"), configuration)).isNotEmpty()
                .filteredOn(name -> !name.equals("application")).allMatch(parameters::contains);
        // AND the section names every -D property of both goals
        List<String> properties = all(Pattern.compile(">\\$\\{(berth\\.[A-Za-z.]+)}<"), descriptor);
        assertThat(properties).contains("berth.failOn", "berth.format");
        assertThat(properties).allMatch(property -> section.contains("`" + property + "`"));
    }
}
