package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects one rule context judges: the whole manifest, or a run of consecutive objects of it. A block's views
 * are worked out from its own objects, so judging a block costs O(block), whatever the manifest's size.
 */
final class Block {

    private final List<HasMetadata> objects;
    private final boolean whole;
    private List<Workload> workloads;

    private Block(List<HasMetadata> objects, boolean whole) {
        this.objects = objects;
        this.whole = whole;
    }

    /**
     * @param manifest a manifest
     * @return every object of it
     */
    static Block whole(Manifest manifest) {
        return new Block(manifest.objects(), true);
    }

    /**
     * @param manifest a manifest
     * @param size the most objects a block holds
     * @return its objects cut into consecutive blocks of that size, in order
     */
    static List<Block> cut(Manifest manifest, int size) {
        List<HasMetadata> all = manifest.objects();
        List<Workload> workloads = manifest.workloads();
        List<Block> blocks = new ArrayList<>((all.size() + size - 1) / size);
        int next = 0;
        for (int from = 0; from < all.size(); from += size) {
            Block block = new Block(all.subList(from, Math.min(all.size(), from + size)), false);
            // The manifest's workloads follow its objects' order, one per workload object: walk both together.
            block.workloads = new ArrayList<>();
            for (HasMetadata object : block.objects) {
                if (next < workloads.size() && workloads.get(next).owner() == object) {
                    block.workloads.add(workloads.get(next++));
                }
            }
            blocks.add(block);
        }
        return blocks;
    }

    List<HasMetadata> objects() {
        return objects;
    }

    List<HasMetadata> ofKind(Manifest manifest, String kind) {
        if (whole) {
            return manifest.ofKind(kind);
        }
        List<HasMetadata> matching = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (kind.equals(object.getKind())) {
                matching.add(object);
            }
        }
        return matching;
    }

    <T extends HasMetadata> List<T> all(Manifest manifest, Class<T> type) {
        if (whole) {
            return manifest.all(type);
        }
        List<T> matching = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (type.isInstance(object)) {
                matching.add(type.cast(object));
            }
        }
        return matching;
    }

    List<Workload> workloads(Manifest manifest) {
        return whole ? manifest.workloads() : workloads;
    }
}
