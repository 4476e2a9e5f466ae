package dev.berth.core.shape;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A manifest as {@link Shapes} hands it to rules: the objects rules judge, every object for the schema rules that
 * report what was missing, the problems found, and the way back from a rule's field path to the one the user wrote.
 *
 * <pre>{@code
 * Shaped shaped = Shapes.of(manifest);
 * for (HasMetadata object : shaped.complete()) {
 *     shaped.problemsOf(object).forEach(p -> System.out.println(p.path() + ": " + p.message()));
 * }
 * }</pre>
 */
public final class Shaped {

    private final Manifest judged;
    private final Manifest complete;
    private final Map<HasMetadata, List<ShapeProblem>> problems;
    private final Map<HasMetadata, Map<String, int[]>> keptIndexes;
    private final List<Workload> byShape;
    private final Set<HasMetadata> byShapeOwners;

    Shaped(Manifest judged, Manifest complete, Map<HasMetadata, List<ShapeProblem>> problems,
            Map<HasMetadata, Map<String, int[]>> keptIndexes, List<Workload> byShape) {
        this.judged = judged;
        this.complete = complete;
        this.problems = problems;
        this.keptIndexes = keptIndexes;
        this.byShape = List.copyOf(byShape);
        this.byShapeOwners = Collections.newSetFromMap(new IdentityHashMap<>());
        byShape.forEach(workload -> byShapeOwners.add(workload.owner()));
    }

    /**
     * The pod templates and pod specs found by shape inside objects of {@link #judged()} whose kinds Berth does not
     * model (see {@link dev.berth.core.workload.PodTemplatesByShape}), read as model objects and repaired like whole
     * objects; their owners are objects of {@link #judged()}.
     *
     * @return them, in object order then document order; empty for most manifests
     */
    public List<Workload> podTemplatesByShape() {
        return byShape;
    }

    /**
     * @param object an object of {@link #judged()}
     * @return true when {@link #podTemplatesByShape()} holds a pod template of it
     */
    public boolean holdsPodTemplatesByShape(HasMetadata object) {
        return byShapeOwners.contains(object);
    }

    /** @return the objects rules judge: the caller's own where nothing was missing, repaired copies elsewhere */
    public Manifest judged() {
        return judged;
    }

    /**
     * @return {@link #judged()} and, in their places, the objects kept from the rules (without a kind, a name, or a
     *         part that anchors them), for the schema rules that report what they lack
     */
    public Manifest complete() {
        return complete;
    }

    /** @return true when no object needed repair: {@link #judged()} and {@link #complete()} are the caller's manifest */
    public boolean isClean() {
        return problems.isEmpty() && keptIndexes.isEmpty() && judged == complete;
    }

    /**
     * @param object an object of {@link #complete()}
     * @return what it was missing, in document order; empty for most objects
     */
    public List<ShapeProblem> problemsOf(HasMetadata object) {
        return problems.getOrDefault(object, List.of());
    }

    /**
     * Maps a field path as a rule sees it back to the path the user wrote: where a broken list item was kept from the
     * rules, the items after it have smaller indexes in the rules' view.
     *
     * @param object an object of {@link #complete()}
     * @param path a field path of it, such as {@code spec.template.spec.containers[1].image}
     * @return the path in the object the user wrote, such as {@code spec.template.spec.containers[2].image}
     */
    public String writtenPath(HasMetadata object, String path) {
        Map<String, int[]> lists = keptIndexes.get(object);
        if (lists == null || path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder written = new StringBuilder(path.length() + 4);
        int copied = 0;
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\'' && (i == 0 || path.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (quoted || c != '[' || i + 1 >= path.length() || !Character.isDigit(path.charAt(i + 1))) {
                continue;
            }
            int close = path.indexOf(']', i);
            if (close < 0 || close - i > 9 || !digits(path, i + 1, close)) {
                continue;
            }
            int[] indexes = lists.get(path.substring(0, i));
            if (indexes == null) {
                continue;
            }
            int index = Integer.parseInt(path, i + 1, close, 10);
            if (index < indexes.length) {
                written.append(path, copied, i + 1).append(indexes[index]);
                copied = close;
            }
        }
        return written.append(path, copied, path.length()).toString();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
