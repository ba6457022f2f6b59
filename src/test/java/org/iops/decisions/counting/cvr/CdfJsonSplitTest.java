package org.iops.decisions.counting.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.bench.SyntheticElection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Large reports are read on all cores without a byte scan first: cut where a record probably starts
 * and checked. Whatever the cut, the ballots are those of reading the file on one thread (the same
 * ballots in the same order give the same report), and a cut that a check refuses leaves the
 * report to the earlier reading.
 */
class CdfJsonSplitTest {

    @TempDir
    Path temp;

    private static final CdfSource source(Path file) {
        return new CdfSource(file, "Benchmark", "", "");
    }

    /** Reading on one thread, as small reports are read. */
    private static BallotBox oneThread(Path file) {
        BallotBox box = new BallotBox();
        new CdfJsonReader(source(file), box, 1, false).read();
        return box;
    }

    /** The cut reading alone: null when it refuses the report. */
    private static BallotBox split(Path file, int parts) {
        return split(file, parts, parts);
    }

    /** The cut reading alone, which must have cut the records into {@code expectedParts}. */
    private static BallotBox split(Path file, int parts, int expectedParts) {
        BallotBox box = new BallotBox();
        CdfJsonReader reader = new CdfJsonReader(source(file), new BallotBox(), 1, false);
        CdfJsonSplit split = new CdfJsonSplit(file, parts, reader::readElection);
        if (!split.read(box)) {
            return null;
        }
        assertThat(split.partsRead()).as("parts of %s", file.getFileName()).isEqualTo(expectedParts);
        return box;
    }

    /** What a large report's reader gives: the cut reading, or the byte scan's if that is refused. */
    private static BallotBox large(Path file, int threads) {
        BallotBox box = new BallotBox();
        new CdfJsonReader(source(file), box, threads, true).read();
        return box;
    }

