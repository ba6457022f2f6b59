package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a CDF JSON report keeps its {@code Election} section and its cast vote records, found by one
 * fast byte scan (strings and nesting only, no tokens), so that the records can then be parsed in
 * chunks on several threads. The records are grouped into chunks of whole CVR objects of about
 * {@code chunkSize} bytes, in file order.
 *
 * <p>{@link #scan} returns null when the file is not laid out as expected (not an object, a
 * repeated key, a CVR element that isn't an object, unbalanced nesting): the sequential reader then
 * reads it and reports any error precisely.
 */
final class CdfJsonLayout {

    private static final byte[] ELECTION = "Election".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CVR = "CVR".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_KEY = 16;

    /** Byte range {@code [from, to)} of a value in the file. */
    record Range(long from, long to) {
        int length() {
            return Math.toIntExact(to - from);
        }
    }

    private Range election;
    private boolean hasRecords;
    private final List<Range> chunks = new ArrayList<>();

    Range election() {
        return election;
    }

    boolean hasRecords() {
        return hasRecords;
    }

    /** Chunks of whole CVR objects (separated by commas), in file order. */
    List<Range> chunks() {
        return chunks;
    }

    static CdfJsonLayout scan(Path file, long chunkSize) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Scanner(chunkSize).scan(channel);
        }
    }

    /** Reads bytes {@code [from, to)} of the file into {@code target} at {@code offset}. */
    static void read(FileChannel channel, Range range, byte[] target, int offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, range.length());
        long position = range.from();
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("unexpected end of file");
            }
            position += read;
        }
    }

    private static final class Scanner {
        private final long chunkSize;
        private final CdfJsonLayout layout = new CdfJsonLayout();
        private int depth;
        private boolean inString;
        private boolean escaped;
        private boolean expectingKey;
        private boolean keyIsOpen;
        private final byte[] key = new byte[MAX_KEY];
        private int keyLength;
        private byte[] valueKey;
        private long valueStart = -1;
        private boolean inRecords;
        private long chunkStart = -1;
        private long lastElementEnd = -1;
        private boolean broken;

        Scanner(long chunkSize) {
            this.chunkSize = chunkSize;
        }

        CdfJsonLayout scan(FileChannel channel) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            long position = 0;
            while (!broken && channel.read(buffer) >= 0) {
                buffer.flip();
                scanBuffer(buffer.array(), buffer.limit(), position);
                position += buffer.limit();
                buffer.clear();
            }
            return broken || depth != 0 || inString ? null : layout;
        }

        // One tight loop: string contents (most of the file) are skipped a byte at a time with two
        // comparisons; structure characters go to open/close.
        private void scanBuffer(byte[] bytes, int limit, long position) {
            int i = 0;
            while (i < limit && !broken) {
                if (inString) {
                    if (escaped) {
                        escaped = false;
                        i++;
                        continue;
                    }
                    if (!keyIsOpen) {
                        while (i < limit && bytes[i] != '"' && bytes[i] != '\\') {
                            i++;
                        }
                        if (i == limit) {
                            return;
                        }
                    }
                    byte b = bytes[i++];
                    if (b == '\\') {
                        escaped = true;
                        // an escaped key could spell "CVR" differently: leave such files to Jackson
                        broken |= keyIsOpen;
                    } else if (b == '"') {
                        inString = false;
                        keyIsOpen = false;
                    } else {
                        if (keyLength < MAX_KEY) {
                            key[keyLength] = b;
                        }
                        keyLength++;
                    }
                    continue;
                }
                byte b = bytes[i];
                switch (b) {
                    case '"' -> {
                        inString = true;
                        broken |= depth == 2 && inRecords;
                        if (depth == 1 && expectingKey) {
                            keyIsOpen = true;
                            keyLength = 0;
                            expectingKey = false;
                        }
                    }
                    case ':' -> {
                        if (depth == 1) {
                            valueKey = keyLength <= MAX_KEY ? Arrays.copyOf(key, keyLength) : null;
                        }
                    }
                    case ',' -> {
                        if (depth == 1) {
                            expectingKey = true;
                            valueKey = null;
                        }
                    }
                    case '{', '[' -> open(b, position + i);
                    case '}', ']' -> close(position + i);
                    default -> {
                        if (depth == 2 && inRecords && b > ' ') {
                            broken = true; // a record that is not an object
                        }
                    }
                }
                i++;
            }
        }

        private void open(byte b, long at) {
            if (depth == 0 && b != '{') {
                broken = true;
                return;
            }
            if (depth == 1) {
                valueStart = at;
                if (Arrays.equals(valueKey, CVR)) {
                    if (layout.hasRecords || b != '[') {
                        broken = true;
                        return;
                    }
                    inRecords = true;
                    layout.hasRecords = true;
                }
            } else if (depth == 2 && inRecords) {
                if (b != '{') {
                    broken = true;
                    return;
                }
                if (chunkStart < 0) {
                    chunkStart = at;
                }
            }
            depth++;
            if (depth == 1) {
                expectingKey = true;
            }
        }

        private void close(long at) {
            depth--;
            if (depth < 0) {
                broken = true;
            } else if (depth == 2 && inRecords) {
                lastElementEnd = at + 1;
                if (lastElementEnd - chunkStart >= chunkSize) {
                    layout.chunks.add(new Range(chunkStart, lastElementEnd));
                    chunkStart = -1;
                }
            } else if (depth == 1) {
                if (inRecords) {
                    inRecords = false;
                    if (chunkStart >= 0) {
                        layout.chunks.add(new Range(chunkStart, lastElementEnd));
                        chunkStart = -1;
                    }
                } else if (Arrays.equals(valueKey, ELECTION)) {
                    if (layout.election != null) {
                        broken = true;
                        return;
                    }
                    layout.election = new Range(valueStart, at + 1);
                }
            }
        }
    }
}
