package dev.berth.core.read;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's reader, rewritten to read a text already in memory in time linear in its length.
 *
 * <p>SnakeYAML's own {@link StreamReader} keeps a window of code points and, each time the scanner looks 1,023
 * characters further ahead, copies the whole window into a new array. The scanner looks ahead over a whole scalar
 * before it takes it (a quoted string without spaces, a plain scalar, a line of a block scalar, an anchor name), so a
 * 5 MB value cost about 12 billion copied code points: seconds, or minutes with a small heap. This reader
 * answers the same questions from the text itself: a look-ahead is an index into the string, and a text with
 * characters outside the Basic Multilingual Plane keeps one cursor ahead of the current position so that the scanner's
 * one-by-one look-ahead loops stay linear.
 *
 * <p>Two differences from SnakeYAML's reader, both deliberate. A character YAML does not allow (a control character,
 * a lone surrogate) is reported when the scanner reaches it, as {@link NotAllowed} with its line and column, instead of
 * a position in code points. Marks carry no copy of the input, so no snippet of it (which could be a
 * secret's value) ends up in an exception's text, even in a stack trace.
 */
final class LinearStreamReader extends StreamReader {

    private static final int[] NO_SNIPPET = new int[0];
    private static final String NAME = "'string'";

    private final String text;
    /**
     * The text's characters. A manifest with one character outside Latin-1 (a dash, an accent, an emoji) is held by
     * Java as UTF-16, whose {@code charAt} the client compiler does not make cheap: the scanner asks for a character
     * several times per character of input, so it reads them from this array.
     */
    private final char[] chars;
    /** Where the readable text ends: at the first character YAML does not allow, else at the text's end. */
    private final int end;
    private final boolean bmpOnly;
    private int position;
    private int index;
    private int documentIndex;
    private int line;
    private int column;
    /** For texts with surrogate pairs: from {@code aheadFrom}, the code point {@code ahead} ahead is at {@code aheadOffset}. */
    private int aheadFrom;
    private int ahead;
    private int aheadOffset;

    /**
     * @param text the whole text to read
     */
    LinearStreamReader(String text) {
        super(new StringReader(""));
        this.text = text;
        this.chars = text.toCharArray();
        boolean bmp = true;
        int stop = text.length();
        for (int i = 0; i < chars.length; ) {
            char plain = chars[i];
            if (plain >= ' ' && plain < '\u007F' || plain == '\n' || plain == '\r' || plain == '\t') {
                i++; // printable ASCII, nearly every character of a manifest
                continue;
            }
            int c = text.codePointAt(i);
            if (!isPrintable(c)) {
                stop = i;
                break;
            }
            bmp &= c < Character.MIN_SUPPLEMENTARY_CODE_POINT;
            i += Character.charCount(c);
        }
        this.end = stop;
        this.bmpOnly = bmp;
    }

    /**
     * @return true when the whole text is readable and holds no character outside the Basic Multilingual Plane, so that
     *     code point indexes are char offsets
     */
    boolean basicPlaneOnly() {
        return bmpOnly && end == text.length();
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, NO_SNIPPET, 0);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            step();
        }
    }

    /** Moves past the code point at the current position, which exists. */
    private void step() {
        int c = bmpOnly ? chars[position] : text.codePointAt(position);
        position += bmpOnly ? 1 : Character.charCount(c);
        index++;
        documentIndex++;
        if (breaksLine(c, position)) {
            line++;
            column = 0;
        } else if (c != '\uFEFF') {
            column++;
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int k) {
        if (bmpOnly) {
            int at = position + k;
            if (at < end) {
                return chars[at];
            }
            return available(k) ? chars[at] : '\0';
        }
        return available(k) ? text.codePointAt(offset(k)) : '\0';
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        available(length);
        return text.substring(position, Math.min(offset(length), end));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        position = Math.min(offset(length), end);
        index += length;
        documentIndex += length;
        // A prefix never holds a line break: the scanner takes one only up to the next.
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /**
     * @return whether the code point {@code k} ahead exists
     * @throws NotAllowed when it lies at or past a character YAML does not allow
     */
    private boolean available(int k) {
        if (offset(k) < end) {
            return true;
        }
        if (end < text.length()) {
            throw notAllowed();
        }
        return false;
    }

    /** @return the char offset of the code point {@code k} ahead, or a number past the end */
    private int offset(int k) {
        if (bmpOnly) {
            return position + k;
        }
        if (aheadFrom != position || k < ahead) {
            aheadFrom = position;
            ahead = 0;
            aheadOffset = position;
        }
        while (ahead < k && aheadOffset < end) {
            aheadOffset += Character.charCount(text.codePointAt(aheadOffset));
            ahead++;
        }
        return aheadOffset + (k - ahead);
    }

    /** @return whether {@code c}, followed by the text at {@code next}, ends a line (a CR only when no LF follows) */
    private boolean breaksLine(int c, int next) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || (c == '\r' && next < end && chars[next] != '\n');
    }

    /** @return the error for the character at {@code end}, after moving to it: the reader cannot go further */
    private NotAllowed notAllowed() {
        while (position < end) {
            step();
        }
        return new NotAllowed(text.codePointAt(end), getMark());
    }

    /** A character YAML does not allow in a stream: a control character, a lone surrogate, U+FFFE or U+FFFF. */
    static final class NotAllowed extends MarkedYAMLException {

        private static final long serialVersionUID = 1L;

        private final int codePoint;

        private NotAllowed(int codePoint, Mark at) {
            super(null, null, String.format("the character U+%04X is not allowed in YAML", codePoint), at);
            this.codePoint = codePoint;
        }

        /** @return the character */
        int codePoint() {
            return codePoint;
        }
    }
}
