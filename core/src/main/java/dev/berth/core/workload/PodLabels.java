package dev.berth.core.workload;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels each workload of a set gives its pods, in every namespace: a compact record (the workload's identity and
 * its pod labels, nothing else of the object) that answers "which pods would this selector match, had it been
 * written in another namespace?".
 *
 * <p>A Service, like every selector of pods, selects in its own namespace only. When its selector matches no pod
 * there but matches pods of another namespace, the likely mistake is the namespace, and a finding can say so. A set
 * too large to hold is judged in parts of namespaces; this record is small enough to keep for the whole set while
 * each part is judged, so a part's rules still see the other namespaces' pods.
 *
 * <pre>{@code
 * PodLabels labels = PodLabels.of(manifest);
 * labels.elsewhere("shop", Map.of("app", "web"));   // Optional[Deployment web/web]: its pods match, in namespace web
 * }</pre>
 */
public final class PodLabels {

    private final List<Entry> entries;

    private PodLabels(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * @param manifest a set of objects
     * @return the pod labels of its workloads, in manifest order
     */
    public static PodLabels of(Manifest manifest) {
        Builder builder = builder();
        manifest.workloads().forEach(builder::add);
        return builder.build();
    }

    /** @return an empty builder, to collect the labels of a set read in pieces */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param namespace a namespace
     * @param terms equality terms of a selector (a Service's {@code spec.selector}), not empty
     * @return the first workload, in set order, whose pods carry every term and run in another namespace; empty when
     *         there is none (or when {@code terms} is empty, which selects nothing in a Service)
     */
    public Optional<ObjectRef> elsewhere(String namespace, Map<String, String> terms) {
        if (terms == null || terms.isEmpty()) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (!entry.workload().namespace().equals(namespace) && entry.carries(terms)) {
                return Optional.of(entry.workload());
            }
        }
        return Optional.empty();
    }

    /** @return how many workloads it records */
    public int size() {
        return entries.size();
    }

    /**
     * One workload's pod labels.
     *
     * @param workload the workload's identity
     * @param labels its pod labels, as alternating keys and values
     */
    public record Entry(ObjectRef workload, String[] labels) {

        /**
         * @param workload a workload of a set
         * @return its identity and pod labels (labels with a null key or value left out: they match no selector)
         */
        public static Entry of(Workload workload) {
            List<String> flat = new ArrayList<>();
            workload.podLabels().forEach((key, value) -> {
                if (key != null && value != null) {
                    flat.add(key.intern());
                    flat.add(value);
                }
            });
            return new Entry(workload.ref(), flat.toArray(String[]::new));
        }

        boolean carries(Map<String, String> terms) {
            for (Map.Entry<String, String> term : terms.entrySet()) {
                if (!carries(term.getKey(), term.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private boolean carries(String key, String value) {
            for (int i = 0; i < labels.length; i += 2) {
                if (labels[i].equals(key)) {
                    return labels[i + 1].equals(value);
                }
            }
            return false;
        }
    }

    /** Collects entries in set order. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param workload a workload of the set
         * @return this builder
         */
        public Builder add(Workload workload) {
            entries.add(Entry.of(workload));
            return this;
        }

        /**
         * @param entry an entry collected earlier (the first pass over a set too large to hold keeps these)
         * @return this builder
         */
        public Builder add(Entry entry) {
            entries.add(entry);
            return this;
        }

        /** @return the record of every entry added, in order */
        public PodLabels build() {
            return new PodLabels(List.copyOf(entries));
        }
    }
}
