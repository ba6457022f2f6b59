package org.iops.decisions.counting.cvr;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a CDF JSON report keeps its {@code Election} section and its {@code CVR} array, found by one
 * fast byte scan (strings and nesting only, no tokens). RCTab writes the records before the
 * election; with their byte ranges known, the election is parsed first and the records then, without
 * tokenizing the whole file twice.
 *
 * <p>{@link #scan} returns null when the file is not laid out as expected (not an object, a
 * repeated key, an escaped key, a CVR element that isn't an object, unbalanced nesting): the reader
 * then falls back to Jackson alone, which reports any error precisely.
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

    // commas between records, about 64 per file: where the records can be cut into parts that parse
    // on their own
    private static final int SEPARATORS_PER_FILE = 64;

    private Range election;
    private Range records;
    private final List<Long> separators = new ArrayList<>();

    /** The Election value, or null if the report has none. */
    Range election() {
        return election;
    }

    /** The CVR array, brackets included, or null if the report has none. */
    Range records() {
        return records;
    }

    /**
     * The records cut into at most {@code parts} ranges of about equal size, each of whole records,
     * in file order: the first starts with the array's {@code [}, the last ends with its {@code ]},
     * and the cuts fall on the commas between records, which belong to no range.
     */
    List<Range> recordParts(int parts) {
        List<Range> result = new ArrayList<>();
        long from = records.from();
        long size = records.to() - records.from();
        int next = 0;
        for (int part = 1; part < parts; part++) {
            long target = records.from() + size * part / parts;
            while (next < separators.size() && separators.get(next) < target) {
                next++;
            }
            if (next == separators.size()) {
                break;
            }
            long comma = separators.get(next++);
            result.add(new Range(from, comma));
            from = comma + 1;
        }
        result.add(new Range(from, records.to()));
        return result;
    }

    static CdfJsonLayout scan(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Scanner().scan(channel);
        }
    }

    /** Reads bytes {@code [from, to)} of the file. */
    static byte[] read(Path file, Range range) throws IOException {
        byte[] bytes = new byte[range.length()];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = range.from();
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException("unexpected end of file");
                }
                position += read;
            }
        }
        return bytes;
    }

    /** A stream of bytes {@code [from, to)} of the file. */
    static InputStream stream(Path file, Range range) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(range.from());
        InputStream whole = Channels.newInputStream(channel);
        return new BufferedInputStream(new BoundedInputStream(whole, range.to() - range.from()), 1 << 16);
    }

    /** Reads at most {@code remaining} bytes of an underlying stream. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }
    }

    private static final class Scanner {
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
        private boolean broken;
        private long lastSeparator;
        private long splitEvery;

        CdfJsonLayout scan(FileChannel channel) throws IOException {
            splitEvery = Math.max(1, channel.size() / SEPARATORS_PER_FILE);
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
                        } else if (depth == 2 && inRecords && position + i - lastSeparator >= splitEvery) {
                            lastSeparator = position + i;
                            layout.separators.add(lastSeparator);
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
                    if (layout.records != null || b != '[') {
                        broken = true;
                        return;
                    }
                    inRecords = true;
                    lastSeparator = at;
                }
            } else if (depth == 2 && inRecords && b != '{') {
                broken = true;
                return;
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
            } else if (depth == 1) {
                if (inRecords) {
                    inRecords = false;
                    layout.records = new Range(valueStart, at + 1);
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
