package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iops.decisions.counting.Explanation;
import org.junit.jupiter.api.Test;

class TieBreakTest {

    private static final List<String> TIED = List.of("Athens", "Berlin", "Cairo", "Dakar");

    @Test
    void reportTieOrdersNothing() {
        assertThat(TieBreak.reportTie().order(TIED)).isNull();
    }

    @Test
    void optionOrderKeepsTheListingOrder() {
        assertThat(TieBreak.optionOrder().order(TIED)).isEqualTo(TIED);
    }

    @Test
    void seededDrawIsTheDocumentedShuffleSoAnyoneCanRedoIt() {
        // Expected orders come from a separate few-line program following the Javadoc's steps
        // (java.util.Random(seed), Fisher-Yates from the last index down). If this test breaks,
        // draws published earlier could no longer be redone.
        assertThat(TieBreak.seededRandom(7).order(TIED)).containsExactly("Athens", "Berlin", "Dakar", "Cairo");
        assertThat(TieBreak.seededRandom(2026).order(TIED)).containsExactly("Athens", "Dakar", "Berlin", "Cairo");
    }

    @Test
    void differentSeedsCanGiveEveryOrder() {
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            orders.add(TieBreak.seededRandom(seed).order(List.of("A", "B", "C")));
        }
        assertThat(orders).hasSize(6);
    }

    @Test
    void describesItselfForTheReport() {
        assertThat(TieBreak.reportTie().describe()).isEqualTo(Explanation.of("decisions.tieBreak.reportTie"));
        assertThat(TieBreak.seededRandom(42).describe())
                .isEqualTo(Explanation.of("decisions.tieBreak.seededRandom", Explanation.name("42")));
    }
}
