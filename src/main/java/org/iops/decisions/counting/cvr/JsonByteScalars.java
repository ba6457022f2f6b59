package org.iops.decisions.counting.cvr;

/**
 * The scalar values of JSON for {@link JsonByteCursor}: a rank read as a plain integer, and numbers,
 * strings and literals skipped with their syntax checked. Anything else throws {@link
 * JsonByteCursor.Unusual}.
 */
final class JsonByteScalars {

    private JsonByteScalars() {}

    /** A plain non-negative integer of at most 9 digits (a rank); anything else is left to Jackson. */
    static Integer rank(JsonByteCursor in) {
        byte b = in.peek();
        if (b < '0' || b > '9') {
            throw new JsonByteCursor.Unusual();
        }
        byte[] bytes = in.bytes;
        int pos = in.pos;
        int limit = in.limit;
        int value = 0;
        int digits = 0;
        while (pos < limit && bytes[pos] >= '0' && bytes[pos] <= '9') {
            value = value * 10 + (bytes[pos++] - '0');
            if (++digits > 9) {
                throw new JsonByteCursor.Unusual();
            }
        }
        if (digits > 1 && bytes[pos - digits] == '0' || pos < limit && isNumberPart(bytes[pos])) {
            throw new JsonByteCursor.Unusual(); // a leading zero, a fraction or an exponent
        }
        in.pos = pos;
        return value;
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static void skipNumber(JsonByteCursor in) {
        if (in.peek() == '-') {
            in.pos++;
        }
        if (in.peek() == '0') {
            in.pos++;
        } else {
            digits(in);
        }
        if (in.pos < in.limit && in.bytes[in.pos] == '.') {
            in.pos++;
            digits(in);
        }
        if (in.pos < in.limit && (in.bytes[in.pos] == 'e' || in.bytes[in.pos] == 'E')) {
            in.pos++;
            if (in.peek() == '+' || in.peek() == '-') {
                in.pos++;
            }
            digits(in);
        }
        if (in.pos < in.limit && isNumberPart(in.bytes[in.pos])) {
            throw new JsonByteCursor.Unusual();
        }
    }

    private static void digits(JsonByteCursor in) {
        if (in.peek() < '0' || in.peek() > '9') {
            throw new JsonByteCursor.Unusual();
        }
        while (in.pos < in.limit && in.bytes[in.pos] >= '0' && in.bytes[in.pos] <= '9') {
            in.pos++;
        }
    }

    private static boolean isNumberPart(byte b) {
        return b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
    }

    static void skipString(JsonByteCursor in) {
        in.expect('"');
        while (true) {
            byte b = in.next();
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                byte escaped = in.next();
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(in.next(), 16) < 0) {
                            throw new JsonByteCursor.Unusual();
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw new JsonByteCursor.Unusual();
                }
            } else if (b >= 0 && b < 0x20) {
                throw new JsonByteCursor.Unusual();
            }
        }
    }

    static void literal(JsonByteCursor in, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in.next() != word.charAt(i)) {
                throw new JsonByteCursor.Unusual();
            }
        }
        if (in.pos < in.limit && Character.isLetterOrDigit(in.bytes[in.pos])) {
            throw new JsonByteCursor.Unusual();
        }
    }
}
