package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code berth} in-process on captured streams. */
final class Cli {

    static final String CLEAN = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: shop
            data:
              mode: fast
            """;

    /** Five MEDIUM findings under the recommended rules: cpu-requests, memory-limit, memory-requests,
     *  privilege-escalation, run-as-non-root; and service-account-missing (HIGH) with --complete. */
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  serviceAccountName: web
                  containers:
                  - name: web
                    image: nginx:1.27.0
            """;

    /** One HIGH finding (secret-in-configmap); the value must never be printed. */
    static final String SECRET_VALUE = "s3cr3t-Value-42";
    static final String SECRET_IN_CONFIGMAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: db
              namespace: shop
            data:
              DB_PASSWORD: "%s"
            """.formatted(SECRET_VALUE);

    /** One INFO finding (claim-storage-class) and nothing else. */
    static final String CLAIM_WITHOUT_CLASS = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: data
              namespace: shop
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests: {storage: 1Gi}
            """;

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        return run("", false, Map.of(), args);
    }

    static Result run(String stdin, boolean interactive, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive, env);
        int code = Berth.run(terminal, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
