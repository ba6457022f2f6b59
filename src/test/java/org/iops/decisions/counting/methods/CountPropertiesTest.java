package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random checks of plurality, approval and yes/no against direct, independent reasoning. */
class CountPropertiesTest {

    private static final int RUNS = 500;

    @Test
    void approvalWinnersHaveAtLeastAsManyVotesAsEveryLoserAndSeatsAddUp() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            List<String> options = List.of("A", "B", "C", "D", "E").subList(0, 1 + random.nextInt(5));
            int seats = 1 + random.nextInt(options.size());
            TieBreak tieBreak = random.nextBoolean() ? TieBreak.reportTie() : TieBreak.seededRandom(seed);
            List<SelectionBallot> ballots = new ArrayList<>();
            long marks = 0;
            for (int v = random.nextInt(25); v > 0; v--) {
                List<String> approved = new ArrayList<>(options);
                Collections.shuffle(approved, random);
                approved = approved.subList(0, random.nextInt(options.size() + 1));
                marks += approved.size();
                ballots.add(new SelectionBallot(approved));
            }

            SeatResult result = ApprovalCount.count(new SeatRules(options, seats, tieBreak), ballots);

            assertThat(result.tallies().stream().mapToLong(OptionTally::votes).sum()).as("seed %d", seed).isEqualTo(marks);
            assertThat(result.winners().size() + result.unfilledSeats()).as("seed %d", seed).isEqualTo(seats);
            for (String winner : result.winners()) {
                for (String option : options) {
                    if (!result.winners().contains(option)) {
                        assertThat(result.votesFor(winner)).as("seed %d", seed).isGreaterThanOrEqualTo(result.votesFor(option));
                    }
                }
            }
            if (tieBreak.rule() == TieBreak.Rule.SEEDED_RANDOM) {
                assertThat(result.unfilledSeats()).as("seed %d: a draw always fills every seat", seed).isZero();
            }
        }
    }

    @Test
    void yesNoDecisionAgreesWithCrossMultipliedThreshold() {
        VoteBase[] bases = VoteBase.values();
        for (long seed = 0; seed < RUNS * 4; seed++) {
            Random random = new Random(seed);
            long denominator = 1 + random.nextInt(6);
            long numerator = 1 + random.nextInt((int) denominator);
            boolean atLeast = numerator == denominator || random.nextBoolean();
            VoteBase base = bases[random.nextInt(bases.length)];
            Fraction fraction = Fraction.of(numerator, denominator);
            Threshold threshold = atLeast ? Threshold.atLeast(fraction, base) : Threshold.moreThan(fraction, base);
            long yes = random.nextInt(20);
            long no = random.nextInt(20);
            long abstain = random.nextInt(5);
            long electorate = yes + no + abstain + random.nextInt(10);

            YesNoResult result = YesNoCount.count(new YesNoRules(Quorum.none(), threshold), electorate, yes, no, abstain);

            long baseSize = switch (base) {
                case FOR_AND_AGAINST -> yes + no;
                case ALL_BALLOTS -> yes + no + abstain;
                case ELECTORATE -> electorate;
            };
            // yes / baseSize compared with numerator / denominator, without dividing.
            long lhs = yes * denominator;
            long rhs = numerator * baseSize;
            boolean expected = baseSize > 0 && yes > 0 && (atLeast ? lhs >= rhs : lhs > rhs);
            assertThat(result.passed()).as("seed %d: %d yes, base %d, %s", seed, yes, baseSize, threshold.describe())
                    .isEqualTo(expected);
        }
    }
}
