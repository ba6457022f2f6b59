package org.iops.polls.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which chapters of a secret chapter-weighted poll keep their counts to themselves (docs/polls.md). */
class ChapterLinesTests {

    private static final Optional<UUID> LARGE = Optional.of(new UUID(0, 1));
    private static final Optional<UUID> MIDDLE = Optional.of(new UUID(0, 2));
    private static final Optional<UUID> SMALL = Optional.of(new UUID(0, 3));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aChapterWithFewerThanFiveBallotsIsHiddenAndSoIsTheSmallestOtherSoTheTotalsDoNotGiveItAway(int ballots) {
        BallotTally tally = tally(LARGE, 9, MIDDLE, 6, SMALL, ballots);
        assertThat(ChapterLines.hidden(List.of(LARGE, MIDDLE, SMALL), tally)).containsExactlyInAnyOrder(SMALL, MIDDLE);
    }

    @Test
    void smallChaptersThatTogetherHoldFiveBallotsHideNoOther() {
        BallotTally tally = tally(LARGE, 9, MIDDLE, 3, SMALL, 2);
        assertThat(ChapterLines.hidden(List.of(LARGE, MIDDLE, SMALL), tally)).containsExactlyInAnyOrder(SMALL, MIDDLE);
    }

    @Test
    void chaptersWhereNobodyVotedRevealNothingAndHideNoOther() {
        BallotTally tally = tally(LARGE, 9, MIDDLE, 6, SMALL, 0);
        assertThat(ChapterLines.hidden(List.of(LARGE, MIDDLE, SMALL), tally)).containsExactly(SMALL);
    }

    @Test
    void chaptersWithFiveBallotsOrMoreAreAllShown() {
        BallotTally tally = tally(LARGE, 9, MIDDLE, 5, SMALL, 5);
        assertThat(ChapterLines.hidden(List.of(LARGE, MIDDLE, SMALL), tally)).isEmpty();
    }

    @Test
    void aSmallChapterBesideOnlyOneOtherHidesBoth() {
        BallotTally tally = tally(LARGE, 40, SMALL, 1, MIDDLE, 0);
        Set<Optional<UUID>> hidden = ChapterLines.hidden(List.of(LARGE, SMALL, MIDDLE), tally);
        assertThat(hidden).contains(LARGE, SMALL);
    }

    private static BallotTally tally(Object... chaptersAndBallots) {
        BallotTally tally = new BallotTally(2);
        for (int i = 0; i < chaptersAndBallots.length; i += 2) {
            @SuppressWarnings("unchecked")
            Optional<UUID> chapter = (Optional<UUID>) chaptersAndBallots[i];
            for (int b = 0; b < (int) chaptersAndBallots[i + 1]; b++) {
                tally.ballot(chapter)[b % 2]++;
            }
        }
        return tally;
    }
}
