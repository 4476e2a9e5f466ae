package dev.berth.core.read;

import dev.berth.core.BerthException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, refusing what is not text: a NUL byte or bytes that are not valid UTF-8 (or
 * UTF-16 with a byte-order mark, which YAML also allows).
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
            int offset = firstBadByte(bytes, skip);
            throw binary(origin, "not valid " + charset.name() + " at byte offset " + offset);
        }
    }

    private static int firstBadByte(byte[] bytes, int skip) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static BerthException binary(String origin, String detail) {
        return BerthException.problem("not a text file: " + detail).origin(origin)
                .fix("give a YAML or JSON manifest; binary files such as images or archives cannot be read.")
                .build();
    }
}
