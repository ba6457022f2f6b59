package org.iops.decisions.counting.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.bench.SyntheticElection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records written before or after the Election section read the same. */
class CdfJsonRecordOrderTest {

    @TempDir
    Path temp;

    private static BallotBox read(Path file) {
        BallotBox box = new BallotBox();
        CdfReader.read(new CdfSource(file, "Benchmark", "", ""), box);
        return box;
    }

    private static void assertSameBallots(BallotBox actual, BallotBox expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int b = 0; b < expected.size(); b++) {
            assertThat(actual.endMark(b)).as("ballot %d", b).isEqualTo(expected.endMark(b));
        }
        for (int m = 0; m < expected.endMark(expected.size() - 1); m++) {
            assertThat(actual.rankOfMark(m)).isEqualTo(expected.rankOfMark(m));
            assertThat(actual.choice(actual.choiceOfMark(m))).isEqualTo(expected.choice(expected.choiceOfMark(m)));
        }
    }

    /** The synthetic report with its CVR array moved before the Election section, as RCTab writes it. */
    private Path recordsFirst(Path electionFirst, String extraKey) throws IOException {
        String json = Files.readString(electionFirst);
        int records = json.indexOf(",\"CVR\":[");
        String election = json.substring(json.indexOf("\"Election\":"), json.indexOf(",\"GpUnit\""));
        String cvr = json.substring(records + 1, json.length() - 2);
        return Files.writeString(temp.resolve("records_first.json"), "{" + extraKey + cvr + "," + election + "}");
    }

    @Test
    void readsRecordsWrittenBeforeTheElectionLikeRecordsWrittenAfter() throws IOException {
        new SyntheticElection(6, 4).writeCdf(temp, "order", 2_000);
        Path electionFirst = temp.resolve("order_cvr.json");

        BallotBox expected = read(electionFirst);

        assertThat(expected.size()).isEqualTo(2_000);
        assertSameBallots(read(recordsFirst(electionFirst, "")), expected);
    }

    private static BallotBox readWith(Path file, int threads) {
        BallotBox box = new BallotBox();
        new CdfJsonReader(new CdfSource(file, "Benchmark", "", ""), box, threads, threads > 1).read();
        return box;
    }

    @Test
    void readingInPartsSideBySideGivesTheBallotsOfReadingInOneGo() throws IOException {
        new SyntheticElection(7, 9).writeCdf(temp, "parts", 5_000);
        Path electionFirst = temp.resolve("parts_cvr.json");
        Path recordsFirst = recordsFirst(electionFirst, "");
        BallotBox expected = readWith(electionFirst, 1);

        for (int threads : new int[] {2, 3, 8}) {
            assertSameBallots(readWith(electionFirst, threads), expected);
            assertSameBallots(readWith(recordsFirst, threads), expected);
        }
        assertThat(expected.size()).isEqualTo(5_000);
    }

    @Test
    void recordsTheByteParserLeavesToJacksonAreJudgedByJackson() throws IOException {
        new SyntheticElection(7, 5).writeCdf(temp, "text", 3_000);
        Path electionFirst = temp.resolve("text_cvr.json");
        // ranks written as strings: the byte parser hands them to Jackson, which refuses them as
        // RCTab 2.0.1 does
        Files.writeString(electionFirst, Files.readString(electionFirst).replace("\"Rank\":2}", "\"Rank\":\"2\"}"));
        Path recordsFirst = recordsFirst(electionFirst, "");

        for (Path file : List.of(electionFirst, recordsFirst)) {
            for (int threads : new int[] {1, 2}) {
                assertThatThrownBy(() -> readWith(file, threads)).isInstanceOf(CvrReadException.class)
                        .hasMessageContaining("Rank 2 is not a JSON integer");
            }
        }
    }

    @Test
    void readingInPartsReportsTheFirstErrorOfTheFile() throws IOException {
        new SyntheticElection(8, 3).writeCdf(temp, "broken", 4_000);
        Path file = temp.resolve("broken_cvr.json");
        String json = Files.readString(file);
        // an unknown selection near the end, and one near the start that must be the one reported
        int late = json.lastIndexOf("\"ContestSelectionId\":\"cs-");
        json = json.substring(0, late) + "\"ContestSelectionId\":\"late" + json.substring(late + 25);
        int early = json.indexOf("\"ContestSelectionId\":\"cs-");
        json = json.substring(0, early) + "\"ContestSelectionId\":\"early" + json.substring(early + 25);
        Files.writeString(file, json);

        assertThatThrownBy(() -> readWith(file, 4))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("\"early");
    }

    @Test
    void readsReportsTheByteScanCannotLayOutWithJacksonAlone() throws IOException {
        new SyntheticElection(6, 4).writeCdf(temp, "escaped", 300);
        Path electionFirst = temp.resolve("escaped_cvr.json");
        // an escaped key makes the scan give up
        Path tricky = recordsFirst(electionFirst, "\"Not\\u0065s\": 1, ");

        assertSameBallots(read(tricky), read(electionFirst));
    }

    @Test
    void reportsMalformedRecordsAfterTheScan() throws IOException {
        new SyntheticElection(4, 5).writeCdf(temp, "bad", 200);
        Path electionFirst = temp.resolve("bad_cvr.json");
        Path broken = recordsFirst(electionFirst, "");
        Files.writeString(broken, Files.readString(broken).replaceFirst("\"Rank\":1", "\"Rank\":\"one\""));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("Rank one is not a JSON integer");
    }
}
