package dev.berth.core.read;

import dev.berth.core.source.FieldPaths;

/** A field path built cheaply while reading, turned into text only when a message or a listing needs it. */
final class TreePath {

    static final TreePath ROOT = new TreePath(null, null, -1);

    private final TreePath parent;
    private final String key;
    private final int index;

    private TreePath(TreePath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    TreePath field(String name) {
        return new TreePath(this, name, -1);
    }

    TreePath item(int i) {
        return new TreePath(this, null, i);
    }

    String last() {
        return key;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String up = parent.toString();
        return key != null ? FieldPaths.field(up, key) : FieldPaths.item(up, index);
    }
}
