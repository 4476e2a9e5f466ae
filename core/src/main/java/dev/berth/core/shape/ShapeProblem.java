package dev.berth.core.shape;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A part of an object that Kubernetes requires and the object lacks, found by {@link Shapes}: a null list item, a
 * list item without the field that names it, an object without a name, a binding without its role. The schema rule
 * {@code missing-required-field} reports each once; the other rules never see the part.
 *
 * <pre>{@code
 * for (ShapeProblem p : shaped.problemsOf(object)) {
 *     System.out.println(p.path() + ": " + p.message());
 *     // spec.template.spec.containers[1]: spec.template.spec.containers[1] is null; ...
 * }
 * }</pre>
 *
 * @param object the object as the caller gave it
 * @param path where the missing part belongs, such as {@code spec.template.spec.volumes[0].name}
 * @param message what is missing, in words, naming the field and never a value
 * @param excludesObject true when the object as a whole is kept from the rules (it cannot be applied at all)
 */
public record ShapeProblem(HasMetadata object, String path, String message, boolean excludesObject) {
}
