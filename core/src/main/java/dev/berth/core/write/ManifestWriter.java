package dev.berth.core.write;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Manifest} as YAML or JSON text, the same bytes for the same objects every time.
 *
 * <p>An immutable, thread-safe value: start from {@link #yaml()} or {@link #json()} and change an option with a
 * {@code with...} method, which returns a new writer. Defaults: {@link KeyOrder#CONVENTIONAL}, apply order on,
 * {@link JsonStyle#OBJECT}, {@code status} left out.
 *
 * <pre>{@code
 * String yaml = ManifestWriter.yaml().write(manifest);
 * ManifestWriter.json().withJsonStyle(JsonStyle.LIST).writeFile(manifest, Path.of("out/all.json"));
 * ManifestWriter.yaml().writeFolder(manifest, Path.of("k8s/generated"));
 * }</pre>
 *
 * <p><b>YAML</b>: one document per object, in block style with two-space indentation, sequences under a key not
 * indented further ({@code kubectl get -o yaml} style). Documents are separated by a {@code ---} line; the first
 * document has none before it, so one object prints as a plain single document (the style of
 * {@code kustomize build}). Text ends with a line break; an empty manifest prints as the empty string. Strings are
 * quoted only where a YAML 1.1 reader such as {@code kubectl}'s would misread them: {@code "yes"}, {@code "0755"},
 * {@code "1.10"}, {@code "8080"} stay strings; multi-line text is a literal block ({@code |}).
 *
 * <p><b>JSON</b>: pretty-printed with two-space indentation and a final line break, shaped by {@link JsonStyle}.
 *
 * <p><b>Determinism</b>: with {@link #withApplyOrder(boolean) apply order} on, objects print in {@link ApplyOrder};
 * keys follow {@link KeyOrder}, where free-form maps (labels, annotations, data, selectors) are sorted, so two equal
 * objects print the same bytes whatever order they and their maps were built in.
 *
 * <p><b>What is left out</b>: null values; the empty lists and maps fabric8 initialises its collection fields to
 * (it marks them {@code NON_EMPTY}; for every such field Kubernetes reads "empty" and "absent" alike, e.g. an empty
 * NetworkPolicy {@code ingress} list and no list both deny all ingress); and {@code status}, which the cluster
 * writes, unless {@link #withStatus(boolean)} keeps it. <b>What is kept</b>: empty objects, whose presence is their
 * meaning ({@code emptyDir: {}}, {@code podSelector: {}}, the allow-all rule {@code ingress: [{}]}); and everything
 * inside a {@code GenericKubernetesResource}, empty or not, since only its CRD knows what emptiness means there.
 *
 * <p>It prints with a small hand-written emitter, not SnakeYAML's or Jackson's YAML generator.
 */
public final class ManifestWriter {

    private static final int FLUSH_AT = 1 << 16;
    private static final ManifestWriter YAML =
            new ManifestWriter(Format.YAML, JsonStyle.OBJECT, KeyOrder.CONVENTIONAL, true, false);

    private final Format format;
    private final JsonStyle jsonStyle;
    private final KeyOrder keyOrder;
    private final boolean applyOrder;
    private final boolean includeStatus;

    private ManifestWriter(Format format, JsonStyle jsonStyle, KeyOrder keyOrder, boolean applyOrder,
            boolean includeStatus) {
        this.format = Objects.requireNonNull(format, "format");
        this.jsonStyle = Objects.requireNonNull(jsonStyle, "jsonStyle");
        this.keyOrder = Objects.requireNonNull(keyOrder, "keyOrder");
        this.applyOrder = applyOrder;
        this.includeStatus = includeStatus;
    }

    /**
     * <pre>{@code String text = ManifestWriter.yaml().write(manifest);}</pre>
     *
     * @return a YAML writer with the defaults
     */
    public static ManifestWriter yaml() {
        return YAML;
    }

    /**
     * <pre>{@code String text = ManifestWriter.json().write(manifest);}</pre>
     *
     * @return a JSON writer with the defaults, {@link JsonStyle#OBJECT} among them
     */
    public static ManifestWriter json() {
        return YAML.withFormat(Format.JSON);
    }

    /**
     * <pre>{@code ManifestWriter writer = ManifestWriter.yaml().withFormat(Format.JSON);}</pre>
     *
     * @param format YAML or JSON
     * @return a writer like this one, writing that format
     */
    public ManifestWriter withFormat(Format format) {
        return new ManifestWriter(format, jsonStyle, keyOrder, applyOrder, includeStatus);
    }

    /**
     * <pre>{@code ManifestWriter writer = ManifestWriter.json().withJsonStyle(JsonStyle.ARRAY);}</pre>
     *
     * @param style the shape of a JSON manifest; ignored for YAML. Default: {@link JsonStyle#OBJECT}
     * @return a writer like this one, with that style
     */
    public ManifestWriter withJsonStyle(JsonStyle style) {
        return new ManifestWriter(format, style, keyOrder, applyOrder, includeStatus);
    }

    /**
     * <pre>{@code ManifestWriter writer = ManifestWriter.yaml().withKeyOrder(KeyOrder.ALPHABETICAL);}</pre>
     *
     * @param order the key order. Default: {@link KeyOrder#CONVENTIONAL}
     * @return a writer like this one, with that key order
     */
    public ManifestWriter withKeyOrder(KeyOrder order) {
        return new ManifestWriter(format, jsonStyle, order, applyOrder, includeStatus);
    }

    /**
     * <pre>{@code ManifestWriter asBuilt = ManifestWriter.yaml().withApplyOrder(false);}</pre>
     *
     * @param on true to print objects in {@link ApplyOrder}, false to keep the manifest's order. Default: true
     * @return a writer like this one, with apply order on or off
     */
    public ManifestWriter withApplyOrder(boolean on) {
        return new ManifestWriter(format, jsonStyle, keyOrder, on, includeStatus);
    }

    /**
     * <pre>{@code ManifestWriter snapshot = ManifestWriter.yaml().withStatus(true);}</pre>
     *
     * @param keep true to keep each object's {@code status}. Default: false, since the cluster writes it
     * @return a writer like this one, keeping or leaving out {@code status}
     */
    public ManifestWriter withStatus(boolean keep) {
        return new ManifestWriter(format, jsonStyle, keyOrder, applyOrder, keep);
    }

    /**
     * <pre>{@code String extension = writer.format().extension();}</pre>
     *
     * @return the format written
     */
    public Format format() {
        return format;
    }

    /**
     * <pre>{@code boolean bare = writer.jsonStyle() == JsonStyle.OBJECT;}</pre>
     *
     * @return the shape of a JSON manifest
     */
    public JsonStyle jsonStyle() {
        return jsonStyle;
    }

    /**
     * <pre>{@code boolean likeKubectlGet = writer.keyOrder() == KeyOrder.ALPHABETICAL;}</pre>
     *
     * @return the key order
     */
    public KeyOrder keyOrder() {
        return keyOrder;
    }

    /**
     * <pre>{@code if (!writer.applyOrder()) { ... objects print as given ... }}</pre>
     *
     * @return true when objects print in {@link ApplyOrder}
     */
    public boolean applyOrder() {
        return applyOrder;
    }

    /**
     * <pre>{@code boolean snapshot = writer.includesStatus();}</pre>
     *
     * @return true when {@code status} is kept
     */
    public boolean includesStatus() {
        return includeStatus;
    }

    /**
     * The objects in the order this writer prints them.
     *
     * <pre>{@code List<HasMetadata> printed = ManifestWriter.yaml().ordered(manifest);}</pre>
     *
     * @param manifest the manifest
     * @return its objects in {@link ApplyOrder}, or in their own order when apply order is off
     */
    public List<HasMetadata> ordered(Manifest manifest) {
        return applyOrder ? ApplyOrder.sort(manifest.objects()) : manifest.objects();
    }

    /**
     * <pre>{@code String yaml = ManifestWriter.yaml().write(Manifest.of(namespace, statefulSet));}</pre>
     *
     * @param manifest the objects to write
     * @return the text
     * @throws BerthException naming the object when one cannot be serialized
     */
    public String write(Manifest manifest) {
        StringBuilder out = new StringBuilder(Math.min(1 << 24, Math.max(256, manifest.size() * 1024)));
        try {
            render(ordered(manifest), out, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /**
     * Writes one object: a single YAML document, or the JSON object itself whatever the {@link JsonStyle}.
     *
     * <pre>{@code String yaml = ManifestWriter.yaml().write(statefulSet);}</pre>
     *
     * @param object the object to write
     * @return the text, ending with a line break
     * @throws BerthException naming the object when it cannot be serialized
     */
    public String write(HasMetadata object) {
        StringBuilder out = new StringBuilder(1024);
        if (format == Format.YAML) {
            new YamlEmitter(out, keyOrder).document(ObjectTrees.toTree(object, includeStatus));
        } else {
            new JsonEmitter(out, keyOrder).value(ObjectTrees.toTree(object, includeStatus), 0, KeyOrdering.TOP);
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Writes to a character stream, in chunks, and flushes it; the stream stays open.
     *
     * <pre>{@code ManifestWriter.yaml().write(manifest, new PrintWriter(System.out));}</pre>
     *
     * @param manifest the objects to write
     * @param out where to write
     * @throws BerthException when an object cannot be serialized or the stream fails
     */
    public void write(Manifest manifest, Writer out) {
        try {
            render(ordered(manifest), new StringBuilder(FLUSH_AT + 4096), out);
            out.flush();
        } catch (IOException e) {
            throw BerthException.problem("cannot write the manifest to the stream: " + e.getMessage())
                    .origin("<stream>")
                    .fix("Check where the stream goes: a closed pipe, a full disk or a closed stream.")
                    .build(e);
        }
    }

    /**
     * Writes to a byte stream, in UTF-8, and flushes it; the stream stays open.
     *
     * <pre>{@code ManifestWriter.yaml().write(manifest, System.out);}</pre>
     *
     * @param manifest the objects to write
     * @param out where to write
     * @throws BerthException when an object cannot be serialized or the stream fails
     */
    public void write(Manifest manifest, OutputStream out) {
        write(manifest, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Writes one file in UTF-8, creating its parent folders and replacing the file when it exists.
     *
     * <pre>{@code ManifestWriter.yaml().writeFile(manifest, Path.of("k8s/all.yaml"));}</pre>
     *
     * @param manifest the objects to write
     * @param file the file
     * @throws BerthException when an object cannot be serialized, or naming the path when it cannot be written
     */
    public void writeFile(Manifest manifest, Path file) {
        FolderOutput.writeText(file, write(manifest));
    }

    /**
     * Writes one file per object into a folder, and a {@code kustomization.yaml} that lists them in order, so
     * that both {@code kubectl apply -f dir/} and {@code kubectl apply -k dir/} apply them in order.
     *
     * <p>Files are named {@code <order>-<kind>-<namespace>-<name>.yaml} ({@code .json} for JSON), or
     * {@code <order>-<kind>-<name>.yaml} for cluster-scoped objects: lower case, with every character other than
     * {@code a-z 0-9 . -} replaced by {@code -}, e.g. {@code 010-namespace-shop.yaml},
     * {@code 190-statefulset-shop-db.yaml}. With apply order on, {@code <order>} is the kind's
     * {@link ApplyOrder#rankOf(String) rank} plus one, times ten, on three digits: a file keeps its name when other
     * objects come and go. With apply order off, it is the object's position (001, 002...). Two objects that would
     * share a name get {@code -2}, {@code -3}... before the extension; names over 200 characters are cut and end with
     * a hash of the full reference.
     *
     * <p>The folder is created when missing. The writer owns the files listed by a {@code kustomization.yaml} it
     * wrote before (it marks it with a comment on the first line): a file of a previous run that this run does not
     * write is deleted; every other file of the folder is left alone. A {@code kustomization.yaml} it did not write
     * is never overwritten: the call fails instead. Every object is serialized before any file is touched.
     *
     * <pre>{@code ManifestWriter.yaml().writeFolder(manifest, Path.of("k8s/generated"));}</pre>
     *
     * @param manifest the objects to write
     * @param dir the folder
     * @throws BerthException when an object cannot be serialized, or naming the path when the folder or a file
     *     cannot be written
     */
    public void writeFolder(Manifest manifest, Path dir) {
        FolderOutput.write(this, ordered(manifest), dir);
    }

    private void render(List<HasMetadata> objects, StringBuilder out, Writer flushTo) throws IOException {
        if (format == Format.YAML) {
            YamlEmitter yaml = new YamlEmitter(out, keyOrder);
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) {
                    out.append("---\n");
                }
                yaml.document(ObjectTrees.toTree(objects.get(i), includeStatus));
                flushIfFull(out, flushTo);
            }
        } else if (jsonStyle == JsonStyle.OBJECT && objects.size() == 1) {
            new JsonEmitter(out, keyOrder).value(ObjectTrees.toTree(objects.get(0), includeStatus), 0, KeyOrdering.TOP);
            out.append('\n');
        } else {
            renderJsonItems(objects, out, flushTo, jsonStyle == JsonStyle.ARRAY ? 0 : 2);
        }
        if (flushTo != null) {
            flushTo.append(out);
            out.setLength(0);
        }
    }

    /** An array of the objects at {@code indent}: bare, or as the {@code items} of a {@code List}. */
    private void renderJsonItems(List<HasMetadata> objects, StringBuilder out, Writer flushTo, int indent)
            throws IOException {
        if (indent > 0) {
            out.append("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": ");
        }
        if (objects.isEmpty()) {
            out.append("[]");
        } else {
            JsonEmitter json = new JsonEmitter(out, keyOrder);
            out.append("[\n");
            for (int i = 0; i < objects.size(); i++) {
                YamlScalars.indent(out, indent + 2);
                json.value(ObjectTrees.toTree(objects.get(i), includeStatus), indent + 2, KeyOrdering.TOP);
                out.append(i + 1 < objects.size() ? ",\n" : "\n");
                flushIfFull(out, flushTo);
            }
            YamlScalars.indent(out, indent);
            out.append(']');
        }
        out.append(indent > 0 ? "\n}\n" : "\n");
    }

    private static void flushIfFull(StringBuilder out, Writer flushTo) throws IOException {
        if (flushTo != null && out.length() >= FLUSH_AT) {
            flushTo.append(out);
            out.setLength(0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ManifestWriter w && format == w.format && jsonStyle == w.jsonStyle
                && keyOrder == w.keyOrder && applyOrder == w.applyOrder && includeStatus == w.includeStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, jsonStyle, keyOrder, applyOrder, includeStatus);
    }

    @Override
    public String toString() {
        return "ManifestWriter[" + format + ", " + keyOrder + (applyOrder ? ", apply order" : ", as given")
                + (format == Format.JSON ? ", " + jsonStyle : "") + (includeStatus ? ", with status" : "") + "]";
    }
}
