package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The objects one rule context judges: the whole manifest, or a run of consecutive objects of it. A block's views
 * are worked out from its own objects, so judging a block costs O(block), whatever the manifest's size.
 *
 * <p>A cut block is judged by one task, every rule in turn, so it keeps its views (objects by kind and type, and the
 * {@link #memo} values: its containers, its volumes, what rules share through {@link RuleContext#onceForBlock}) for
 * the next rule without locking; the whole manifest's block is shared by rules running in parallel and keeps nothing.
 */
final class Block {

    private final List<HasMetadata> objects;
    private final boolean whole;
    private List<Workload> workloads;
    /** The pod templates found by shape in the block's objects, in order. */
    private List<Workload> byShape;
    private final Map<String, List<HasMetadata>> byKind = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();
    private final Map<String, Object> memos = new HashMap<>();

    private Block(List<HasMetadata> objects, boolean whole) {
        this.objects = objects;
        this.whole = whole;
    }

    /**
     * @param manifest a manifest
     * @param byShape the pod templates found by shape in its objects, in object order
     * @return every object of it
     */
    static Block whole(Manifest manifest, List<Workload> byShape) {
        Block block = new Block(manifest.objects(), true);
        block.byShape = byShape;
        return block;
    }

    /**
     * @param manifest a manifest
     * @param byShape the pod templates found by shape in its objects, in object order
     * @param size the most objects a block holds
     * @return its objects cut into consecutive blocks of that size, in order
     */
    static List<Block> cut(Manifest manifest, List<Workload> byShape, int size) {
        List<HasMetadata> all = manifest.objects();
        List<Workload> workloads = manifest.workloads();
        List<Block> blocks = new ArrayList<>((int) ((all.size() + (long) size - 1) / size));
        int next = 0;
        int nextByShape = 0;
        for (int from = 0; from < all.size(); from = (int) Math.min(all.size(), (long) from + size)) {
            Block block = new Block(all.subList(from, (int) Math.min(all.size(), (long) from + size)), false);
            // The manifest's workloads follow its objects' order, one per workload object: walk both together.
            block.workloads = new ArrayList<>();
            block.byShape = new ArrayList<>(0);
            for (HasMetadata object : block.objects) {
                if (next < workloads.size() && workloads.get(next).owner() == object) {
                    block.workloads.add(workloads.get(next++));
                }
                // Pod templates found by shape follow the objects' order too, any number per object.
                while (nextByShape < byShape.size() && byShape.get(nextByShape).owner() == object) {
                    block.byShape.add(byShape.get(nextByShape++));
                }
            }
            blocks.add(block);
        }
        return blocks;
    }

    List<HasMetadata> objects() {
        return objects;
    }

    /** @return true for the whole manifest's block, which rules that see the whole set in one pass judge */
    boolean isWhole() {
        return whole;
    }

    /**
     * @param manifest the manifest the block was cut from
     * @return a block of one object for each of this block's objects, in order, each with its workload
     */
    List<Block> singles(Manifest manifest) {
        List<Workload> mine = workloads(manifest);
        List<Block> singles = new ArrayList<>(objects.size());
        int next = 0;
        int nextByShape = 0;
        for (HasMetadata object : objects) {
            Block single = new Block(List.of(object), false);
            single.workloads = new ArrayList<>(1);
            single.byShape = new ArrayList<>(0);
            if (next < mine.size() && mine.get(next).owner() == object) {
                single.workloads.add(mine.get(next++));
            }
            while (nextByShape < byShape.size() && byShape.get(nextByShape).owner() == object) {
                single.byShape.add(byShape.get(nextByShape++));
            }
            singles.add(single);
        }
        return singles;
    }

    List<HasMetadata> ofKind(Manifest manifest, String kind) {
        if (whole) {
            return manifest.ofKind(kind);
        }
        return byKind.computeIfAbsent(kind, k -> {
            List<HasMetadata> matching = new ArrayList<>();
            for (HasMetadata object : objects) {
                if (kind.equals(object.getKind())) {
                    matching.add(object);
                }
            }
            return Collections.unmodifiableList(matching);
        });
    }

    @SuppressWarnings("unchecked")
    <T extends HasMetadata> List<T> all(Manifest manifest, Class<T> type) {
        if (whole) {
            return manifest.all(type);
        }
        return (List<T>) byType.computeIfAbsent(type, t -> {
            List<T> matching = new ArrayList<>();
            for (HasMetadata object : objects) {
                if (type.isInstance(object)) {
                    matching.add(type.cast(object));
                }
            }
            return Collections.unmodifiableList(matching);
        });
    }

    List<RuleContext.ContainerAt> containers(Manifest manifest) {
        return memo("containers", () -> RuleContext.ContainerAt.allOf(workloads(manifest)));
    }

    List<RuleContext.VolumeAt> volumes(Manifest manifest) {
        return memo("volumes", () -> volumesOf(workloads(manifest)));
    }

    /** @return the pod templates found by shape in the block's objects, in order */
    List<Workload> byShape() {
        return byShape;
    }

    List<RuleContext.ContainerAt> containersByShape() {
        return memo("containers-by-shape", () -> RuleContext.ContainerAt.allOf(byShape));
    }

    List<RuleContext.VolumeAt> volumesByShape() {
        return memo("volumes-by-shape", () -> volumesOf(byShape));
    }

    private static List<RuleContext.VolumeAt> volumesOf(List<Workload> workloads) {
        List<RuleContext.VolumeAt> all = new ArrayList<>();
        for (Workload workload : workloads) {
            PodSpec spec = workload.podSpec().orElse(null);
            if (spec == null || spec.getVolumes() == null) {
                continue;
            }
            for (int i = 0; i < spec.getVolumes().size(); i++) {
                all.add(new RuleContext.VolumeAt(workload, spec.getVolumes().get(i),
                        workload.podSpecPath() + ".volumes[" + i + "]"));
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    <T> T memo(String key, Supplier<T> value) {
        if (whole) {
            return value.get();
        }
        Object known = memos.get(key);
        if (known == null) {
            known = value.get();
            memos.put(key, known);
        }
        return (T) known;
    }

    List<Workload> workloads(Manifest manifest) {
        return whole ? manifest.workloads() : workloads;
    }
}
