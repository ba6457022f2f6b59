package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict JSON reader over a range of a file's bytes, for {@link CdfJsonFastRecords}: it compares
 * property names as bytes, decodes only the plain ASCII identifiers asked for and skips every other
 * value, checking its syntax. Anything it does not read exactly as Jackson would (an escape or a
 * non-ASCII byte in an identifier, a number where a string is read, a control character in a
 * string, a value larger than the buffer's margin, malformed JSON) throws {@link Unusual}.
 */
abstract class JsonByteCursor {

    /** The bytes are not in the form this reader reads; read them with Jackson. */
    static final class Unusual extends RuntimeException {
        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final int BUFFER = 8 << 20;
    /** Bytes kept ahead of the cursor before a record is read: the largest record read. */
    static final int RECORD_MARGIN = 1 << 20;
    private static final int CACHED_IDENTIFIERS = 64;
    // bytes that end or break a property name: the quote, a backslash, control characters
    private static final boolean[] NAME_STOP = new boolean[256];
    // and for an identifier, every non-ASCII byte too
    private static final boolean[] IDENTIFIER_STOP = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            NAME_STOP[b] = b < 0x20 || b == '"' || b == '\\';
            IDENTIFIER_STOP[b] = NAME_STOP[b] || b >= 0x80;
        }
    }

    private final FileChannel channel;
    private long filePosition;
    private final long fileEnd;
    final byte[] bytes = new byte[BUFFER];
    int pos;
    int limit;
    // name of the property just read: bytes[nameFrom, nameTo)
    private int nameFrom;
    private int nameTo;
    // identifiers that repeat on every record (contest and selection ids), decoded once
    private final byte[][] cachedBytes = new byte[CACHED_IDENTIFIERS][];
    private final String[] cachedStrings = new String[CACHED_IDENTIFIERS];

    JsonByteCursor(FileChannel channel, long from, long to) {
        this.channel = channel;
        this.filePosition = from;
        this.fileEnd = to;
    }

    /** The file offset of the next byte to read. */
    final long offset() {
        return filePosition - limit + pos;
    }

    /** Whether every byte of the range has been read. */
    final boolean atEnd() {
        return pos == limit && filePosition == fileEnd;
    }

    /** Keeps the unread bytes and reads more of the range behind them. */
    final void refill() throws IOException {
        int kept = limit - pos;
        System.arraycopy(bytes, pos, bytes, 0, kept);
        pos = 0;
        limit = kept;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, limit, (int) Math.min(bytes.length - limit, fileEnd - filePosition));
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, filePosition);
            if (read < 0) {
                throw new IOException("unexpected end of file");
            }
            filePosition += read;
        }
        limit = buffer.position();
    }

    /** Refills when fewer than a record's margin of bytes are left in the buffer. */
    final void keepMargin() throws IOException {
        if (limit - pos < RECORD_MARGIN) {
            refill();
        }
    }

    // ---- values

    /** A plain ASCII string without escapes, decoded. */
    final String identifier() {
        int from = stringBytes();
        return new String(bytes, from, pos - 1 - from, StandardCharsets.ISO_8859_1);
    }

    /** An identifier as {@link #identifier()}, the same String each time the same bytes come. */
    final String repeatedIdentifier() {
        int from = stringBytes();
        int to = pos - 1;
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ hash >>> 7) & (CACHED_IDENTIFIERS - 1);
        byte[] cached = cachedBytes[slot];
        if (cached != null && Arrays.equals(cached, 0, cached.length, bytes, from, to)) {
            return cachedStrings[slot];
        }
        String value = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        cachedBytes[slot] = Arrays.copyOfRange(bytes, from, to);
        cachedStrings[slot] = value;
        return value;
    }

    /** Whether a plain ASCII string value is "no" (HasIndication, IsAllocable). */
    final boolean isNo() {
        int from = stringBytes();
        return pos - 1 - from == 2 && bytes[from] == 'n' && bytes[from + 1] == 'o';
    }

    // Reads a plain ASCII string without escapes; returns where its contents start, pos is past its
    // closing quote.
    private int stringBytes() {
        expect('"');
        byte[] b = bytes;
        int from = pos;
        int p = from;
        int end = limit;
        while (p < end) {
            byte c = b[p++];
            if (IDENTIFIER_STOP[c & 0xFF]) {
                if (c != '"') {
                    break; // a backslash, a control character or a non-ASCII byte
                }
                pos = p;
                return from;
            }
        }
        throw new Unusual();
    }

    // ---- structure

    /** Reads a property name and its colon. */
    final void name() {
        skipSpace();
        expect('"');
        byte[] b = bytes;
        int p = pos;
        int end = limit;
        nameFrom = p;
        while (true) {
            if (p >= end) {
                throw new Unusual();
            }
            byte c = b[p++];
            if (NAME_STOP[c & 0xFF]) {
                if (c != '"') {
                    throw new Unusual(); // a backslash or a control character
                }
                break;
            }
        }
        nameTo = p - 1;
        pos = p;
        skipSpace();
        expect(':');
        skipSpace();
    }

    // a plain loop: names are short, and Arrays.equals's vectorized mismatch costs more to set up
    // than it saves here (it was a fifth of the parse in a profile)
    final boolean nameIs(byte[] name) {
        if (nameTo - nameFrom != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[nameFrom + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** After '{': true (and consumed) if the object is empty. */
    final boolean objectEmpty() {
        return closesAt('}');
    }

    /** After '[': true (and consumed) if the array is empty, else positioned at the first element. */
    final boolean arrayEmpty() {
        return closesAt(']');
    }

    private boolean closesAt(char close) {
        skipSpace();
        if (peek() == close) {
            pos++;
            return true;
        }
        return false;
    }

    /** After a property value: true if another property follows (comma consumed), false at '}'. */
    final boolean nextProperty() {
        skipSpace();
        byte b = next();
        if (b == ',') {
            return true;
        }
        if (b == '}') {
            return false;
        }
        throw new Unusual();
    }

    /** After an array element: true if another element follows, false at ']'. */
    final boolean nextElement() {
        skipSpace();
        byte b = next();
        if (b == ',') {
            skipSpace();
            return true;
        }
        if (b == ']') {
            return false;
        }
        throw new Unusual();
    }

    /** Skips any JSON value, checking its syntax. */
    final void skipValue() {
        skipSpace();
        switch (peek()) {
            case '{' -> {
                pos++;
                if (!objectEmpty()) {
                    do {
                        name();
                        skipValue();
                    } while (nextProperty());
                }
            }
            case '[' -> {
                pos++;
                if (!arrayEmpty()) {
                    do {
                        skipValue();
                    } while (nextElement());
                }
            }
            case '"' -> JsonByteScalars.skipString(this);
            case 't' -> JsonByteScalars.literal(this, "true");
            case 'f' -> JsonByteScalars.literal(this, "false");
            case 'n' -> JsonByteScalars.literal(this, "null");
            default -> JsonByteScalars.skipNumber(this);
        }
    }

    final void skipSpace() {
        if (pos < limit && bytes[pos] > ' ') {
            return; // compact JSON: no space at all, and no byte above ' ' is one
        }
        while (pos < limit) {
            byte b = bytes[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    final void expect(char c) {
        if (next() != c) {
            throw new Unusual();
        }
    }

    final byte peek() {
        if (pos >= limit) {
            throw new Unusual(); // a record larger than the margin, or the range ended early
        }
        return bytes[pos];
    }

    final byte next() {
        byte b = peek();
        pos++;
        return b;
    }
}
