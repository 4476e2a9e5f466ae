package dev.berth.core.read;

import dev.berth.core.BerthException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, refusing what is not text: a NUL byte (by its byte offset: such a file is not
 * text at all) or bytes that are not valid UTF-8 (or UTF-16 with a byte-order mark, which YAML also allows), located by
 * line and column.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String origin) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            boolean ascii = true;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw binary(origin, "found a NUL byte at offset " + i);
                }
                ascii &= bytes[i] > 0;
            }
            if (ascii) {
                // Plain ASCII, as most manifests are, is valid UTF-8 that decodes byte for byte.
                return new String(bytes, skip, bytes.length - skip, StandardCharsets.US_ASCII);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw notValid(bytes, skip, charset, origin);
        }
    }

    /**
     * Decodes again, with the same decoder, up to the first bytes that are not valid, and locates them by line and
     * column as the YAML parser counts them: CR LF, LF, CR, NEL, LS and PS end a line; a column is a code point.
     */
    private static BerthException notValid(byte[] bytes, int skip, Charset charset, String origin) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer decoded = CharBuffer.allocate(bytes.length - skip + 1);
        decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip), decoded, true);
        decoded.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); ) {
            int c = Character.codePointAt(decoded, i);
            i += Character.charCount(c);
            boolean crBeforeLf = c == '\r' && i < decoded.length() && decoded.charAt(i) == '\n';
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && !crBeforeLf)) {
                line++;
                column = 1;
            } else if (!crBeforeLf && c != '\uFEFF') {
                column++;
            }
        }
        return BerthException.problem("the text is not valid " + charset.name() + " here").origin(origin)
                .at(line, column)
                .fix("save the file as UTF-8; it may be in another encoding, such as Latin-1 or Windows-1252.")
                .build();
    }

    private static BerthException binary(String origin, String detail) {
        return BerthException.problem("not a text file: " + detail).origin(origin)
                .fix("give a YAML or JSON manifest; binary files such as images or archives cannot be read.")
                .build();
    }
}
