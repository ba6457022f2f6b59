package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionAndThresholdTest {

    @Test
    void fractionsAreReducedSoEqualSharesAreEqual() {
        assertThat(Fraction.of(4, 6)).isEqualTo(Fraction.TWO_THIRDS);
        assertThat(Fraction.of(new BigDecimal("0.60"))).isEqualTo(Fraction.of(3, 5));
        assertThat(Fraction.of(new BigDecimal("1"))).isEqualTo(Fraction.ALL);
        assertThat(Fraction.TWO_THIRDS).hasToString("2/3");
    }

    @Test
    void rejectsFractionsOutsideZeroToOne() {
        assertThatThrownBy(() -> Fraction.of(3, 2))
                .isInstanceOf(InvalidCountException.class)
                .hasMessage("A fraction must lie between 0 and 1, got 3/2");
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(InvalidCountException.class);
        assertThatThrownBy(() -> Fraction.of(new BigDecimal("-0.5"))).isInstanceOf(InvalidCountException.class);
    }

    @Test
    void requiredSupportIsExactAtTheBoundary() {
        assertThat(Threshold.simpleMajority().requiredFor(10)).isEqualTo(6);
        assertThat(Threshold.simpleMajority().requiredFor(11)).isEqualTo(6);
        assertThat(Threshold.twoThirds().requiredFor(15)).isEqualTo(10);
        assertThat(Threshold.twoThirds().requiredFor(16)).isEqualTo(11);
        assertThat(Threshold.moreThan(Fraction.TWO_THIRDS, VoteBase.FOR_AND_AGAINST).requiredFor(15)).isEqualTo(11);
        assertThat(Threshold.atLeast(Fraction.ALL, VoteBase.FOR_AND_AGAINST).requiredFor(7)).isEqualTo(7);
    }

    @Test
    void rejectsThresholdsThatCanNeverOrAlwaysBeMet() {
        assertThatThrownBy(() -> Threshold.moreThan(Fraction.ALL, VoteBase.FOR_AND_AGAINST))
                .isInstanceOf(InvalidCountException.class)
                .hasMessage("A threshold of more than all votes can never be met");
        assertThatThrownBy(() -> Threshold.atLeast(Fraction.of(0, 1), VoteBase.FOR_AND_AGAINST))
                .isInstanceOf(InvalidCountException.class);
    }

    @Test
    void rejectsANegativeQuorum() {
        assertThatThrownBy(() -> Quorum.ballots(-3))
                .isInstanceOf(InvalidCountException.class)
                .hasMessage("A quorum cannot be negative, got -3");
    }
}
