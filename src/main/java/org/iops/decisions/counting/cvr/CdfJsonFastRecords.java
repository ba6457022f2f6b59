package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.BallotBox;

/**
 * Reads a part of a CDF JSON {@code CVR} array straight from its bytes, for speed: most of the time
 * Jackson spends on a large report goes to decoding property names and strings the count never
 * uses. This parser compares names as bytes, decodes only the identifiers it needs and skips the
 * rest, building the same {@link CdfJsonReader.Snapshot}s and selections as the Jackson path and
 * handing them to the same {@link CdfJsonReader} methods, so the ballots and errors are the same.
 *
 * <p>It is strict: anything outside plain JSON as CDF writers produce it (a value of an unexpected
 * type where the count reads one, an escape or non-ASCII byte in an identifier, a control character
 * in a string, a record over a megabyte, malformed JSON) throws {@link Unusual}, and the caller
 * reads the part with Jackson instead, which decides and reports exactly as before.
 */
final class CdfJsonFastRecords {

    /** The part is not in the form this parser reads; read it with Jackson. */
    static final class Unusual extends RuntimeException {
        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final int BUFFER = 8 << 20;
    private static final int RECORD_MARGIN = 1 << 20;
    private static final byte[] CURRENT_SNAPSHOT_ID = ascii("CurrentSnapshotId");
    private static final byte[] CVR_SNAPSHOT = ascii("CVRSnapshot");
    private static final byte[] ID = ascii("@id");
    private static final byte[] CVR_CONTEST = ascii("CVRContest");
    private static final byte[] CONTEST_ID = ascii("ContestId");
    private static final byte[] CVR_CONTEST_SELECTION = ascii("CVRContestSelection");
    private static final byte[] CONTEST_SELECTION_ID = ascii("ContestSelectionId");
    private static final byte[] RANK = ascii("Rank");
    private static final byte[] SELECTION_POSITION = ascii("SelectionPosition");
    private static final byte[] HAS_INDICATION = ascii("HasIndication");
    private static final byte[] IS_ALLOCABLE = ascii("IsAllocable");
    private static final byte[] CVR_WRITE_IN = ascii("CVRWriteIn");

    private final CdfJsonReader reader;
    private final FileChannel channel;
    private long filePosition;
    private final long fileEnd;
    private final byte[] bytes = new byte[BUFFER];
    private int pos;
    private int limit;
    // name of the property just read: bytes[nameFrom, nameTo)
    private int nameFrom;
    private int nameTo;

    private CdfJsonFastRecords(CdfJsonReader reader, FileChannel channel, CdfJsonLayout.Range range) {
        this.reader = reader;
        this.channel = channel;
        this.filePosition = range.from();
        this.fileEnd = range.to();
    }

