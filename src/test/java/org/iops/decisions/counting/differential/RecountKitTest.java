package org.iops.decisions.counting.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.OvervoteRule;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.TiebreakMode;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.cvr.CdfJsonWriter;
import org.iops.decisions.counting.rctab.RctabConfigWriter;
import org.iops.decisions.counting.rctab.RctabContestConfig;
import org.iops.decisions.counting.rctab.RctabReport;
import org.iops.decisions.counting.rctab.RctabTally;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A recount by anyone: generated contests (instant runoff, multi-seat single transferable vote, multi-pass instant
 * runoff; with overvotes and skipped ranks) are written as a CDF JSON cast vote record file and an RCTab
 * configuration, read back by the project's own readers and counted: the engine on the original ballots, the engine
 * on the ballots read back, the {@code tally} command and RCTab 2.0.1 itself must give the same rounds. The oracle
 * is required ({@code IOPS_RCTAB_ORACLE} or {@code ../shared/rctab-oracle}): without it, or when RCTab refuses a
 * contest or counts it differently, the test fails.
 */
class RecountKitTest {

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();
    private static final List<String> CANDIDATES = List.of("Amara", "Bruno", "Chen", "Dána", "Émile \"Em\" Roy");

    @Test
    void writtenContestsAreRecountedIdenticallyByTheReadersTallyAndRctab() throws IOException, InterruptedException {
        RctabOracle oracle = RctabOracle.locate();
        Path root = Path.of("target", "recount-kit").toAbsolutePath();
        RctabOracle.deleteTree(root);
        List<Contest> contests = List.of(
                new Contest("irv", rules().winnerElectionMode(WinnerElectionMode.SINGLE_WINNER_MAJORITY)
                        .overvoteRule(OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK).maxSkippedRanksAllowed(1).build(),
                        ballots(1, 400)),
                new Contest("stv-3-seats", rules()
                        .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND)
                        .numberOfWinners(3).overvoteRule(OvervoteRule.EXHAUST_IMMEDIATELY)
                        .maxSkippedRanksAllowed(null).tiebreakMode(TiebreakMode.RANDOM).randomSeed(7L).build(),
                        ballots(2, 600)),
                new Contest("stv-2-seats-per-round", rules()
                        .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND)
                        .numberOfWinners(2).overvoteRule(OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING)
                        .maxSkippedRanksAllowed(2).decimalPlacesForVoteArithmetic(6).build(),
                        ballots(3, 500)),
                new Contest("multi-pass-irv", rules().winnerElectionMode(WinnerElectionMode.MULTI_PASS_IRV)
                        .numberOfWinners(2).build(), ballots(4, 300)));

        List<Path> configs = new ArrayList<>();
        for (Contest contest : contests) {
            Path folder = Files.createDirectories(root.resolve(contest.name()));
            CdfJsonWriter.write(folder.resolve("ballots.json"), "Council", CANDIDATES, contest.ballots());
            RctabConfigWriter.write(folder.resolve("config.json"), "Council", "ballots.json", contest.rules());
            configs.add(folder.resolve("config.json"));
        }
        Map<Path, List<JsonNode>> rctab = oracle.count(configs, 2);

        for (int i = 0; i < contests.size(); i++) {
            Contest contest = contests.get(i);
            Path config = configs.get(i);
            RctabContestConfig loaded = RctabContestConfig.load(config);
            BallotBox readBack = RctabTally.readBallots(loaded);
            CountResult original = RankedChoiceCount.count(contest.rules(), contest.ballots());
            CountResult recounted = RankedChoiceCount.count(loaded.rules(), readBack);

            assertThat(readBack.size()).as(contest.name()).isEqualTo(contest.ballots().size());
            assertThat(recounted.passes()).as(contest.name() + ": rounds from the files").isEqualTo(original.passes());
            DifferentialTest.Tally tally = DifferentialTest.tally(config);
            assertThat(tally.errors()).as(contest.name()).isEmpty();
            List<JsonNode> engine = new ArrayList<>();
            for (var pass : original.passes()) {
                engine.add(JSON.readTree(RctabReport.toPrettyString(
                        RctabReport.toJson(loaded, pass, loaded.rules().usesSurpluses()))));
            }
            assertThat(tally.reports()).as(contest.name() + ": tally's reports").isEqualTo(engine);
            assertThat(rctab.get(config)).as(contest.name() + ": RCTab 2.0.1 counts the written contest").isNotEmpty();
            assertThat(DifferentialTest.difference(rctab.get(config), tally))
                    .as(contest.name() + ": RCTab 2.0.1 against tally").isNull();
        }
        // the contests are not trivial: several rounds, overvotes and skipped rankings made some ballots inactive
        CountResult stv = RankedChoiceCount.count(contests.get(1).rules(), contests.get(1).ballots());
        assertThat(stv.winners()).hasSize(3);
        assertThat(stv.tabulation().rounds().size()).isGreaterThan(2);
        assertThat(RankedChoiceCount.count(contests.get(0).rules(), contests.get(0).ballots()).tabulation().rounds()
                .get(0).inactiveBallots().get(org.iops.decisions.counting.InactiveReason.DID_NOT_RANK_ANY_CANDIDATES))
                .isPositive();
    }

    @Test
    void ballotsAreWrittenOutAsTheyComeNotHeldInMemory() {
        CountingStream out = new CountingStream();
        CdfJsonWriter cvr = CdfJsonWriter.open(out, "Council", CANDIDATES);
        Ballot ballot = Ballot.of("Amara", "Chen", "Bruno");
        long afterHeader = out.bytes;
        for (int i = 0; i < 20_000; i++) {
            cvr.write(ballot);
        }
        // each record is about 600 bytes; all but the generator's small buffer has reached the stream already
        assertThat(out.bytes - afterHeader).isGreaterThan(20_000L * 500);
        cvr.close();
        assertThat(cvr.written()).isEqualTo(20_000);
        assertThat(out.closed).isTrue();
    }

    @Test
    void aBallotNamingSomeoneWhoIsNotACandidateIsRefused() {
        CdfJsonWriter cvr = CdfJsonWriter.open(new CountingStream(), "Council", CANDIDATES);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cvr.write(Ballot.of("Amara", "Zed")))
                .isInstanceOf(org.iops.decisions.counting.CountingException.class)
                .hasMessage("Ballot 1 names \"Zed\", which is not a candidate")
                .extracting(e -> ((org.iops.decisions.counting.CountingException) e).problem().key())
                .isEqualTo("decisions.error.unknownCandidates");
    }

    private static ContestRules.Builder rules() {
        return ContestRules.builder().candidates(CANDIDATES.toArray(String[]::new));
    }

    /** Ballots ranking 0 to 5 candidates, some skipping a rank, some with two candidates at one rank. */
    private static List<Ballot> ballots(long seed, int count) {
        Random random = new Random(seed);
        List<Ballot> ballots = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            List<String> order = new ArrayList<>(CANDIDATES);
            // a popularity order so that counts need several rounds: earlier candidates are ranked first more often
            order.sort(java.util.Comparator.comparingDouble(name -> CANDIDATES.indexOf(name) + random.nextGaussian() * 2));
            int ranked = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(CANDIDATES.size());
            Ballot.Builder ballot = Ballot.builder();
            int rank = 1;
            for (int c = 0; c < ranked; c++) {
                if (random.nextInt(10) == 0) {
                    rank++; // a skipped rank
                }
                if (c + 1 < ranked && random.nextInt(12) == 0) {
                    ballot.rank(rank, order.get(c), order.get(c + 1)); // an overvote
                    c++;
                } else {
                    ballot.rank(rank, order.get(c));
                }
                rank++;
            }
            ballots.add(ballot.build());
        }
        return ballots;
    }

    private record Contest(String name, ContestRules rules, List<Ballot> ballots) {
    }

    private static final class CountingStream extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
