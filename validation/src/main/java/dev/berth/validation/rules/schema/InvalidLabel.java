package dev.berth.validation.rules.schema;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A label or annotation the API server rejects. Keys are an optional DNS-1123 subdomain prefix and '/', then a name of
 * at most 63 letters, digits, '-', '_' and '.' that starts and ends with a letter or digit; label values follow the
 * name's syntax or are empty. Checked on every object's metadata and on pod templates.
 */
public final class InvalidLabel extends Rule {

    /** Creates the rule. */
    public InvalidLabel() {
        super(RuleInfo.id("invalid-label")
                .summary("A label or annotation key, or a label value, is not valid Kubernetes syntax")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Write keys as an optional DNS prefix and '/' then a name of at most 63 letters, digits, "
                        + "'-', '_' and '.'; keep label values to that syntax too, or quote free text in an annotation.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        // A repository repeats a few keys everywhere: each distinct key is checked once per block.
        Map<String, Optional<String>> keyProblems = new HashMap<>();
        for (HasMetadata object : context.objects()) {
            check(context, object, object.getMetadata(), "metadata", keyProblems);
        }
        for (Workload w : context.workloads()) {
            if (w.isBarePod()) {
                continue;
            }
            w.template().ifPresent(t -> check(context, w.owner(), t.getMetadata(), w.templatePath() + ".metadata",
                    keyProblems));
        }
    }

    private static void check(RuleContext context, HasMetadata object, ObjectMeta meta, String path,
            Map<String, Optional<String>> keyProblems) {
        if (meta == null) {
            return;
        }
        sorted(meta.getLabels()).forEach((key, value) -> {
            keyProblems.computeIfAbsent(key, KubernetesNames::keyProblem).ifPresent(problem -> context.report(object,
                    FieldPaths.field(path + ".labels", key),
                    "label key " + KubernetesNames.quote(key) + " is not valid: " + problem));
            if (value != null) {
                KubernetesNames.labelValueProblem(value).ifPresent(problem -> context.report(object,
                        FieldPaths.field(path + ".labels", key), "the value " + KubernetesNames.quote(value)
                                + " of label " + key + " is not valid: " + problem));
            }
        });
        sorted(meta.getAnnotations()).keySet().forEach(key -> keyProblems.computeIfAbsent(key,
                KubernetesNames::keyProblem).ifPresent(problem -> context.report(object,
                        FieldPaths.field(path + ".annotations", key),
                        "annotation key " + KubernetesNames.quote(key) + " is not valid: " + problem)));
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : new TreeMap<>(map);
    }
}
