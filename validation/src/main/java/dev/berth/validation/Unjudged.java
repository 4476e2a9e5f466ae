package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.Reference;
import dev.berth.core.References;
import dev.berth.core.shape.Shaped;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which objects no rule of a run judges.
 *
 * <p>An object is <em>judged</em> when at least one rule of the run declares its kind ({@link RuleInfo#kinds()}):
 * such a rule looks at what the object means, whether or not it finds anything; or when another object's reference
 * resolves to it (a pod's ServiceAccount, a claim's StorageClass or PersistentVolume, a binding's Role): the rules
 * judge it through that reference. Rules that declare no kinds (the
 * schema rules of names, labels, required and unknown fields, duplicates and removed API versions, and the rules about
 * suppressions) look at every object's form whatever its kind, and do not make an object judged: they tell nothing
 * about what a custom resource does. An object whose pod template a rule judges by its shape rather than by its kind
 * counts as judged too: a custom resource holding a pod template found by shape ({@link
 * Shaped#podTemplatesByShape()}), when a rule of the run {@linkplain RuleInfo.Builder#podTemplatesByShape() judges
 * those}.
 *
 * <pre>{@code
 * Unjudged unjudged = Unjudged.of(ruleSet.rules());
 * List<ObjectRef> none = unjudged.objects(manifest, Unjudged.referenced(tables, manifest), shaped);
 * }</pre>
 */
final class Unjudged {

    private final Set<String> kinds;
    private final boolean byShape;

    private Unjudged(Set<String> kinds, boolean byShape) {
        this.kinds = kinds;
        this.byShape = byShape;
    }

    /**
     * @param rules the rules of a run
     * @return what they judge
     */
    static Unjudged of(List<Rule> rules) {
        Set<String> kinds = new HashSet<>();
        rules.forEach(rule -> kinds.addAll(rule.info().kinds()));
        return new Unjudged(kinds, rules.stream().anyMatch(rule -> rule.info().podTemplatesByShape()));
    }

    /**
     * @param object an object of the manifest under judgement
     * @param shaped what the rules see, with the pod templates found by shape
     * @return true when a rule of the run judges it, by its kind or by a pod template found in it
     */
    boolean judges(HasMetadata object, Shaped shaped) {
        return kinds.contains(object.getKind()) || byShape && shaped.holdsPodTemplatesByShape(object);
    }

    /**
     * @param shaped what the rules saw
     * @return how many pod templates found by shape the rules of the run judged, by the kind that holds them; empty
     *         when no rule of the run judges them
     */
    SortedMap<String, Integer> byShape(Shaped shaped) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        if (byShape) {
            shaped.podTemplatesByShape().forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
        }
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * @param manifest the objects of the run, as the rules saw them
     * @param referenced the objects a reference reaches ({@link #referenced(Tables, Manifest)})
     * @param shaped what the rules see, with the pod templates found by shape
     * @return the objects no rule judged, in order; empty when every object was judged
     */
    List<ObjectRef> objects(Manifest manifest, Set<HasMetadata> referenced, Shaped shaped) {
        List<ObjectRef> unjudged = new ArrayList<>();
        for (HasMetadata object : manifest.objects()) {
            if (!judges(object, shaped) && !referenced.contains(object)) {
                unjudged.add(ObjectRef.of(object));
            }
        }
        return unjudged;
    }

    /**
     * @param tables the run's tables, which keep the set once for the rule {@code unjudged-kind} and the report
     * @param manifest the objects the rules judged
     * @return the objects some reference resolves to, by identity: the rules judge them through it
     */
    static Set<HasMetadata> referenced(Tables tables, Manifest manifest) {
        return tables.get("unjudged:referenced", manifest, m -> referenced(m.references()));
    }

    private static Set<HasMetadata> referenced(References references) {
        Set<HasMetadata> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Reference reference : references.all()) {
            reference.resolved().ifPresent(referenced::add);
        }
        return referenced;
    }
}
