package org.iops.decisions.counting.cvr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streams a CDF JSON report. Only the small {@code Election} section is read as a tree; cast vote
 * records are parsed token by token straight into the {@link BallotBox}. A report whose Election
 * section comes first is read in one pass. When the records come first (RCTab writes them so), a
 * byte scan ({@link CdfJsonLayout}) finds both sections and only the records are tokenized after
 * the election; reports the scan doesn't understand are read twice with Jackson.
 */
final class CdfJsonReader {

    // Large files are read by several threads, one per core (at most 8), each a part of the records;
    // small ones in one go, where a thread costs more than it saves.
    private static final long PARALLEL_FROM_BYTES = 32L << 20;
    // daemon threads, so that a command that is done never waits for them
    private static final ExecutorService POOL = Executors.newCachedThreadPool(
            task -> {
                Thread thread = new Thread(task, "cdf-json-part");
                thread.setDaemon(true);
                return thread;
            });

    private final CdfSource source;
    private final BallotBox box;
    private final String file;
    private CdfContest contest;

    private final int threads;
    private final boolean large;

    CdfJsonReader(CdfSource source, BallotBox box) {
        this(source, box, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())),
                sizeOf(source) >= PARALLEL_FROM_BYTES);
    }

    /**
     * A reader; a {@code large} file is always laid out by the byte scan and its records read in
     * {@code threads} parts side by side; otherwise a report with its election first is read by
     * Jackson in one pass and only records-first reports are scanned (in one part).
     */
    CdfJsonReader(CdfSource source, BallotBox box, int threads, boolean large) {
        this.source = source;
        this.box = box;
        this.file = source.file().toString();
        this.threads = large ? threads : 1;
        this.large = large;
    }

    private static long sizeOf(CdfSource source) {
        try {
            return Files.size(source.file());
        } catch (IOException e) {
            return 0; // read() reports the file as unreadable
        }
    }

    void read() {
        try {
            if (!large && readElectionFirst()) {
                return;
            }
            CdfJsonLayout layout = CdfJsonLayout.scan(source.file());
            if (layout != null && layout.election() != null && layout.records() != null) {
                readInParallel(layout, threads);
                return;
            }
            if (large && readElectionFirst()) {
                return;
            }
            if (layout != null) {
                readByLayout(layout);
            } else {
                readRecordsAfterSkipping();
            }
        } catch (JacksonException e) {
            throw new CvrReadException(file + ": malformed CDF JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CvrReadException(file + ": can't read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the report in one pass if its Election section comes before its records; returns false,
     * having read nothing, when the records come first.
     */
    private boolean readElectionFirst() {
        try (JsonParser parser = JsonTrees.parser(source.file().toFile())) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "the report");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("Election")) {
                    contest = readElection(JsonTrees.readValue(parser));
                } else if (name.equals("CVR")) {
                    if (contest == null) {
                        return false;
                    }
                    readRecords(parser, box);
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (contest == null) {
            throw new CvrReadException(file + ": no \"Election\" section in CDF report");
        }
        return true;
    }


    /**
     * Parses the election, then the parts of the records side by side, each into its own box, and
     * joins the boxes in file order: the ballots, their order and any error are those of reading
     * the file in one go (the error of the earliest part wins).
     */
    private void readInParallel(CdfJsonLayout layout, int parts) throws IOException {
        contest = readElection(JsonTrees.read(CdfJsonLayout.read(source.file(), layout.election())));
        List<CdfJsonLayout.Range> ranges = layout.recordParts(parts);
        if (ranges.size() == 1) {
            box.addAll(readPart(ranges.get(0), true, true));
            return;
        }
        List<CompletableFuture<BallotBox>> reads = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            CdfJsonLayout.Range range = ranges.get(i);
            boolean first = i == 0;
            boolean last = i == ranges.size() - 1;
            reads.add(CompletableFuture.supplyAsync(() -> readPart(range, first, last), POOL));
        }
        // All parts first (the error of the earliest failing part wins, as before), then one
        // allocation of the joined size: no growing copies of the whole box, and each part can be
        // dropped as soon as it is joined.
        List<BallotBox> read = new ArrayList<>(reads.size());
        for (CompletableFuture<BallotBox> part : reads) {
            try {
                read.add(part.join());
            } catch (CompletionException e) {
                for (CompletableFuture<BallotBox> other : reads) {
                    other.cancel(false);
                }
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        reads.clear();
        long ballots = 0;
        long marks = 0;
        for (BallotBox part : read) {
            ballots += part.size();
            marks += part.markCount();
        }
        if (ballots + box.size() < Integer.MAX_VALUE - 1 && marks + box.markCount() < Integer.MAX_VALUE) {
            box.ensureCapacity((int) ballots, (int) marks);
        }
        for (int i = 0; i < read.size(); i++) {
            box.addAll(read.set(i, null));
        }
    }

    // One part by the byte parser, or by Jackson if the byte parser finds it unusual.
    private BallotBox readPart(CdfJsonLayout.Range range, boolean first, boolean last) {
        BallotBox part = new BallotBox();
        try {
            CdfJsonFastRecords.read(this, source.file(), range, first, last, part);
            return part;
        } catch (CdfJsonFastRecords.Unusual e) {
            return readPartWithJackson(range, first, last);
        } catch (IOException e) {
            throw new CvrReadException(file + ": can't read: " + e.getMessage(), e);
        }
    }

    // One part as a JSON array of its own: the cuts fall on commas between records, so brackets are
    // added where the part lacks them.
    private BallotBox readPartWithJackson(CdfJsonLayout.Range range, boolean first, boolean last) {
        BallotBox part = new BallotBox();
        try (InputStream bytes = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(first ? new byte[0] : new byte[] {'['}),
                CdfJsonLayout.stream(source.file(), range),
                new ByteArrayInputStream(last ? new byte[0] : new byte[] {']'}))));
                JsonParser parser = JsonTrees.parser(bytes)) {
            parser.nextToken();
            readRecords(parser, part);
        } catch (IOException e) {
            throw new CvrReadException(file + ": can't read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new CvrReadException(file + ": malformed CDF JSON: " + e.getOriginalMessage(), e);
        }
        return part;
    }

    // The byte scan located both sections: parse the election, then stream just the records.
    private void readByLayout(CdfJsonLayout layout) throws IOException {
        if (layout.election() == null) {
            throw new CvrReadException(file + ": no \"Election\" section in CDF report");
        }
        contest = readElection(JsonTrees.read(CdfJsonLayout.read(source.file(), layout.election())));
        if (layout.records() == null) {
            return;
        }
        try (JsonParser parser = JsonTrees.parser(CdfJsonLayout.stream(source.file(), layout.records()))) {
            parser.nextToken();
            readRecords(parser, box);
        }
    }

    // Fallback for reports the byte scan doesn't understand: find the election past the records with
    // Jackson, then read the records in a second pass.
    private void readRecordsAfterSkipping() {
        try (JsonParser parser = JsonTrees.parser(source.file().toFile())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("Election")) {
                    contest = readElection(JsonTrees.readValue(parser));
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (contest == null) {
            throw new CvrReadException(file + ": no \"Election\" section in CDF report");
        }
        try (JsonParser parser = JsonTrees.parser(source.file().toFile())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("CVR")) {
                    readRecords(parser, box);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private CdfContest readElection(JsonNode elections) {
        Map<String, String> candidateNames = new HashMap<>();
        JsonNode found = null;
        for (JsonNode election : elections) {
            for (JsonNode candidate : election.path("Candidate")) {
                String id = candidate.path("@id").asString();
                if (candidateNames.containsKey(id)) {
                    throw new CvrReadException(file + ": Candidate \"" + id + "\" appears multiple times");
                }
                candidateNames.put(id, candidate.path("Name").asString(null));
            }
            for (JsonNode contestNode : election.path("Contest")) {
                if (found == null && source.contestName().equals(contestNode.path("Name").asString(null))) {
                    found = contestNode;
                }
            }
        }
        if (found == null) {
            throw new CvrReadException(file + ": Contest \"" + source.contestName() + "\" from config file not found");
        }
        Map<String, CdfContest.Selection> selections = new HashMap<>();
        for (JsonNode selection : found.path("ContestSelection")) {
            String id = selection.path("@id").asString();
            List<String> candidateIds = new ArrayList<>();
            selection.path("CandidateIds").forEach(c -> candidateIds.add(c.asString()));
            JsonNode writeIn = selection.path("IsWriteIn");
            boolean isWriteIn = writeIn.isBoolean() ? writeIn.booleanValue() : "true".equals(writeIn.asString(null));
            if (selections.put(id, new CdfContest.Selection(candidateIds, isWriteIn)) != null) {
                throw new CvrReadException(file + ": Contest Selection \"" + id + "\" appears multiple times");
            }
        }
        return new CdfContest(file, found.path("@id").asString(), selections, candidateNames,
                source.overvoteLabel(), source.undeclaredWriteInLabel());
    }

    private void readRecords(JsonParser parser, BallotBox target) {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "CVR");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            readRecord(parser, target);
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "the end of CVR");
    }

    private void readRecord(JsonParser parser, BallotBox target) {
        String currentSnapshotId = null;
        List<Snapshot> snapshots = new ArrayList<>(1);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("CurrentSnapshotId")) {
                currentSnapshotId = parser.getString();
            } else if (name.equals("CVRSnapshot") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    snapshots.add(readSnapshot(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        addRecord(currentSnapshotId, snapshots, target);
    }

    /** Adds the ballot of a record read: the marks of its current snapshot. */
    void addRecord(String currentSnapshotId, List<Snapshot> snapshots, BallotBox target) {
        Snapshot current = null;
        for (Snapshot snapshot : snapshots) {
            if (snapshot.id != null && snapshot.id.equals(currentSnapshotId)) {
                current = snapshot;
                break;
            }
        }
        if (current == null) {
            throw new CvrReadException(file + ": a CVR has no snapshot with its CurrentSnapshotId \""
                    + currentSnapshotId + "\"");
        }
        if (!current.hasContests) {
            throw new CvrReadException(file + ": current snapshot \"" + current.id + "\" has no CVRContests");
        }
        if (current.marks == null) {
            // RCTab 2.0.1's JSON reader fails on such a record ("Unknown error. Cannot load file");
            // its XML reader skips it. Refuse rather than count a file RCTab can't read.
            throw new CvrReadException(file + ": a CVR (snapshot \"" + current.id + "\") has no CVRContest for contest \""
                    + contest.objectId() + "\"; RCTab 2.0.1 can't read such a CDF JSON file, so it is refused");
        }
        target.beginBallot();
        for (Mark mark : current.marks) {
            target.addMark(mark.rank, mark.choice);
        }
        target.endBallot();
    }

    private Snapshot readSnapshot(JsonParser parser) {
        Snapshot snapshot = new Snapshot();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("@id")) {
                snapshot.id = parser.getString();
            } else if (name.equals("CVRContest") && value == JsonToken.START_ARRAY) {
                snapshot.hasContests = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    List<Mark> marks = readCvrContest(parser);
                    if (marks != null && snapshot.marks == null) {
                        snapshot.marks = marks;
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return snapshot;
    }

    /** The marks of a CVRContest if it is the contest being counted, else null. */
    private List<Mark> readCvrContest(JsonParser parser) {
        String contestId = null;
        List<RawSelection> raw = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("ContestId")) {
                contestId = parser.getString();
            } else if (name.equals("CVRContestSelection") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    raw.add(readSelection(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        return marksOf(contestId, raw);
    }

    /** The marks of a CVRContest read, if it is the contest being counted, else null. */
    List<Mark> marksOf(String contestId, List<RawSelection> raw) {
        if (!contest.objectId().equals(contestId)) {
            return null;
        }
        List<Mark> marks = new ArrayList<>(raw.size());
        for (RawSelection selection : raw) {
            String choice = contest.choiceOf(selection.contestSelectionId);
            if (selection.rank != null) {
                marks.add(new Mark(selection.rank, choice));
                continue;
            }
            for (Position position : selection.positions) {
                // RCTab: a write-in at one position makes this and later positions write-ins
                if (position.writeIn) {
                    choice = Ballot.UNDECLARED_WRITE_IN;
                }
                if (position.noIndication || position.notAllocable) {
                    continue;
                }
                if (position.rank == null) {
                    throw new CvrReadException(file + ": no Rank on a SelectionPosition of contest \"" + contestId + "\"");
                }
                marks.add(new Mark(position.rank, choice));
            }
        }
        return marks;
    }

    private RawSelection readSelection(JsonParser parser) {
        RawSelection selection = new RawSelection();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "ContestSelectionId" -> selection.contestSelectionId = parser.getString();
                case "Rank" -> selection.rank = intValue(parser, value);
                case "SelectionPosition" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            selection.positions.add(readPosition(parser));
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return selection;
    }

    private Position readPosition(JsonParser parser) {
        Position position = new Position();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "Rank" -> position.rank = intValue(parser, value);
                case "HasIndication" -> position.noIndication = "no".equals(parser.getString());
                case "IsAllocable" -> position.notAllocable = "no".equals(parser.getString());
                case "CVRWriteIn" -> {
                    position.writeIn = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        return position;
    }

    // RCTab 2.0.1 casts the parsed value to Integer: a rank written as a string, a fraction or null
    // fails its reading of the file, so it is refused here too
    private Integer intValue(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        throw new CvrReadException(file + ": Rank " + parser.getString() + " is not a JSON integer; RCTab 2.0.1 "
                + "can't read such a CDF JSON file, so it is refused");
    }

    private void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new CvrReadException(file + ": expected " + expected + " for " + what + " but found " + actual);
        }
    }

    record Mark(int rank, String choice) {}

    static final class Snapshot {
        String id;
        boolean hasContests;
        List<Mark> marks;
    }

    static final class RawSelection {
        String contestSelectionId;
        Integer rank;
        final List<Position> positions = new ArrayList<>(1);
    }

    static final class Position {
        Integer rank;
        boolean noIndication;
        boolean notAllocable;
        boolean writeIn;
    }
}
