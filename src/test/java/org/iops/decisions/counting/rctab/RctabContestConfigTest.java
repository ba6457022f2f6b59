package org.iops.decisions.counting.rctab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.OvervoteRule;
import org.iops.decisions.counting.TiebreakMode;
import org.iops.decisions.counting.WinnerElectionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RctabContestConfigTest {

    @TempDir
    Path temp;

    @BeforeEach
    void writeCvrFiles() throws IOException {
        Files.writeString(temp.resolve("cvr.csv"), "id,A,B\n1,1,2\n");
        Files.writeString(temp.resolve("cvr.json"), "{}");
    }

    private Path config(String sources, String rules) throws IOException {
        return Files.writeString(temp.resolve("test_config.json"), """
                {"tabulatorVersion": "TEST",
                 "outputSettings": {"contestName": "Test", "contestDate": "2026-01-01"},
                 "cvrFileSources": [%s],
                 "candidates": [{"name": "A", "aliases": ["Ay"]}, {"name": "B", "excluded": true}],
                 "rules": {"tiebreakMode": "random", "randomSeed": "7", "overvoteRule": "alwaysSkipToNextRank",
                   "winnerElectionMode": "singleWinnerMajority", "numberOfWinners": "1",
                   "decimalPlacesForVoteArithmetic": "4", "maxSkippedRanksAllowed": "unlimited",
                   "maxRankingsAllowed": "max" %s}}
                """.formatted(sources, rules));
    }

    private static final String CSV = """
            {"filePath": "cvr.csv", "provider": "genericCsv", "firstVoteColumnIndex": "2", "firstVoteRowIndex": "2",
             "undeclaredWriteInLabel": "UWI"}""";

    @Test
    void readsRulesCandidatesAndSources() throws IOException {
        RctabContestConfig config = RctabContestConfig.load(config(CSV, ""));

        assertThat(config.contestName()).isEqualTo("Test");
        assertThat(config.contestJurisdiction()).isNull();
        assertThat(config.rules().tiebreakMode()).isEqualTo(TiebreakMode.RANDOM);
        assertThat(config.rules().randomSeed()).isEqualTo(7L);
        assertThat(config.rules().overvoteRule()).isEqualTo(OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK);
        assertThat(config.rules().winnerElectionMode()).isEqualTo(WinnerElectionMode.SINGLE_WINNER_MAJORITY);
        assertThat(config.rules().maxSkippedRanksAllowed()).isNull();
        assertThat(config.rules().maxRankingsAllowed()).isNull();
        assertThat(config.rules().undeclaredWriteIns()).isTrue();
        assertThat(config.rules().candidates().get(0).aliases()).containsExactly("Ay");
        assertThat(config.rules().candidates().get(1).excluded()).isTrue();
        assertThat(config.sources().get(0).file()).isEqualTo(temp.resolve("cvr.csv"));
    }

    @Test
    void refusesAMissingCastVoteRecordFile() throws IOException {
        Path config = config(CSV.replace("cvr.csv", "missing.csv"), "");

        assertThatThrownBy(() -> RctabContestConfig.load(config))
                .isInstanceOf(CountingException.class)
                .hasMessageContaining("cast vote record file not found");
    }

    @Test
    void refusesTheSameFileTwice() throws IOException {
        Path config = config(CSV + "," + CSV, "");

        assertThatThrownBy(() -> RctabContestConfig.load(config)).hasMessageContaining("duplicate cast vote record");
    }

    @Test
    void refusesACdfSourceWithoutContestIdOrWithCsvColumns() throws IOException {
        Path noContest = config("{\"filePath\": \"cvr.json\", \"provider\": \"cdf\"}", "");
        assertThatThrownBy(() -> RctabContestConfig.load(noContest)).hasMessageContaining("contestId must be defined");

        Path columns = config("{\"filePath\": \"cvr.json\", \"provider\": \"cdf\", \"contestId\": \"X\", "
                + "\"firstVoteColumnIndex\": \"3\"}", "");
        assertThatThrownBy(() -> RctabContestConfig.load(columns))
                .hasMessageContaining("firstVoteColumnIndex should not be defined");
    }

    @Test
    void refusesTabulatingCdfByPrecinct() throws IOException {
        Path config = Files.writeString(temp.resolve("p_config.json"), Files.readString(config(
                "{\"filePath\": \"cvr.json\", \"provider\": \"cdf\", \"contestId\": \"X\"}", ""))
                .replace("\"contestDate\": \"2026-01-01\"", "\"tabulateByPrecinct\": true"));

        assertThatThrownBy(() -> RctabContestConfig.load(config)).hasMessageContaining("tabulateByPrecinct");
    }

    @Test
    void refusesAnOvervoteLabelWithExhaustIfMultipleContinuing() throws IOException {
        Path config = Files.writeString(temp.resolve("o_config.json"), Files.readString(config(
                "{\"filePath\": \"cvr.json\", \"provider\": \"cdf\", \"contestId\": \"X\", \"overvoteLabel\": \"OV\"}", ""))
                .replace("alwaysSkipToNextRank", "exhaustIfMultipleContinuing"));

        assertThatThrownBy(() -> RctabContestConfig.load(config)).hasMessageContaining("overvoteLabel");
    }

    @Test
    void refusesNumbersThatAreNotIntegers() throws IOException {
        Path config = Files.writeString(temp.resolve("n_config.json"),
                Files.readString(config(CSV, "")).replace("\"numberOfWinners\": \"1\"", "\"numberOfWinners\": \"one\""));

        assertThatThrownBy(() -> RctabContestConfig.load(config)).hasMessageContaining("numberOfWinners must be an integer");
    }
}
