package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;

/**
 * Where the {@code Election} section of a CDF JSON report whose records come first (as RCTab writes
 * it) probably is: found by reading the report's last properties backwards from its closing brace,
 * without reading the records. Only a guess: {@link CdfJsonSplit} reads the rest of the file after
 * the records forwards with Jackson and uses the records only if that confirms it.
 */
final class CdfJsonTail {

    private static final int WINDOW = 4 << 20;

    private final byte[] bytes;
    private final long offset;
    private int i;

    private CdfJsonTail(byte[] bytes, long offset) {
        this.bytes = bytes;
        this.offset = offset;
        this.i = bytes.length - 1;
    }

    /** The byte range of the last top-level {@code Election} value in the file's last 4 MB, or null. */
    static CdfJsonLayout.Range election(Path file) throws IOException {
        long size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            size = channel.size();
        }
        long from = Math.max(0, size - WINDOW);
        byte[] bytes = CdfJsonLayout.read(file, new CdfJsonLayout.Range(from, size));
        return new CdfJsonTail(bytes, from).election();
    }

    // From the end: '}', then (value ':' key) pairs separated by commas, up to "Election" or "CVR".
    private CdfJsonLayout.Range election() {
        space();
        if (!at('}')) {
            return null;
        }
        i--;
        while (true) {
            space();
            if (i < 0 || bytes[i] == '{') {
                return null;
            }
            int valueEnd = i + 1;
            if (!skipValue()) {
                return null;
            }
            int valueStart = i + 1;
            space();
            if (!at(':')) {
                return null;
            }
            i--;
            space();
            int keyEnd = i;
            if (!at('"') || !skipString()) {
                return null;
            }
            String key = new String(bytes, i + 2, keyEnd - i - 2, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (key.equals("Election")) {
                return new CdfJsonLayout.Range(offset + valueStart, offset + valueEnd);
            }
            if (key.equals("CVR")) {
                return null;
            }
            space();
            if (!at(',')) {
                return null;
            }
            i--;
        }
    }

    // Skips the value ending at i; i is then in front of it.
    private boolean skipValue() {
        byte b = bytes[i];
        if (b == '"') {
            return skipString();
        }
        if (b == '}' || b == ']') {
            int depth = 0;
            while (i >= 0) {
                b = bytes[i];
                if (b == '"') {
                    if (!skipString()) {
                        return false;
                    }
                    continue;
                }
                if (b == '}' || b == ']') {
                    depth++;
                } else if (b == '{' || b == '[') {
                    depth--;
                }
                i--;
                if (depth == 0) {
                    return true;
                }
            }
            return false;
        }
        while (i >= 0 && (Character.isLetterOrDigit(bytes[i]) || bytes[i] == '.' || bytes[i] == '-'
                || bytes[i] == '+')) {
            i--;
        }
        return i >= 0;
    }

    // Skips the string whose closing quote is at i: its opening quote is the first one before that
    // is not preceded by an odd number of backslashes.
    private boolean skipString() {
        i--;
        while (i >= 0) {
            if (bytes[i] == '"') {
                int backslashes = 0;
                while (i - 1 - backslashes >= 0 && bytes[i - 1 - backslashes] == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    i--;
                    return true;
                }
            }
            i--;
        }
        return false;
    }

    private void space() {
        while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i--;
        }
    }

    private boolean at(char c) {
        return i >= 0 && bytes[i] == c;
    }
}
