package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

    private static BallotBox box(String... choicesPerBallot) {
        BallotBox box = new BallotBox();
        for (String ballot : choicesPerBallot) {
            box.beginBallot();
            int rank = 1;
            for (String choice : ballot.split(",")) {
                if (!choice.isEmpty()) {
                    box.addMark(rank++, choice);
                }
            }
            box.endBallot();
        }
        return box;
    }

    private static List<String> ballots(BallotBox box) {
        return java.util.stream.IntStream.range(0, box.size())
                .mapToObj(b -> {
                    StringBuilder text = new StringBuilder();
                    for (int m = box.firstMark(b); m < box.endMark(b); m++) {
                        text.append(box.rankOfMark(m)).append(box.choice(box.choiceOfMark(m))).append(' ');
                    }
                    return text.toString().trim();
                })
                .toList();
    }

    @Test
    void joiningPartsIntoAReservedBoxGivesTheSameBallotsAsGrowingIt() {
        BallotBox first = box("A,B", "", "C");
        BallotBox second = box("B,C,A", "A");
        BallotBox grown = box("D");
        grown.addAll(first);
        grown.addAll(second);

        BallotBox reserved = box("D");
        reserved.ensureCapacity(first.size() + second.size(), first.markCount() + second.markCount());
        reserved.addAll(first);
        reserved.addAll(second);
        reserved.trimToSize();

        assertThat(ballots(reserved)).isEqualTo(ballots(grown))
                .containsExactly("1D", "1A 2B", "", "1C", "1B 2C 3A", "1A");
        assertThat(reserved.markCount()).isEqualTo(8);
        assertThat(reserved.size()).isEqualTo(6);
    }
}
