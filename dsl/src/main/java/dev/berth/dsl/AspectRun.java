package dev.berth.dsl;

import dev.berth.core.ObjectRef;
import dev.berth.dsl.spi.Aspect;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;

/** Runs an application's aspects over its assembly, in order, each over the objects present and those it adds. */
final class AspectRun {

    /** The most objects one aspect may add in one build; more means an aspect that feeds on its own additions. */
    static final int MAX_ADDED = 10_000;

    private AspectRun() {
    }

    /**
     * @throws IllegalArgumentException naming the aspect by its position and the object, when an aspect renames an
     *     object or adds more than {@link #MAX_ADDED} objects
     */
    static void apply(List<Aspect> aspects, Assembly assembly) {
        for (int a = 0; a < aspects.size(); a++) {
            String which = "aspect " + (a + 1) + " of " + aspects.size() + " of application " + assembly.application();
            List<HasMetadata> objects = assembly.objects();
            int start = objects.size();
            for (int i = 0; i < objects.size(); i++) {
                HasMetadata object = objects.get(i);
                ObjectRef before = ObjectRef.of(object);
                boolean unlabelled = object.getMetadata().getLabels() == null;
                if (unlabelled) {
                    object.getMetadata().setLabels(new LinkedHashMap<>());
                }
                aspects.get(a).visit(object, assembly);
                if (unlabelled && object.getMetadata().getLabels() != null
                        && object.getMetadata().getLabels().isEmpty()) {
                    object.getMetadata().setLabels(null);
                }
                ObjectRef after = ObjectRef.of(object);
                if (!after.equals(before)) {
                    throw new IllegalArgumentException(which + " renamed " + before + " to " + after + ": an aspect "
                            + "changes objects in place and adds new ones with assembly.add(...), it does not rename "
                            + "them");
                }
                if (i == objects.size() - 1) {
                    objects = assembly.objects();
                    if (objects.size() - start > MAX_ADDED) {
                        throw new IllegalArgumentException(which + " added more than " + MAX_ADDED + " objects: an "
                                + "aspect that adds a new object for each object it visits never ends; add objects "
                                + "only for the objects that need them");
                    }
                }
            }
        }
    }
}
