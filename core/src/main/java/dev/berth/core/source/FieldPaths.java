package dev.berth.core.source;

/**
 * Builds and takes apart the field paths Berth uses everywhere: {@code spec.template.spec.containers[0].image}.
 *
 * <p>A key that is not a plain identifier is written in brackets and quotes, as {@code kubectl explain} users know from
 * JSONPath: {@code metadata.labels['app.kubernetes.io/name']}.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * @param parent the parent path, empty for the document root
     * @param key a mapping key
     * @return the child path
     */
    public static String field(String parent, String key) {
        if (isPlain(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * @param parent the path of a list
     * @param index the item's index
     * @return the item's path
     */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * @param path a path
     * @return the path one step up, empty at the top
     */
    public static String parent(String path) {
        int end = path.length();
        if (end == 0) {
            return "";
        }
        if (path.charAt(end - 1) == ']') {
            int depth = 0;
            boolean quoted = false;
            for (int i = end - 1; i >= 0; i--) {
                char c = path.charAt(i);
                if (c == '\'' && (i == 0 || path.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && c == ']') {
                    depth++;
                } else if (!quoted && c == '[' && --depth == 0) {
                    return path.substring(0, i);
                }
            }
            return "";
        }
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf(']');
        if (dot < 0 || bracket > dot) {
            return bracket >= 0 ? path.substring(0, bracket + 1) : "";
        }
        return path.substring(0, dot);
    }

    /**
     * @param path a path, such as {@code metadata.labels['app.kubernetes.io/name']}
     * @return its last key as written in YAML ({@code app.kubernetes.io/name}), or an empty string when the path ends
     *         with a list item or is empty
     */
    public static String lastKey(String path) {
        String last = path.substring(parent(path).length());
        if (last.startsWith(".")) {
            return last.substring(1);
        }
        if (last.startsWith("['")) {
            return last.substring(2, last.length() - 2).replace("\\'", "'").replace("\\\\", "\\");
        }
        return last.startsWith("[") ? "" : last;
    }

    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-'
                    || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
