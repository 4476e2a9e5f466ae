package dev.berth.validation.parts;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.Reference;
import dev.berth.core.Selectors;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Report;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Groups the objects of a run into the sets their authors meant, by the folders that hold them, so that independent
 * samples side by side are not judged together while one application split across folders keeps its references.
 *
 * <p>The rule, as the README gives it: every folder that holds manifests is the <em>home</em> of a set. A set holds its
 * home's objects and, to resolve references, those of the folders above it (up to the lint root): the nearest
 * definition of an identity (kind, namespace, name) hides one further up, so a variant folder is not a duplicate of the
 * one above. Two folders are one set, one application split across folders, when an object of one refers to a
 * namespaced object it does not define (by name: a StatefulSet's {@code serviceName}, a claim, ConfigMap, Secret,
 * ServiceAccount, Role or scale target; or the pod selector of a Service, PodDisruptionBudget or NetworkPolicy, unless
 * empty) and the nearest folder above that defines it, else the only other folder that does, is the other one, and the
 * two define no identity in common (folders that define the same object are variants, not parts of one application).
 * Cluster-scoped objects (StorageClasses, PersistentVolumes, ClusterRoles) link nothing: they are found upward only.
 * Folders side by side otherwise never see each other. Each object's findings come from its home's set. Objects named
 * by {@code generateName} alone have no identity: they never hide, collide or link.
 *
 * <pre>{@code
 * Map<String, FolderSets.Facts> folders = new LinkedHashMap<>();
 * folders.computeIfAbsent("samples/redis", f -> new FolderSets.Facts()).add(manifestOfTheFolder);
 * List<FolderSets.Group> sets = FolderSets.plan(folders);
 * sets.get(0).holds("samples/redis", ObjectRef.of("Service", "default", "redis"));   // true
 * }</pre>
 */
public final class FolderSets {

    /** The folder of objects that came from no folder walk: files named on the command line and standard input. */
    public static final String ROOT = "";

    private FolderSets() {
    }

    /**
     * @param folder a folder key, {@code /}-separated
     * @param other another
     * @return true when {@code folder} is strictly above {@code other} ({@link #ROOT} is above every other folder)
     */
    public static boolean above(String folder, String other) {
        if (folder.equals(other)) {
            return false;
        }
        return folder.equals(ROOT) || other.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }

