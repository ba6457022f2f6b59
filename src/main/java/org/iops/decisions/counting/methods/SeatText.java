package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.iops.decisions.counting.Explanation;

/** Sentences shared by the summaries of the seat-filling methods, so all of them read alike. */
final class SeatText {

    private SeatText() {
    }

    /** E.g. "Elected: E." or "Nobody elected." then "B and D tie for 1 seat, left open (ties are reported...)". */
    static List<Explanation> elected(List<String> winners, List<TieResolution> ties) {
        List<Explanation> sentences = new ArrayList<>();
        sentences.add(winners.isEmpty() ? Explanation.of("decisions.seats.nobodyElected")
                : Explanation.of("decisions.seats.elected", Explanation.names(winners), Explanation.count(winners.size())));
        ties.forEach(tie -> sentences.add(tie.unresolved()
                ? Explanation.of("decisions.tie.unresolved", Explanation.names(tie.tied()),
                        Explanation.count(tie.seats()), Explanation.part(tie.rule()))
                : Explanation.of("decisions.tie.broken", Explanation.names(tie.tied()),
                        Explanation.part(tie.rule()), Explanation.names(tie.seated()))));
        return sentences;
    }

    /** E.g. "45 ballots cast, none blank." */
    static Explanation ballots(BallotTotals totals) {
        return Explanation.of("decisions.ballots.cast", Explanation.count(totals.cast()),
                Explanation.count(totals.blank()));
    }

    /** E.g. "E > A > C > B > D" or "B = D > A = C": option names and symbols, the same in every language. */
    static String ranking(List<List<String>> places) {
        return places.stream().map(place -> String.join(" = ", place)).collect(Collectors.joining(" > "));
    }
}
