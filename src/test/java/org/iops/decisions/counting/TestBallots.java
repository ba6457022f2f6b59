package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers to write ballots and read results tersely in tests. */
public final class TestBallots {

    private final List<Ballot> ballots = new ArrayList<>();

    public static TestBallots ballots() {
        return new TestBallots();
    }

    /** Adds {@code count} ballots ranking {@code choices} in order. */
    public TestBallots times(int count, String... choices) {
        for (int i = 0; i < count; i++) {
            ballots.add(Ballot.of(choices));
        }
        return this;
    }

    public TestBallots add(Ballot ballot) {
        ballots.add(ballot);
        return this;
    }

    public List<Ballot> list() {
        return ballots;
    }

    /** Tally of each candidate in a round, as decimal strings. */
    public static java.util.Map<String, String> tally(Round round) {
        java.util.Map<String, String> result = new java.util.TreeMap<>();
        round.tally().forEach((name, votes) -> result.put(name, votes.toString()));
        return result;
    }

    /** The names of the candidates with the given action in a round. */
    public static List<String> candidates(Round round, RoundAction.Type type) {
        return round.actions().stream().filter(a -> a.type() == type).map(RoundAction::candidate).toList();
    }

    public static String inactive(Round round, InactiveReason reason) {
        return round.inactiveBallots().get(reason).toString();
    }

    public static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    public static List<String> names(String... names) {
        return Arrays.asList(names);
    }

    private TestBallots() {}
}
