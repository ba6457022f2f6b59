package org.iops.decisions.counting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.rctab.RctabTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticElectionTest {

    @TempDir
    Path temp;

    @Test
    void countsTheSameBallotsFromTheCdfFileAsFromMemory() throws IOException {
        SyntheticElection election = new SyntheticElection(10, 99);
        Path config = election.writeCdf(temp, "small", 5_000);

        RctabTally.Outcome fromFile = RctabTally.run(config);
        BallotBox inMemory = election.inMemory(5_000);
        CountResult fromMemory = RankedChoiceCount.count(fromFile.config().rules(), inMemory);

        assertThat(fromFile.result()).isEqualTo(fromMemory);
        assertThat(fromMemory.tabulation().totalBallots()).hasToString("5000");
        assertThat(fromMemory.tabulation().rounds().size()).isGreaterThan(2);
    }

    @Test
    void generatesTheSameBallotsForTheSameSeed() {
        BallotBox first = new SyntheticElection(10, 5).inMemory(1_000);
        BallotBox second = new SyntheticElection(10, 5).inMemory(1_000);

        assertThat(second.size()).isEqualTo(first.size());
        for (int b = 0; b < first.size(); b++) {
            assertThat(second.endMark(b)).isEqualTo(first.endMark(b));
        }
        for (int m = 0; m < first.endMark(first.size() - 1); m++) {
            assertThat(second.choice(second.choiceOfMark(m))).isEqualTo(first.choice(first.choiceOfMark(m)));
            assertThat(second.rankOfMark(m)).isEqualTo(first.rankOfMark(m));
        }
    }
}