    /**
     * Adds the ballots of the records in {@code range} to {@code target}; {@code first} and {@code
     * last} say whether the range starts with the array's {@code [} and ends with its {@code ]}.
     */
    static void read(CdfJsonReader reader, Path file, CdfJsonLayout.Range range, boolean first, boolean last,
            BallotBox target) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            new CdfJsonFastRecords(reader, channel, range).records(first, last, target);
        }
    }

    private void records(boolean first, boolean last, BallotBox target) throws IOException {
        refill();
        skipSpace();
        if (first) {
            expect('[');
            skipSpace();
            if (last && peek() == ']') {
                pos++;
                finish();
                return;
            }
        }
        while (true) {
            if (limit - pos < RECORD_MARGIN) {
                refill();
            }
            skipSpace();
            record(target);
            skipSpace();
            if (pos == limit && filePosition == fileEnd && !last) {
                return; // a part cut before the comma ends after its last record
            }
            byte b = next();
            if (b == ']' && last) {
                finish();
                return;
            }
            if (b != ',') {
                throw new Unusual();
            }
        }
    }

    private void finish() throws IOException {
        skipSpace();
        if (pos != limit || filePosition != fileEnd) {
            refill();
            skipSpace();
            if (pos != limit) {
                throw new Unusual();
            }
        }
    }

    // ---- the records, as CdfJsonReader.readRecord / readSnapshot / readCvrContest / readSelection / readPosition

    private void record(BallotBox target) {
        expect('{');
        String currentSnapshotId = null;
        List<CdfJsonReader.Snapshot> snapshots = new ArrayList<>(1);
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CURRENT_SNAPSHOT_ID)) {
                    currentSnapshotId = identifier();
                } else if (nameIs(CVR_SNAPSHOT) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            snapshots.add(snapshot());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        reader.addRecord(currentSnapshotId, snapshots, target);
    }

    private CdfJsonReader.Snapshot snapshot() {
        expect('{');
        CdfJsonReader.Snapshot snapshot = new CdfJsonReader.Snapshot();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(ID)) {
                    snapshot.id = identifier();
                } else if (nameIs(CVR_CONTEST) && peek() == '[') {
                    pos++;
                    snapshot.hasContests = true;
                    if (!arrayEmpty()) {
                        do {
                            List<CdfJsonReader.Mark> marks = cvrContest();
                            if (marks != null && snapshot.marks == null) {
                                snapshot.marks = marks;
                            }
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return snapshot;
    }

    private List<CdfJsonReader.Mark> cvrContest() {
        expect('{');
        String contestId = null;
        List<CdfJsonReader.RawSelection> raw = new ArrayList<>();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CONTEST_ID)) {
                    contestId = identifier();
                } else if (nameIs(CVR_CONTEST_SELECTION) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            raw.add(selection());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return reader.marksOf(contestId, raw);
    }

    private CdfJsonReader.RawSelection selection() {
        expect('{');
        CdfJsonReader.RawSelection selection = new CdfJsonReader.RawSelection();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CONTEST_SELECTION_ID)) {
                    selection.contestSelectionId = identifier();
                } else if (nameIs(RANK)) {
                    selection.rank = rank();
                } else if (nameIs(SELECTION_POSITION) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            selection.positions.add(position());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return selection;
    }

    private CdfJsonReader.Position position() {
        expect('{');
        CdfJsonReader.Position position = new CdfJsonReader.Position();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(RANK)) {
                    position.rank = rank();
                } else if (nameIs(HAS_INDICATION)) {
                    position.noIndication = isNo();
                } else if (nameIs(IS_ALLOCABLE)) {
                    position.notAllocable = isNo();
                } else {
                    if (nameIs(CVR_WRITE_IN)) {
                        position.writeIn = true;
                    }
                    skipValue();
                }
            } while (nextProperty());
        }
        return position;
    }

    // ---- values the count reads

    /** A plain ASCII string without escapes, decoded (anything else goes to Jackson). */
    private String identifier() {
        expect('"');
        int from = pos;
        while (true) {
            byte b = next();
            if (b == '"') {
                return new String(bytes, from, pos - 1 - from, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\' || b < 0x20) { // also every non-ASCII byte, negative here
                throw new Unusual();
            }
        }
    }

    /** Whether a string value is "no" (HasIndication, IsAllocable). */
    private boolean isNo() {
        return identifier().equals("no");
    }

    /** A rank: a plain integer; anything else goes to Jackson (which refuses it, as RCTab does). */
    private Integer rank() {
        byte b = peek();
        if (b < '0' || b > '9') {
            throw new Unusual();
        }
        long value = 0;
        int digits = 0;
        while (pos < limit && bytes[pos] >= '0' && bytes[pos] <= '9') {
            value = value * 10 + (bytes[pos++] - '0');
            if (++digits > 9) {
                throw new Unusual();
            }
        }
        if (digits > 1 && bytes[pos - digits] == '0' || pos < limit && isNumberPart(bytes[pos])) {
            throw new Unusual(); // a leading zero, a fraction or an exponent
        }
        return (int) value;
    }

    // ---- structure

    private void name() {
        skipSpace();
        expect('"');
        nameFrom = pos;
        while (true) {
            byte b = next();
            if (b == '"') {
                nameTo = pos - 1;
                break;
            }
            if (b == '\\' || b < 0x20 && b >= 0) {
                throw new Unusual();
            }
        }
        skipSpace();
        expect(':');
        skipSpace();
    }

    // a plain loop: names are short, and Arrays.equals's vectorized mismatch costs more to set up
    // than it saves here (it was a fifth of the parse in a profile)
    private boolean nameIs(byte[] name) {
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
    private boolean objectEmpty() {
        return closesAt('}');
    }

    /** After '[': true (and consumed) if the array is empty, else positioned at the first element. */
    private boolean arrayEmpty() {
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
    private boolean nextProperty() {
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
    private boolean nextElement() {
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
    private void skipValue() {
        skipSpace();
        byte b = peek();
        switch (b) {
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
            case '"' -> skipString();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> skipNumber();
        }
    }

    private void skipString() {
        expect('"');
        while (true) {
            byte b = next();
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                byte escaped = next();
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        byte h = next();
                        if (Character.digit(h, 16) < 0) {
                            throw new Unusual();
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw new Unusual();
                }
            } else if (b >= 0 && b < 0x20) {
                throw new Unusual();
            }
        }
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private void skipNumber() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos < limit && bytes[pos] == '.') {
            pos++;
            digits();
        }
        if (pos < limit && (bytes[pos] == 'e' || bytes[pos] == 'E')) {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        if (pos < limit && isNumberPart(bytes[pos])) {
            throw new Unusual();
        }
    }

    private void digits() {
        if (peek() < '0' || peek() > '9') {
            throw new Unusual();
        }
        while (pos < limit && bytes[pos] >= '0' && bytes[pos] <= '9') {
            pos++;
        }
    }

    private static boolean isNumberPart(byte b) {
        return b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw new Unusual();
            }
        }
        if (pos < limit && Character.isLetterOrDigit(bytes[pos])) {
            throw new Unusual();
        }
    }

    private void skipSpace() {
        while (pos < limit) {
            byte b = bytes[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Unusual();
        }
    }

    private byte peek() {
        if (pos >= limit) {
            throw new Unusual(); // a record larger than the margin, or the part ended early
        }
        return bytes[pos];
    }

    private byte next() {
        byte b = peek();
        pos++;
        return b;
    }

    // Keeps the unread bytes and reads more of the part behind them.
    private void refill() throws IOException {
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

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
