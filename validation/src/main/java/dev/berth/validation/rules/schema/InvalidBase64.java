package dev.berth.validation.rules.schema;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.values.Base64Data;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.Map;

/**
 * A value under {@code Secret.data} or {@code ConfigMap.binaryData} is not base64 as the API server decodes it
 * (the standard alphabet, padded with {@code =}), so the object is refused. The message names the key and what is
 * wrong, never the value.
 */
public final class InvalidBase64 extends Rule {

    /** Creates the rule. */
    public InvalidBase64() {
        super(RuleInfo.id("invalid-base64")
                .summary("A Secret's data or a ConfigMap's binaryData value is not valid base64")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Encode the value with base64 (base64 -w0 file), or move plain text to stringData "
                        + "(Secret) or data (ConfigMap).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            if (object instanceof Secret secret) {
                check(context, object, "data", secret.getData());
            } else if (object instanceof ConfigMap configMap) {
                check(context, object, "binaryData", configMap.getBinaryData());
            }
        }
    }

    private static void check(RuleContext context, HasMetadata object, String field, Map<String, String> values) {
        if (values == null) {
            return;
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String path = FieldPaths.field(field, entry.getKey());
            Base64Data.decodedLength(entry.getValue()).problem()
                    .ifPresent(problem -> context.report(object, path, path + " " + problem));
        }
    }
}
