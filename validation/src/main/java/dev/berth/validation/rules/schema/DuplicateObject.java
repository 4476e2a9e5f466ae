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
import java.util.Set;

/**
 * Two objects of one set share kind, namespace and name: two files define one object, and whichever
 * {@code kubectl apply} sees last silently replaces the other. Every copy but one is reported, naming the
 * definition Berth judges and the one it ignores. Berth judges the definition whose content, as JSON with
 * sorted map keys, sorts first (of identical copies, the first read), so that renaming files never changes it.
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
        for (HasMetadata object : context.manifest()) {
            ObjectRef ref = ObjectRef.of(object);
            if (!duplicates.contains(ref) || !ObjectRef.identified(object)) {
                continue;
            }
            HasMetadata used = context.manifest().find(ref).orElseThrow();
            if (used == object) {
                continue;
            }
            String usedAt = context.manifest().sourceOf(used).map(ObjectSource::describe).orElse("");
            String ignored = context.manifest().sourceOf(object).map(ObjectSource::describe).orElse("");
            context.report(object, "", ObjectValues.sameContent(used, object)
                    ? "an identical copy" + (ignored.isEmpty() ? "" : ", at " + ignored + ",")
                            + " of the definition " + (usedAt.isEmpty() ? "Berth uses" : "at " + usedAt)
                            + ", which Berth judges; this copy is ignored"
                    : "defined again with other content" + (ignored.isEmpty() ? "" : " at " + ignored)
                            + "; Berth judges the definition" + (usedAt.isEmpty() ? "" : " at " + usedAt)
                            + " (of differing definitions, the one whose content sorts first, whatever the file"
                            + " names) and ignores this one, while kubectl apply keeps whichever it applies last");
        }
    }
}