    private static void assertSameBallots(BallotBox actual, BallotBox expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int b = 0; b < expected.size(); b++) {
            assertThat(actual.endMark(b)).as("ballot %d", b).isEqualTo(expected.endMark(b));
        }
        for (int m = 0; m < expected.markCount(); m++) {
            assertThat(actual.rankOfMark(m)).as("mark %d", m).isEqualTo(expected.rankOfMark(m));
            assertThat(actual.choice(actual.choiceOfMark(m))).isEqualTo(expected.choice(expected.choiceOfMark(m)));
        }
    }

    private Path synthetic(String stem, int candidates, long seed, int ballots) throws IOException {
        new SyntheticElection(candidates, seed).writeCdf(temp, stem, ballots);
        return temp.resolve(stem + "_cvr.json");
    }

    /**
     * The report as RCTab 2.0.1 writes it: records first, pretty-printed, every object starting with
     * its "@type" (so that records, snapshots and selections all start alike but for the type).
     */
    private Path rctabStyle(Path synthetic) throws IOException {
        JsonNode report = JsonTrees.read(Files.readAllBytes(synthetic));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("@type", "CVR.CastVoteRecordReport");
        ArrayNode records = out.putArray("CVR");
        for (JsonNode record : report.path("CVR")) {
            records.add(typed(record, "CVR"));
        }
        out.set("Election", report.path("Election"));
        out.put("GeneratedDate", "2026-12-01T10:00:00Z");
        out.set("GpUnit", report.path("GpUnit"));
        out.put("Version", "1.0.0");
        Path file = temp.resolve(synthetic.getFileName().toString().replace("_cvr", "_rctab"));
        return Files.writeString(file, JsonTrees.write(out, new DefaultPrettyPrinter()));
    }

    private static final Map<String, String> CHILD_TYPES = Map.of("CVRSnapshot", "CVRSnapshot", "CVRContest",
            "CVRContest", "CVRContestSelection", "CVRContestSelection", "SelectionPosition", "SelectionPosition");

    private static ObjectNode typed(JsonNode node, String type) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.put("@type", "CVR." + type);
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String childType = CHILD_TYPES.get(property.getKey());
            if (childType == null) {
                copy.set(property.getKey(), property.getValue());
                continue;
            }
            ArrayNode children = copy.putArray(property.getKey());
            property.getValue().forEach(child -> children.add(typed(child, childType)));
        }
        return copy;
    }

    /** The synthetic report with its CVR array moved before the Election section. */
    private Path recordsFirst(Path electionFirst) throws IOException {
        String json = Files.readString(electionFirst);
        int records = json.indexOf(",\"CVR\":[");
        String election = json.substring(json.indexOf("\"Election\":"), json.indexOf(",\"GpUnit\""));
        String cvr = json.substring(records + 1, json.length() - 2);
        Path file = temp.resolve(electionFirst.getFileName().toString().replace("_cvr", "_records_first"));
        return Files.writeString(file, "{" + cvr + "," + election + "}");
    }

    @Test
    void cutReadingGivesTheBallotsOfOneThreadAtEveryNumberOfParts() throws IOException {
        for (long seed : new long[] {3, 11}) {
            Path electionFirst = synthetic("cut" + seed, 9, seed, 4_000);
            for (Path file : List.of(electionFirst, recordsFirst(electionFirst), rctabStyle(electionFirst))) {
                BallotBox expected = oneThread(file);
                assertThat(expected.size()).isEqualTo(4_000);
                for (int parts : new int[] {1, 2, 3, 5, 8, 13}) {
                    BallotBox cut = split(file, parts);
                    assertThat(cut).as("%s in %d parts", file.getFileName(), parts).isNotNull();
                    assertSameBallots(cut, expected);
                    assertSameBallots(large(file, parts), expected);
                }
            }
        }
    }

    @Test
    void aCutThatFallsInsideARecordIsRefusedAndTheReportReadAsBefore() throws IOException {
        Path file = synthetic("inside", 6, 5, 3_000);
        // every selection now starts like a record: the cuts fall inside records
        Files.writeString(file, Files.readString(file).replace("{\"ContestSelectionId\"",
                "{\"BallotPrePrintedId\":\"x\",\"ContestSelectionId\""));
        BallotBox expected = oneThread(file);

        assertThat(split(file, 4)).isNull();
        assertSameBallots(large(file, 4), expected);
    }

    @Test
    void aSecondElectionOrCvrAfterTheRecordsIsLeftToTheEarlierReading() throws IOException {
        Path electionFirst = synthetic("twice", 6, 7, 2_000);
        String json = Files.readString(electionFirst);
        String election = json.substring(json.indexOf("\"Election\":"), json.indexOf(",\"GpUnit\""));
        Path secondElection = Files.writeString(temp.resolve("second_election.json"),
                json.substring(0, json.length() - 1) + "," + election + "}");
        Path secondCvr = Files.writeString(temp.resolve("second_cvr.json"),
                json.substring(0, json.length() - 1) + ",\"CVR\":[]}");

        for (Path file : List.of(secondElection, secondCvr)) {
            assertThat(split(file, 2)).as("%s", file.getFileName()).isNull();
            assertSameBallots(large(file, 2), oneThread(file));
        }
    }

    @Test
    void anElectionGuessedFromTheEndMustBeTheOneAfterTheRecords() throws IOException {
        Path file = recordsFirst(synthetic("guess", 6, 9, 2_000));
        // a string in the last property that looks like an Election property to a backward reader
        String json = Files.readString(file);
        Path tricky = Files.writeString(temp.resolve("tricky.json"),
                json.substring(0, json.length() - 1) + ",\"Note\":\"x\\\",\\\"Election\\\":[]\"}");

        assertSameBallots(split(tricky, 3), oneThread(tricky));
    }

    @Test
    void theByteParserReadsEscapesNonAsciiAndSpacesAsJacksonDoes() throws IOException {
        Path electionFirst = synthetic("odd", 6, 13, 3_000);
        String json = Files.readString(electionFirst)
                // an escaped identifier (the byte parser leaves its part to Jackson)
                .replaceFirst("\"ContestSelectionId\":\"cs-1\"", "\"ContestSelectionId\":\"cs\\\\u002d1\"")
                // names and strings it skips, with non-ASCII bytes and escapes, and spaces everywhere
                .replace("\"NumberVotes\":1", "\"Nümber\" :\t\"é\\\"x\" ,\n \"NumberVotes\" : 1 ");
        Files.writeString(electionFirst, json);
        // read by Jackson alone (election first, small), and by the byte parser (records first)
        BallotBox expected = oneThread(electionFirst);
        Path recordsFirst = recordsFirst(electionFirst);

        assertThat(expected.size()).isEqualTo(3_000);
        assertSameBallots(oneThread(recordsFirst), expected);
        assertSameBallots(large(recordsFirst, 3), expected);
    }
}
