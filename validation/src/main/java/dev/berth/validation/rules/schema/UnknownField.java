package dev.berth.validation.rules.schema;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.text.Spelling;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * A field the object's kind does not define, as the manifest reader found it: usually a typo ({@code spec.replica})
 * or a field indented one level off. {@code kubectl} rejects it under strict field validation; older tools drop it
 * silently, so the setting the author meant has no effect. The message names the closest field the kind defines.
 * Custom resources are skipped: Berth does not know their schema.
 */
public final class UnknownField extends Rule {

    /** Creates the rule. */
    public UnknownField() {
        super(RuleInfo.id("unknown-field")
                .summary("A field is not defined by the object's kind, often a typo")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Fix the field's spelling or indentation (kubectl explain <kind>.<path> lists the "
                        + "fields), or remove it.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            if (object instanceof GenericKubernetesResource) {
                continue;
            }
            Optional<ObjectSource> source = context.manifest().sourceOf(object);
            List<String> unknown = source.map(ObjectSource::unknownFields).orElse(List.of());
            for (String path : unknown) {
                String parent = FieldPaths.parent(path);
                List<String> steps = FieldNames.segments(path);
                String name = steps.isEmpty() ? path : steps.get(steps.size() - 1);
                String message = path + " is not a field of " + object.getApiVersion() + " " + object.getKind()
                        + ", so it has no effect";
                Optional<String> meant = Spelling.closest(name, FieldNames.knownAt(object.getClass(), parent));
                context.report(object, path, meant
                        .map(m -> message + "; did you mean " + FieldPaths.field(parent, m) + "?")
                        .orElse(message));
            }
        }
    }
}
