package org.iops.decisions.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.results.RoundsView.CandidateLine;

/**
 * The geometry of a pass's chart, drawn by {@code decisions/roundChart.jte} as one SVG per round: a bar per
 * candidate still counted, stacked from the votes the candidate already had and the votes transferred in at the
 * start of the round, with the round's threshold as a line. Every round uses the same scale, so bars can be
 * compared from round to round. Coordinates are in the SVG's own units; the SVG scales to the width of the page.
 *
 * @param width  width of each round's drawing
 * @param rounds one drawing per round
 */
public record RoundChart(int width, List<RoundBars> rounds) {

    /** Width of the drawing; bars take at most {@link #BAR_SPACE} of it, the rest is for the figure after a bar. */
    public static final int WIDTH = 400;
    static final int BAR_SPACE = 300;
    static final int ROW = 40;
    static final int BAR_HEIGHT = 14;

    public RoundChart {
        rounds = List.copyOf(rounds);
    }

    /**
     * One round's drawing.
     *
     * @param round      the round's number
     * @param height     height of the drawing
     * @param thresholdX where the threshold line stands
     * @param threshold  the round's threshold
     * @param bars       one bar per candidate counted in the round
     */
    public record RoundBars(int round, int height, double thresholdX, BigDecimal threshold, List<Bar> bars) {

        public RoundBars {
            bars = List.copyOf(bars);
        }

        /** The drawing in words, its text alternative: each bar, then the threshold. */
        public List<Explanation> description() {
            List<Explanation> sentences = new ArrayList<>();
            bars.forEach(bar -> sentences.add(bar.description()));
            sentences.add(Explanation.of("decisions.chart.thresholdText", Explanation.votes(threshold)));
            return sentences;
        }
    }

    /**
     * One candidate's bar.
     *
     * @param name          the candidate
     * @param votes         votes in the round
     * @param transferredIn of which transferred in at the start of the round
     * @param labelY        baseline of the candidate's name
     * @param barY          top of the bar
     * @param keptWidth     width of the part the candidate already had
     * @param inWidth       width of the part transferred in, drawn after the kept part
     */
    public record Bar(String name, BigDecimal votes, BigDecimal transferredIn, int labelY, int barY, double keptWidth,
            double inWidth) {

        /** Where the figure after the bar starts. */
        public double valueX() {
            return keptWidth + inWidth + 6;
        }

        public int valueY() {
            return barY + BAR_HEIGHT - 2;
        }

        /** The bar in words, for the chart's text alternative. */
        public Explanation description() {
            return transferredIn.signum() == 0
                    ? Explanation.of("decisions.chart.bar", Explanation.name(name), Explanation.votes(votes))
                    : Explanation.of("decisions.chart.barWithTransfer", Explanation.name(name), Explanation.votes(votes),
                            Explanation.votes(transferredIn));
        }
    }

    static RoundChart of(List<RoundsView.Round> rounds) {
        BigDecimal max = BigDecimal.ONE;
        for (RoundsView.Round round : rounds) {
            max = max.max(round.threshold());
            for (CandidateLine line : round.candidates()) {
                if (line.counted()) {
                    max = max.max(line.votes());
                }
            }
        }
        List<RoundBars> drawings = new ArrayList<>();
        for (RoundsView.Round round : rounds) {
            List<Bar> bars = new ArrayList<>();
            for (CandidateLine line : round.candidates()) {
                if (!line.counted()) {
                    continue;
                }
                int top = bars.size() * ROW;
                BigDecimal in = line.transferredIn().min(line.votes()).max(BigDecimal.ZERO);
                BigDecimal kept = line.votes().subtract(in);
                bars.add(new Bar(line.name(), line.votes(), in, top + 14, top + 20, scale(kept, max),
                        scale(in, max)));
            }
            drawings.add(new RoundBars(round.number(), Math.max(bars.size(), 1) * ROW + 4,
                    scale(round.threshold(), max), round.threshold(), bars));
        }
        return new RoundChart(WIDTH, drawings);
    }

    private static double scale(BigDecimal votes, BigDecimal max) {
        double scaled = votes.divide(max, MathContext.DECIMAL64).doubleValue() * BAR_SPACE;
        return Math.round(scaled * 10) / 10.0;
    }
}
