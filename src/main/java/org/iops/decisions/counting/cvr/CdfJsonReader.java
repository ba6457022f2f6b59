package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            if (large && new CdfJsonSplit(source.file(), threads, this::readElection).read(box)) {
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
                    tokens().readRecords(parser, box);
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


    // The byte scan laid out the report: parse the election, then the parts of the records side by side.
    private void readInParallel(CdfJsonLayout layout, int parts) throws IOException {
        contest = readElection(JsonTrees.read(CdfJsonLayout.read(source.file(), layout.election())));
        new CdfJsonParts(new CdfJsonBallots(file, contest), source.file()).read(layout.recordParts(parts), box);
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
            tokens().readRecords(parser, box);
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
                    tokens().readRecords(parser, box);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** The contest to count, from the report's Election section. */
    CdfContest readElection(JsonNode elections) {
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

    private void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new CvrReadException(file + ": expected " + expected + " for " + what + " but found " + actual);
        }
    }

    private CdfJsonTokens tokens() {
        return new CdfJsonTokens(new CdfJsonBallots(file, contest));
    }
}