    /**
     * Plans the sets of the folders given.
     *
     * @param folders what each folder that holds manifests holds, in input order (the order of the sets follows it)
     * @return the sets, in the order of their first folder; each folder is the home of exactly one set
     */
    public static List<Group> plan(Map<String, Facts> folders) {
        List<String> homes = new ArrayList<>(folders.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < homes.size(); i++) {
            index.put(homes.get(i), i);
        }
        int[] parent = new int[homes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<ObjectRef, List<String>> definers = new HashMap<>();
        folders.forEach((folder, facts) -> facts.defined.forEach(ref ->
                definers.computeIfAbsent(ref, r -> new ArrayList<>()).add(folder)));
        for (String home : homes) {
            Facts own = folders.get(home);
            List<String> upward = homes.stream().filter(other -> above(other, home))
                    .sorted(Comparator.comparingInt(FolderSets::depth).reversed()).toList();
            for (ObjectRef wanted : own.referenced) {
                if (!own.defined.contains(wanted)) {
                    List<String> answering = definers.getOrDefault(wanted, List.of());
                    link(folders, home, reached(home, upward, answering::contains, answering), index, parent);
                }
            }
            for (Selection selection : own.selections) {
                if (!own.selects(selection)) {
                    List<String> matched = homes.stream().filter(f -> folders.get(f).selects(selection)).toList();
                    link(folders, home, reached(home, upward, matched::contains, matched), index, parent);
                }
            }
        }
        Map<Integer, List<String>> components = new LinkedHashMap<>();
        for (int i = 0; i < homes.size(); i++) {
            components.computeIfAbsent(find(parent, i), c -> new ArrayList<>()).add(homes.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (List<String> component : components.values()) {
            groups.add(new Group(component, folders));
        }
        return groups;
    }

    private static int depth(String folder) {
        return folder.equals(ROOT) ? 0 : 1 + (int) folder.chars().filter(c -> c == '/').count();
    }

    /**
     * Judges a manifest held in memory set by set and merges the sets' reports. With one set (a single folder, or
     * folders that form one application) the report is {@code validator.evaluate(manifest)}.
     *
     * <pre>{@code
     * Report report = FolderSets.evaluate(Validator.recommended(), manifest, origin -> foldersByFile.get(origin));
     * report.sets();   // how many sets were judged apart
     * }</pre>
     *
     * @param validator judges each set
     * @param manifest the objects of the run, with their sources
     * @param folderOf the folder key of an object's origin ({@link dev.berth.core.source.ObjectSource#origin()});
     *        asked with {@link #ROOT} for an object without a source
     * @return the merged report, saying how many sets it judged
     */
    public static Report evaluate(Validator validator, Manifest manifest, Function<String, String> folderOf) {
        List<HasMetadata> objects = manifest.objects();
        String[] folders = new String[objects.size()];
        boolean oneFolder = true;
        for (int i = 0; i < objects.size(); i++) {
            folders[i] = folderOf.apply(manifest.sourceOf(objects.get(i)).map(ObjectSource::origin).orElse(ROOT));
            oneFolder &= folders[i].equals(folders[0]);
        }
        if (oneFolder) {
            // one folder is one set: nothing to plan, and no second index of the objects to build
            return validator.evaluate(manifest);
        }
        Map<String, Manifest.Builder> byFolder = new LinkedHashMap<>();
        Map<String, List<Integer>> placesByFolder = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            byFolder.computeIfAbsent(folders[i], f -> Manifest.builder()).add(objects.get(i));
            placesByFolder.computeIfAbsent(folders[i], f -> new ArrayList<>()).add(i);
        }
        Map<String, Facts> facts = new LinkedHashMap<>();
        byFolder.forEach((folder, builder) -> facts.put(folder, new Facts().add(builder.build())));
        List<Group> groups = plan(facts);
        if (groups.size() <= 1) {
            return validator.evaluate(manifest);
        }
        PartedReport merged = new PartedReport(validator, objects.size());
        for (Group group : groups) {
            Manifest.Builder set = Manifest.builder();
            List<Integer> places = new ArrayList<>();
            // only the set's folders are visited, so a run of many small sets costs O(objects held), not O(objects)
            group.folders().forEach(folder -> places.addAll(placesByFolder.get(folder)));
            places.sort(null);
            places.removeIf(i -> !group.holds(folders[i], objects.get(i)));
            for (int i : places) {
                set.add(objects.get(i), manifest.sourceOf(objects.get(i)).orElse(null));
            }
            merged.add(set.build(), places::get, at -> group.judges(folders[places.get(at)]), null);
        }
        return merged.report().withSets(groups.size());
    }

    /**
     * @return the folder a reference from {@code home} reaches: the nearest folder above that answers it, else the
     *         one other folder that does (none when several do: a guess)
     */
    private static List<String> reached(String home, List<String> upward, Predicate<String> answers,
            List<String> answering) {
        for (String folder : upward) {
            if (answers.test(folder)) {
                return List.of(folder);
            }
        }
        return answering.stream().filter(f -> !f.equals(home)).toList();
    }

    /** Joins {@code home} with the one folder it reaches, unless it reaches several or they share an identity. */
    private static void link(Map<String, Facts> folders, String home, List<String> reached, Map<String, Integer> index,
            int[] parent) {
        if (reached.size() != 1) {
            return;
        }
        String other = reached.get(0);
        Set<ObjectRef> common = new HashSet<>(folders.get(home).defined);
        common.retainAll(folders.get(other).defined);
        if (common.isEmpty()) {
            parent[find(parent, index.get(home))] = find(parent, index.get(other));
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * What one folder holds, as far as planning needs: the identities it defines, the identities its objects name,
     * and its Services' selectors and its workloads' pod labels. Collect it from each file's objects as they are read.
     */
    public static final class Facts {
        private final Set<ObjectRef> defined = new LinkedHashSet<>();
        private final Set<ObjectRef> referenced = new LinkedHashSet<>();
        private final List<Selection> selections = new ArrayList<>();
        private final List<Selection> podLabels = new ArrayList<>();

        /** Creates the facts of an empty folder. */
        public Facts() {
        }

        /**
         * Adds what the objects of one file (or any part of the folder) define and refer to.
         *
         * @param objects objects of the folder
         * @return these facts
         */
        public Facts add(Manifest objects) {
            for (HasMetadata object : objects) {
                if (ObjectRef.identified(object)) {
                    defined.add(ObjectRef.of(object));
                }
                podSelector(object).ifPresent(selections::add);
            }
            for (Reference reference : objects.references().all()) {
                // cluster-scoped objects (StorageClasses, volumes, ClusterRoles) are found upward only: they link
                // no folders side by side, or every sample would be joined to whichever defines a class it names
                if (!reference.to().clusterScoped()) {
                    referenced.add(reference.to());
                }
            }
            for (Workload workload : objects.workloads()) {
                podLabels.add(new Selection(ObjectRef.namespaceOf(workload.owner()), workload.podLabels(), null));
            }
            return this;
        }

        /**
         * @param other the facts of another part of the same folder
         * @return these facts, holding the other's too
         */
        public Facts add(Facts other) {
            defined.addAll(other.defined);
            referenced.addAll(other.referenced);
            selections.addAll(other.selections);
            podLabels.addAll(other.podLabels);
            return this;
        }

        /** @return how many identities the folder defines */
        public int identities() {
            return defined.size();
        }

        boolean selects(Selection selector) {
            for (Selection labels : podLabels) {
                if (labels.namespace().equals(selector.namespace()) && (selector.terms() != null
                        ? Selectors.matches(selector.terms(), labels.labels())
                        : labels.labels().entrySet().containsAll(selector.labels().entrySet()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @return the pods a Service, PodDisruptionBudget or NetworkPolicy selects, when it names some: an empty
         *         selector (every pod of the namespace, or none for a Service) names no one, so it links no folder
         */
        private static Optional<Selection> podSelector(HasMetadata object) {
            String namespace = ObjectRef.namespaceOf(object);
            if (object instanceof Service service && service.getSpec() != null
                    && service.getSpec().getSelector() != null && !service.getSpec().getSelector().isEmpty()) {
                return Optional.of(new Selection(namespace, service.getSpec().getSelector(), null));
            }
            LabelSelector selector = null;
            if (object instanceof PodDisruptionBudget budget && budget.getSpec() != null) {
                selector = budget.getSpec().getSelector();
            } else if (object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget budget
                    && budget.getSpec() != null) {
                selector = budget.getSpec().getSelector();
            } else if (object instanceof NetworkPolicy policy && policy.getSpec() != null) {
                selector = policy.getSpec().getPodSelector();
            }
            return selector == null || Selectors.isEmpty(selector) ? Optional.empty()
                    : Optional.of(new Selection(namespace, Map.of(), selector));
        }

        Set<ObjectRef> defined() {
            return defined;
        }
    }

    /**
     * A selector of pods, or a workload's pod labels, in a namespace.
     *
     * @param namespace the namespace
     * @param labels a Service selector's equality terms, or a workload's pod labels
     * @param terms a budget's or policy's label selector (then {@code labels} is empty), else null
     */
    private record Selection(String namespace, Map<String, String> labels, LabelSelector terms) {
    }

    /**
     * One set: its home folders (one, or several that form one application) and every folder it sees.
     */
    public static final class Group {
        private final List<String> homes;
        private final Set<String> homeSet;
        private final List<String> folders = new ArrayList<>();
        private final Map<String, Integer> rank = new HashMap<>();
        private final Map<ObjectRef, Integer> nearest = new HashMap<>();

        Group(List<String> homes, Map<String, Facts> all) {
            this.homes = List.copyOf(homes);
            this.homeSet = Set.copyOf(homes);
            for (String folder : all.keySet()) {
                boolean home = homeSet.contains(folder);
                if (home || homes.stream().anyMatch(h -> above(folder, h))) {
                    folders.add(folder);
                    // a home is nearer than anything above it; above, a deeper folder is nearer
                    int r = home ? Integer.MAX_VALUE : depth(folder);
                    rank.put(folder, r);
                    for (ObjectRef ref : all.get(folder).defined()) {
                        nearest.merge(ref, r, Math::max);
                    }
                }
            }
        }

        /** @return the home folders, in input order */
        public List<String> homes() {
            return homes;
        }

        /** @return the folders whose objects the set may hold: its homes and the folders above them, in input order */
        public List<String> folders() {
            return folders;
        }

        /**
         * @param folder a folder key
         * @return true when the set may hold objects of that folder: {@code folders().contains(folder)}, in O(1)
         */
        public boolean sees(String folder) {
            return rank.containsKey(folder);
        }

        /**
         * @param folder the folder an object came from
         * @param object the object
         * @return true when the set holds it: it comes from a folder of the set, and no nearer folder of the set
         *         defines its identity
         */
        public boolean holds(String folder, HasMetadata object) {
            return rank.containsKey(folder) && (!ObjectRef.identified(object) || holds(folder, ObjectRef.of(object)));
        }

        /**
         * @param folder the folder an object with a fixed identity ({@link ObjectRef#identified}) came from
         * @param identity its identity
         * @return true when the set holds it: as {@link #holds(String, HasMetadata)}, for an object read earlier and
         *         no longer held
         */
        public boolean holds(String folder, ObjectRef identity) {
            Integer r = rank.get(folder);
            return r != null && r >= nearest.getOrDefault(identity, r);
        }

        /**
         * @param folder the folder an object came from
         * @return true when the set judges the objects of that folder (one of its homes); it holds those of the
         *         folders above only to resolve references, and their findings come from their own home's set
         */
        public boolean judges(String folder) {
            return homeSet.contains(folder);
        }

        @Override
        public String toString() {
            return "set of " + homes;
        }
    }
}
