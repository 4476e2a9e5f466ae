package dev.berth.core.source;

/**
 * A place in a text: 1-based line and column, as editors count them.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourcePosition(int line, int column) {

    /**
     * Checks the position is 1-based.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     */
    public SourcePosition {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be >= 1, was " + column);
        }
    }

    /** @return {@code line:column} */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
