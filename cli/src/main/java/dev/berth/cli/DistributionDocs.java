package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The build's documentation step for the distribution archive: the shell completion script (picocli's
 * {@link picocli.AutoComplete}, as {@code berth completion} prints it) and a man page for {@code berth} and each
 * command, in AsciiDoc (picocli-codegen's {@link ManPageGenerator}), which the build then turns into troff. It runs
 * at build time only: picocli-codegen is a {@code provided} dependency, not in {@code berth.jar}.
 *
 * <pre>{@code
 * java -cp target/classes:picocli.jar:picocli-codegen.jar dev.berth.cli.DistributionDocs target/dist-docs
 * }</pre>
 */
final class DistributionDocs {

    private DistributionDocs() {
    }

    /**
     * @param args the folder to write {@code completion/berth.bash} and {@code man-adoc/*.adoc} into
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), discard, discard, false, Map.of());
        CommandLine berth = Berth.commandLine(terminal);
        // The pages name Berth's version, not the build's Java: the archive is the same bytes whichever JDK builds it.
        String[] version = {Berth.Version.berth()};
        berth.getCommandSpec().versionProvider(() -> version);
        berth.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(() -> version));
        Path completion = out.resolve("completion/berth.bash");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, CompletionCommand.script(berth), StandardCharsets.UTF_8);
        File manuals = out.resolve("man-adoc").toFile();
        int code = ManPageGenerator.generateManPage(manuals, null, new boolean[0], true, berth.getCommandSpec());
        if (code != 0) {
            throw new IOException("picocli's ManPageGenerator failed with exit code " + code + " writing " + manuals);
        }
    }
}
