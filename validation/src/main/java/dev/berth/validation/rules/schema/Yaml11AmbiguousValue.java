package dev.berth.validation.rules.schema;

import dev.berth.core.source.AmbiguousScalar;
import dev.berth.core.source.Echo;
import dev.berth.core.source.ObjectSource;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * An unquoted value or key that YAML 1.1, which {@code kubectl} reads manifests with, takes for something other than
 * the text typed: {@code enabled: yes} is the boolean {@code true}, a label {@code version: 1.10} is the number
 * {@code 1.1}, a key {@code on:} becomes {@code "true"}. Berth's reader keeps the text; {@code kubectl} does not, and
 * either rejects the object or stores another value. A value is printed only when {@link Echo} allows it (never a
 * Secret's, an environment variable's or one under a secret-looking key); otherwise the message names only the type
 * {@code kubectl} reads.
 */
public final class Yaml11AmbiguousValue extends Rule {

    /** Creates the rule. */
    public Yaml11AmbiguousValue() {
        super(RuleInfo.id("yaml11-ambiguous-value")
                .summary("An unquoted value means something else to kubectl (YAML 1.1) than the text typed")
                .severity(Severity.MEDIUM).category(Category.SCHEMA)
                .remediation("Quote the value, e.g. enabled: \"yes\" or version: \"1.10\".")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            List<AmbiguousScalar> scalars = context.manifest().sourceOf(object)
                    .map(ObjectSource::ambiguousScalars).orElse(List.of());
            boolean secret = "Secret".equals(object.getKind());
            for (AmbiguousScalar scalar : scalars) {
                String message;
                if (scalar.key()) {
                    message = "kubectl reads the key " + scalar.text() + " as " + scalar.yaml11Reading()
                            + "; quote it: \"" + scalar.text() + "\"";
                } else if (!Echo.mayQuote(object.getKind(), scalar.fieldPath(), scalar.text())) {
                    message = "kubectl reads this " + (secret ? "Secret " : "") + "value as "
                            + typeOnly(scalar.yaml11Reading()) + ", not text; quote it";
                } else {
                    message = "kubectl reads " + scalar.text() + " as " + scalar.yaml11Reading() + "; quote it: \""
                            + scalar.text() + "\"";
                }
                context.report(object, scalar.fieldPath(), scalar.fieldPath() + ": " + message);
            }
        }
    }

    private static String typeOnly(String reading) {
        if (reading.startsWith("boolean")) {
            return "a boolean";
        }
        return reading.startsWith("number") ? "a number" : reading;
    }
}
