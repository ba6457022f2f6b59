package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.iops.decisions.counting.BallotBox;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a large CDF JSON report on all cores without a byte scan of the whole file first. Jackson
 * reads the report up to its {@code CVR} array (the {@code Election} section, if it comes first);
 * for a report with its records first, {@link CdfJsonTail} guesses where the Election is from the
 * end. The records are cut where a record probably starts (a comma, then the bytes the first record
 * starts with) and the parts are read side by side by the byte parser, each up to where the next
 * starts; Jackson then reads what follows the array.
 *
 * <p>Every guess is checked: a part must end exactly where the next one starts, after a comma
 * between two records, so the parts are the records read in one go; the last ends with the
 * array's {@code ]}; what follows must be the rest of a valid report with no other {@code CVR} and
 * the same single {@code Election}. If any check fails, or anything is unusual or an error, {@link
 * #read} returns false having added nothing, and the reader reads the report as before (a byte scan,
 * then the parts), which decides and reports it.
 */
final class CdfJsonSplit {

    private static final int SEARCH_WINDOW = 1 << 20;
    private static final int MAX_PREFIX = 128;
    private static final int MAX_TAIL = 64 << 20;

    private final Path file;
    private final int parts;
    private final Function<JsonNode, CdfContest> readElection;
    private int partsRead;

    CdfJsonSplit(Path file, int parts, Function<JsonNode, CdfContest> readElection) {
        this.file = file;
        this.parts = parts;
        this.readElection = readElection;
    }

    /** Adds the report's ballots to {@code box} and returns true, or returns false having added none. */
    boolean read(BallotBox box) {
        try {
            return readChecked(box);
        } catch (RuntimeException | IOException e) {
            return false; // JsonByteCursor.Unusual, JacksonException, CvrReadException, ...
        }
    }

    private boolean readChecked(BallotBox box) throws IOException {
        Head head = head();
        if (head == null) {
            return false;
        }
        JsonNode election = head.election;
        if (election == null) {
            CdfJsonLayout.Range guess = CdfJsonTail.election(file);
            if (guess == null) {
                return false;
            }
            election = JsonTrees.read(CdfJsonLayout.read(file, guess));
        }
        CdfJsonBallots ballots = new CdfJsonBallots(file.toString(), readElection.apply(election));
        List<Long> starts = starts(head.records);
        List<CompletableFuture<BallotBox>> reads = new ArrayList<>();
        long[] end = new long[1];
        for (int i = 0; i < starts.size(); i++) {
            long from = starts.get(i);
            boolean first = i == 0;
            long stopAt = i + 1 < starts.size() ? starts.get(i + 1) : -1;
            reads.add(CdfJsonParts.start(() -> {
                BallotBox part = new BallotBox();
                long stopped = readPart(ballots, from, first, stopAt, part);
                if (stopAt < 0) {
                    end[0] = stopped;
                }
                return part;
            }));
        }
        List<BallotBox> read = CdfJsonParts.joinAll(reads);
        if (!tailConfirms(end[0], head.election == null ? election : null)) {
            return false;
        }
        CdfJsonParts.join(read, box);
        partsRead = read.size();
        return true;
    }

    /** How many parts the last successful {@link #read} was cut into. */
    int partsRead() {
        return partsRead;
    }

    private long readPart(CdfJsonBallots ballots, long from, boolean first, long stopAt, BallotBox part) {
        try {
            return CdfJsonFastRecords.readUpTo(ballots, file, from, first, stopAt, part);
        } catch (IOException e) {
            throw new JsonByteCursor.Unusual();
        }
    }

    /** The Election section if it comes before the records, and where the records' '[' is. */
    private record Head(JsonNode election, long records) {}

