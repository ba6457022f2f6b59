package org.iops.decisions.counting.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdfReaderTest {

    private static final String ELECTION = """
            "Election": [{"@id": "e", "Candidate": [{"@id": "c1", "Name": "Ann"}, {"@id": "c2", "Name": "overvote"}],
              "Contest": [{"@id": "k", "Name": "Mayor", "ContestSelection": [
                {"@id": "s1", "CandidateIds": ["c1"]}, {"@id": "s2", "CandidateIds": ["c2"]},
                {"@id": "w", "IsWriteIn": true}]}]}]""";

    private static final String RECORDS = """
            "CVR": [{"CurrentSnapshotId": "now", "CVRSnapshot": [{"@id": "now", "CVRContest": [{
              "CVRContestSelection": [
                {"ContestSelectionId": "s1", "SelectionPosition": [{"Rank": 2, "IsAllocable": "yes"}]},
                {"ContestSelectionId": "w", "Rank": 1},
                {"ContestSelectionId": "s2", "SelectionPosition": [{"Rank": 3, "HasIndication": "no"}]}],
              "ContestId": "k"}]}]}]""";

    @TempDir
    Path temp;

    private BallotBox read(String json, String contest) throws IOException {
        Path file = Files.writeString(temp.resolve("cvr.json"), json);
        BallotBox box = new BallotBox();
        CdfReader.read(new CdfSource(file, contest, "overvote", ""), box);
        return box;
    }

    @Test
    void readsRecordsWrittenBeforeTheElection() throws IOException {
        BallotBox box = read("{" + RECORDS + "," + ELECTION + "}", "Mayor");

        assertThat(box.size()).isEqualTo(1);
        assertThat(box.choice(box.choiceOfMark(box.firstMark(0)))).isEqualTo(Ballot.UNDECLARED_WRITE_IN);
        assertThat(box.endMark(0) - box.firstMark(0)).isEqualTo(2);
    }

    @Test
    void readsRecordsWrittenAfterTheElectionInOnePass() throws IOException {
        BallotBox box = read("{" + ELECTION + "," + RECORDS + "}", "Mayor");

        assertThat(box.size()).isEqualTo(1);
        assertThat(box.choice(box.choiceOfMark(box.firstMark(0) + 1))).isEqualTo("Ann");
    }

    @Test
    void refusesAContestTheReportDoesNotHave() {
        assertThatThrownBy(() -> read("{" + ELECTION + "," + RECORDS + "}", "Governor"))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("Contest \"Governor\" from config file not found");
    }

    @Test
    void refusesMalformedJson() {
        assertThatThrownBy(() -> read("{" + ELECTION + ", \"CVR\": [", "Mayor"))
                .isInstanceOf(CvrReadException.class)
                .hasMessageContaining("malformed CDF JSON");
    }

    @Test
    void refusesASelectionTheContestDoesNotDeclare() {
        String records = RECORDS.replace("\"s1\"", "\"nope\"");

        assertThatThrownBy(() -> read("{" + ELECTION + "," + records + "}", "Mayor"))
                .hasMessageContaining("ContestSelection \"nope\" from CVR not found");
    }
}
