package org.iops.decisions.counting.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.bench.SyntheticElection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large CDF JSON files are parsed in chunks on several threads: same ballots, same order. */
class CdfJsonParallelReadTest {

    @TempDir
    Path temp;

    private static BallotBox read(Path file, String contest, long parallelFrom, long chunk) {
        BallotBox box = new BallotBox();
        new CdfJsonReader(new CdfSource(file, contest, "", ""), box, parallelFrom, chunk).read();
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

    @Test
    void readsTheSameBallotsInChunksAsInOnePass() throws IOException {
        new SyntheticElection(10, 3).writeCdf(temp, "chunks", 3_000);
        Path file = temp.resolve("chunks_cvr.json");

        BallotBox sequential = read(file, "Benchmark", Long.MAX_VALUE, 0);
        BallotBox parallel = read(file, "Benchmark", 0, 10_000);

        assertThat(sequential.size()).isEqualTo(3_000);
        assertSameBallots(parallel, sequential);
    }

    @Test
    void readsRecordsWrittenBeforeTheElectionInChunks() throws IOException {
        String json = Files.readString(temp.resolve(new SyntheticElection(6, 4).writeCdf(temp, "order", 500)
                .getFileName().toString().replace("_config.json", "_cvr.json")));
        int records = json.indexOf(",\"CVR\":[");
        int election = json.indexOf("\"Election\":");
        String electionPart = json.substring(election, json.indexOf(",\"GpUnit\""));
        String recordsPart = json.substring(records + 1, json.length() - 2);
        Path reordered = Files.writeString(temp.resolve("reordered.json"), "{" + recordsPart + "," + electionPart + "}");

        assertSameBallots(read(reordered, "Benchmark", 0, 2_000), read(temp.resolve("order_cvr.json"), "Benchmark",
                Long.MAX_VALUE, 0));
    }

    @Test
    void fallsBackToTheSequentialReaderForFilesItCannotLayOut() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.json"), "{\"Election\": [], \"CVR\": [1, 2]}");

        assertThatThrownBy(() -> read(file, "Benchmark", 0, 10))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("Contest \"Benchmark\" from config file not found");
    }

    @Test
    void reportsMalformedRecordsFoundInAChunk() throws IOException {
        new SyntheticElection(4, 5).writeCdf(temp, "bad", 200);
        Path file = temp.resolve("bad_cvr.json");
        String json = Files.readString(file).replaceFirst("\"Rank\":1", "\"Rank\":\"one\"");
        Files.writeString(file, json);

        assertThatThrownBy(() -> read(file, "Benchmark", 0, 1_000))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("Rank \"one\" is not a number");
    }
}
