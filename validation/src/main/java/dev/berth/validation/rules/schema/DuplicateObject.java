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
 * Two objects of one set share kind, namespace and name: two files define one object, and whichever
 * {@code kubectl apply} sees last silently replaces the other. Every copy after the first is reported, naming the
 * definition Berth judges (the first in reading order: files by name, documents in order) and the one it ignores.
 * Objects named by {@code generateName} alone never collide; definitions in folders of different sets are variants,
 * not duplicates, since they are judged apart.
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
            if (earlier != null && ObjectRef.identified(object)) {
                String used = context.manifest().sourceOf(earlier).map(ObjectSource::describe).orElse("");
                String ignored = context.manifest().sourceOf(object).map(ObjectSource::describe).orElse("");
                context.report(object, "", ObjectValues.sameContent(earlier, object)
                        ? "an identical copy" + (ignored.isEmpty() ? "" : ", at " + ignored + ",")
                                + " of the definition " + (used.isEmpty() ? "before it" : "at " + used)
                                + ", which Berth judges; this copy is ignored"
                        : "defined again with other content" + (ignored.isEmpty() ? "" : " at " + ignored)
                                + "; Berth judges the first definition" + (used.isEmpty() ? "" : ", at " + used + ",")
                                + " and ignores this one, while kubectl apply keeps whichever it applies last");
            }
        }
    }
}
