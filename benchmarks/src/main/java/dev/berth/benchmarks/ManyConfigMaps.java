package dev.berth.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Issue 16's many-ConfigMaps case: 53,675 ConfigMaps with one 900-character value each, about 50 MB of YAML, seven
 * to a file (as the shared lint corpus has seven objects to a file), 7,668 files. Each value is realistic mixed text,
 * the same on every run (a fixed seed): words, URLs without passwords, {@code key=value} settings and base64-like
 * blobs, as a literal block scalar of lines up to 100 characters.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.berth.benchmarks.ManyConfigMaps /tmp/configmaps
 * </pre>
 */
public final class ManyConfigMaps {

    /** The count of ConfigMaps. */
    public static final int CONFIG_MAPS = 53_675;
    /** The length of each ConfigMap's one value. */
    public static final int VALUE_LENGTH = 900;
    private static final int PER_FILE = 7;

    private static final List<String> WORDS = List.of("the", "service", "reads", "its", "settings", "from", "this",
            "file", "and", "retries", "each", "request", "three", "times", "before", "it", "gives", "up", "cache",
            "entries", "expire", "after", "ten", "minutes", "logs", "go", "to", "standard", "output", "in", "JSON",
            "when", "the", "level", "is", "debug", "otherwise", "plain", "text", "replicas", "share", "a", "queue",
            "orders", "payments", "catalogue", "inventory", "shipping", "region", "zone", "timeout", "window");
    private static final List<String> HOSTS = List.of("api.example.com", "orders.shop.svc.cluster.local:8080",
            "storage.googleapis.com", "registry.example.org", "10.0.12.7:9090", "metrics.internal");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private ManyConfigMaps() {
    }

    /**
     * Writes the ConfigMaps.
     *
     * @param args the folder to write to (created when missing)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ManyConfigMaps FOLDER");
            System.exit(2);
        }
        int files = write(Path.of(args[0]));
        System.out.println(CONFIG_MAPS + " ConfigMaps in " + files + " files under " + args[0]);
    }

    /**
     * @param folder where to write {@code configmaps-00000.yaml} and on
     * @return how many files were written
     */
    public static int write(Path folder) {
        Random random = new Random(16);
        try {
            Files.createDirectories(folder);
            int files = 0;
            for (int first = 0; first < CONFIG_MAPS; first += PER_FILE) {
                StringBuilder yaml = new StringBuilder(PER_FILE * (VALUE_LENGTH + 200));
                for (int i = first; i < Math.min(first + PER_FILE, CONFIG_MAPS); i++) {
                    yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-").append(i)
                            .append("\n  namespace: team-").append(i % 97).append("\ndata:\n  notes.txt: |-\n");
                    for (String line : lines(value(random))) {
                        yaml.append("    ").append(line).append('\n');
                    }
                }
                Files.writeString(folder.resolve(String.format("configmaps-%05d.yaml", files++)), yaml,
                        StandardCharsets.UTF_8);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@link #VALUE_LENGTH} characters of words, URLs, settings and blobs, separated by spaces */
    static String value(Random random) {
        StringBuilder text = new StringBuilder(VALUE_LENGTH + 200);
        while (text.length() < VALUE_LENGTH) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else if (kind < 8) {
                text.append("https://").append(HOSTS.get(random.nextInt(HOSTS.size()))).append("/v")
                        .append(1 + random.nextInt(3)).append('/').append(WORDS.get(random.nextInt(WORDS.size())))
                        .append("?page=").append(random.nextInt(100));
            } else if (kind < 9) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append('=').append(random.nextInt(10_000));
            } else {
                for (int i = 40 + random.nextInt(80); i > 0; i--) {
                    text.append(BASE64.charAt(random.nextInt(BASE64.length())));
                }
            }
            text.append(' ');
        }
        text.setLength(VALUE_LENGTH);
        // A block scalar keeps trailing spaces, which would make the value end in white space: end on a letter.
        text.setCharAt(VALUE_LENGTH - 1, '.');
        return text.toString();
    }

    /** Breaks the text into lines of at most 100 characters at spaces, so that it reads back the same. */
    private static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        while (text.length() - start > 100) {
            int space = text.lastIndexOf(' ', start + 100);
            int end = space > start ? space : start + 100;
            lines.add(text.substring(start, end));
            start = space > start ? end + 1 : end;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