    private Head head() {
        JsonNode election = null;
        try (JsonParser parser = JsonTrees.parser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("CVR")) {
                    return value == JsonToken.START_ARRAY
                            ? new Head(election, parser.currentTokenLocation().getByteOffset()) : null;
                }
                if (name.equals("Election")) {
                    if (election != null) {
                        return null;
                    }
                    election = JsonTrees.readValue(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return null;
    }

    /**
     * Where the parts start: the records' '[', then for each further part the first place past its
     * share of the file where a comma is followed by the bytes the first record starts with.
     */
    private List<Long> starts(long records) throws IOException {
        List<Long> starts = new ArrayList<>(List.of(records));
        long size = Files.size(file);
        byte[] prefix = firstRecordPrefix(records, size);
        if (prefix == null) {
            return starts;
        }
        for (int part = 1; part < parts; part++) {
            long target = records + (size - records) * part / parts;
            long to = Math.min(size, target + SEARCH_WINDOW);
            long found = find(CdfJsonLayout.read(file, new CdfJsonLayout.Range(target, to)), prefix);
            if (found >= 0 && target + found > starts.get(starts.size() - 1)) {
                starts.add(target + found);
            }
        }
        return starts;
    }

    // The first record's '{' up to its first ':', and its value too if that is the record's "@type"
    // (RCTab starts every record, snapshot and selection with one).
    private byte[] firstRecordPrefix(long records, long size) throws IOException {
        byte[] head = CdfJsonLayout.read(file, new CdfJsonLayout.Range(records, Math.min(size, records + 4096)));
        int from = 1;
        while (from < head.length && isSpace(head[from])) {
            from++;
        }
        if (from == head.length || head[from] != '{') {
            return null;
        }
        int colon = from;
        while (colon < head.length && head[colon] != ':' && head[colon] != '\\') {
            colon++;
        }
        if (colon == head.length || head[colon] != ':') {
            return null;
        }
        int to = colon + 1;
        if (new String(head, from, to - from, StandardCharsets.ISO_8859_1).matches("\\{\\s*\"@type\"\\s*:")) {
            while (to < head.length && isSpace(head[to])) {
                to++;
            }
            int close = to + 1;
            while (close < head.length && head[close] != '"' && head[close] != '\\') {
                close++;
            }
            if (to < head.length && head[to] == '"' && close < head.length && head[close] == '"') {
                to = close + 1;
            }
        }
        return to - from <= MAX_PREFIX ? java.util.Arrays.copyOfRange(head, from, to) : null;
    }

    // The index in bytes of the first occurrence of prefix that follows a comma (and spaces), or -1.
    private static long find(byte[] bytes, byte[] prefix) {
        for (int i = 1; i + prefix.length <= bytes.length; i++) {
            if (bytes[i] == prefix[0] && java.util.Arrays.equals(bytes, i, i + prefix.length, prefix, 0, prefix.length)) {
                int before = i - 1;
                while (before > 0 && isSpace(bytes[before])) {
                    before--;
                }
                if (bytes[before] == ',') {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether what follows the records' ']' is the rest of a report: properties, none of them "CVR",
     * exactly one "Election" equal to {@code guessed} if the Election was guessed (none if it came
     * first), then the closing brace and nothing else.
     */
    private boolean tailConfirms(long recordsEnd, JsonNode guessed) throws IOException {
        long size = Files.size(file);
        if (size - recordsEnd > MAX_TAIL) {
            return false;
        }
        byte[] tail = CdfJsonLayout.read(file, new CdfJsonLayout.Range(recordsEnd, size));
        byte[] object = new byte[tail.length + 6];
        System.arraycopy("{\"\":0".getBytes(StandardCharsets.US_ASCII), 0, object, 0, 5);
        System.arraycopy(tail, 0, object, 5, tail.length);
        object[object.length - 1] = ' ';
        int elections = 0;
        try (JsonParser parser = JsonTrees.parser(object)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("CVR")) {
                    return false;
                }
                if (name.equals("Election")) {
                    elections++;
                    if (guessed == null || !guessed.equals(JsonTrees.readValue(parser))) {
                        return false;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
                    && elections == (guessed == null ? 0 : 1);
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
