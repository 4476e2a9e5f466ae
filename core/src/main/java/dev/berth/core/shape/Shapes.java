package dev.berth.core.shape;

import dev.berth.core.Manifest;
import dev.berth.core.internal.Json;
import dev.berth.core.workload.PodTemplatesByShape;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns objects as users wrote them (fields missing, null or misspelt) into objects every rule can
 * walk without a null check. Rules see {@link Shaped#judged()}; what had to change is listed as {@link ShapeProblem}s,
 * which the schema rule {@code missing-required-field} reports once.
 *
 * <pre>{@code
 * Shaped shaped = Shapes.of(manifest);
 * shaped.judged();                 // what rules walk: same objects when nothing was broken
 * shaped.problemsOf(object);       // what was missing, with the paths the user wrote
 * }</pre>
 *
 * <p>What a rule may rely on, in every object it sees:
 * <ul>
 *   <li>{@code kind} and {@code metadata} are present, and {@code metadata.name} is a text (empty for an object named
 *       by {@code generateName} alone). An object without a kind or a name cannot be applied, and is kept from the
 *       rules as a whole.</li>
 *   <li>Lists and maps are never null (an explicit {@code null} reads as empty, as fabric8 gives for an absent field
 *       and Go gives kube-linter); no map holds a null value (a null text value is the empty text, as the API
 *       server stores it; any other null value is kept from the rules).</li>
 *   <li>No list holds a null item: a bare {@code -} is kept from the rules, and the paths of the items after it are
 *       mapped back to the indexes the user wrote ({@link Shaped#writtenPath}).</li>
 *   <li>Parts have the fields that name them (containers and volumes their names, mounts their name and path, ports
 *       their numbers, subjects their kind and name...: see {@code Required}); a part without one gets the zero value
 *       (empty text, 0), as a Go linter sees it, so the rest of the part is still judged.</li>
 *   <li>A part that anchors the whole object (a binding's {@code roleRef}, an autoscaler's {@code scaleTargetRef})
 *       is present with its fields; without it the object is kept from the rules.</li>
 * </ul>
 * Pod templates and pod specs that {@link PodTemplatesByShape} finds inside objects of kinds Berth does not model are
 * read as model objects and get the same repair, their problems at their paths in the object that holds them
 * ({@code spec.replicatedJobs[0].template.spec.template.spec.containers[1]}); {@link Shaped#podTemplatesByShape()}
 * lists them for the rules.
 *
 * <p>Everything else (an absent {@code spec}, a pod template without {@code spec}, an optional security context) keeps
 * Kubernetes' meaning of absence and stays null: rules already ask for those.
 *
 * <p>Objects that need nothing are not copied: a check that reads each object once, on every core for large sets,
 * finds the few that do, and only those are deep-copied and repaired. The caller's objects are never changed.
 */
public final class Shapes {

    /** Below this many objects the fork and join cost more than they save. */
    private static final int PARALLEL_FROM = 2_000;

    private Shapes() {
    }

    /**
     * @param manifest objects as the user gave them
     * @return what the rules see, and what was missing
     */
    public static Shaped of(Manifest manifest) {
        List<HasMetadata> objects = manifest.objects();
        List<Look> looks = (objects.size() < PARALLEL_FROM ? objects.stream() : objects.parallelStream())
                .map(object -> new Look(isClean(object), PodTemplatesByShape.find(object))).toList();
        boolean allClean = looks.stream().allMatch(Look::clean);
        if (allClean && looks.stream().allMatch(look -> look.templates().isEmpty())) {
            return new Shaped(manifest, manifest, Map.of(), Map.of(), List.of());
        }
        Manifest.Builder judged = Manifest.builder();
        Manifest.Builder complete = Manifest.builder();
        Map<HasMetadata, List<ShapeProblem>> problems = new IdentityHashMap<>();
        Map<HasMetadata, Map<String, int[]>> kept = new IdentityHashMap<>();
        List<Workload> byShape = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            var source = manifest.sourceOf(object).orElse(null);
            List<ShapeProblem> found = new ArrayList<>();
            Map<String, int[]> indexes = new HashMap<>();
            HasMetadata shaped = object;
            boolean excluded = false;
            if (!looks.get(i).clean()) {
                shaped = copy(object);
                excluded = repairIdentity(shaped, object, found);
                excluded |= ModelWalk.repair(shaped, object, found, indexes);
            }
            complete.add(shaped, source);
            if (!excluded) {
                judged.add(shaped, source);
                List<PodTemplatesByShape.Found> templates = shaped == object ? looks.get(i).templates()
                        : PodTemplatesByShape.find(shaped);
                for (PodTemplatesByShape.Found template : templates) {
                    template.workload().filter(w -> walkable(w, template, object, found, indexes))
                            .ifPresent(byShape::add);
                }
            }
            if (!found.isEmpty()) {
                problems.put(shaped, List.copyOf(found));
            }
            if (!indexes.isEmpty()) {
                kept.put(shaped, Map.copyOf(indexes));
            }
        }
        if (allClean) {
            return new Shaped(manifest, manifest, problems, kept, byShape);
        }
        return new Shaped(judged.build(), complete.build(), problems, kept, byShape);
    }

    /**
     * Repairs a pod template found by shape as {@link ModelWalk} repairs whole objects.
     *
     * @return false when a missing part keeps it from the rules
     */
    private static boolean walkable(Workload workload, PodTemplatesByShape.Found found, HasMetadata original,
            List<ShapeProblem> problems, Map<String, int[]> indexes) {
        PodTemplateSpec template = workload.template().orElseThrow();
        Object part = found.podSpec() ? template.getSpec() : template;
        return part == null || ModelWalk.isCleanPart(part)
                || !ModelWalk.repairPart(part, found.path(), original, problems, indexes);
    }

    /** What the first pass learns of an object: whether it needs repair, and the pod templates found by shape. */
    private record Look(boolean clean, List<PodTemplatesByShape.Found> templates) {
    }

    private static boolean isClean(HasMetadata object) {
        return object.getKind() != null && !object.getKind().isEmpty() && object.getMetadata() != null
                && object.getMetadata().getName() != null && !object.getMetadata().getName().isEmpty()
                && ModelWalk.isClean(object);
    }

    /** Gives the copy a kind, metadata and a name; @return true when the object cannot be judged without them */
    private static boolean repairIdentity(HasMetadata copy, HasMetadata original, List<ShapeProblem> found) {
        boolean excluded = false;
        String kind = copy.getKind() == null || copy.getKind().isEmpty() ? "object" : copy.getKind();
        if (copy.getKind() == null || copy.getKind().isEmpty()) {
            found.add(new ShapeProblem(original, "kind", "kind is missing; every object needs one", true));
            excluded = true;
        }
        if (copy.getMetadata() == null) {
            copy.setMetadata(new ObjectMeta());
        }
        ObjectMeta metadata = copy.getMetadata();
        if (metadata.getName() == null || metadata.getName().isEmpty()) {
            if (metadata.getGenerateName() == null || metadata.getGenerateName().isEmpty()) {
                found.add(new ShapeProblem(original, "metadata.name", "metadata.name is missing; every " + kind
                        + " needs a name (or metadata.generateName)", true));
                excluded = true;
            }
            metadata.setName("");
        }
        return excluded;
    }

    @SuppressWarnings("unchecked")
    private static <T extends HasMetadata> T copy(T object) {
        return (T) Json.mapper().convertValue(object, object.getClass());
    }
}
