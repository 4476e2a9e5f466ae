package dev.berth.validation.rules.schema;

import dev.berth.core.ObjectRef;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.values.ObjectValues;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two objects share kind, namespace and name: two files define one object, and whichever {@code kubectl apply} sees
 * last silently replaces the other. Every copy after the first is reported, naming where the first is.
 */
public final class DuplicateObject extends Rule {

    /** Creates the rule. */
    public DuplicateObject() {
        super(RuleInfo.id("duplicate-object")
                .summary("Two objects share kind, namespace and name, so one replaces the other")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Rename one of the objects, move it to another namespace, or delete the copy.")
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Set<ObjectRef> duplicates = context.manifest().duplicates();
        if (duplicates.isEmpty()) {
            return;
        }
        Map<ObjectRef, HasMetadata> first = new HashMap<>();
        for (HasMetadata object : context.manifest()) {
            ObjectRef ref = ObjectRef.of(object);
            if (!duplicates.contains(ref)) {
                continue;
            }
            HasMetadata earlier = first.putIfAbsent(ref, object);
            if (earlier != null) {
                String where = context.manifest().sourceOf(earlier).map(ObjectSource::describe)
                        .map(at -> "at " + at).orElse("earlier in the set");
                context.report(object, "", ObjectValues.sameContent(earlier, object)
                        ? "an identical copy of the definition " + where
                        : "a second definition with other content (the first is " + where + "); kubectl apply "
                                + "keeps only the last");
            }
        }
    }
}
