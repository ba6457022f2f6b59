package org.iops.decisions.counting.methods;

import java.util.List;
import java.util.stream.Collectors;

/** Sentences shared by the summaries of the seat-filling methods, so all of them read alike. */
final class SeatText {

    private SeatText() {
    }

    /** E.g. "Elected E" or "Nobody elected; [B, D] tie for 1 seat(s), left open (...)". */
    static String elected(List<String> winners, List<TieResolution> ties) {
        StringBuilder text = new StringBuilder(
                winners.isEmpty() ? "Nobody elected" : "Elected " + String.join(", ", winners));
        ties.forEach(tie -> text.append(tie.unresolved()
                ? "; " + tie.tied() + " tie for " + tie.seats() + " seat(s), left open (" + tie.rule() + ")"
                : " (" + tie.tied() + " tied; " + tie.rule() + ")"));
        return text.toString();
    }

    /** E.g. "45 ballots cast, 0 blank." */
    static String ballots(BallotTotals totals) {
        return totals.cast() + " ballots cast, " + totals.blank() + " blank.";
    }

    /** E.g. "E > A > C > B > D" or "B = D > A = C". */
    static String ranking(List<List<String>> places) {
        return places.stream().map(place -> String.join(" = ", place)).collect(Collectors.joining(" > "));
    }
}
