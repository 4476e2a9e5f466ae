package dev.berth.validation.rules.config;

import dev.berth.core.source.FieldPaths;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ConfigMap holds a secret: a key whose name looks secret (password, token, secret, API key...) with a value that
 * could be one, or a value with the shape of a private key, cloud key, token or JWT. ConfigMaps are not encrypted at
 * rest by default and are readable by far more roles than Secrets. The message names the key and the pattern, never
 * the value.
 */
public final class SecretInConfigMap extends Rule {

    /** Creates the rule. */
    public SecretInConfigMap() {
        super(RuleInfo.id("secret-in-configmap")
                .summary("A ConfigMap holds a secret")
                .severity(Severity.HIGH).category(Category.CONFIG).kinds("ConfigMap")
                .remediation("Move the entry into a Secret and mount or reference it from there, then rotate it: it "
                        + "has been exposed.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (ConfigMap map : context.all(ConfigMap.class)) {
            Map<String, String> data = map.getData() == null ? Map.of() : map.getData();
            for (Map.Entry<String, String> entry : data.entrySet()) {
                Optional<String> why = SecretPatterns.judge(entry.getKey(), entry.getValue());
                why.ifPresent(reason -> context.report(map, FieldPaths.field("data", entry.getKey()),
                        "key " + entry.getKey() + " holds a plain value, and " + reason));
            }
        }
    }
}
