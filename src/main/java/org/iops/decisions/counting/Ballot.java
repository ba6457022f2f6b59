package org.iops.decisions.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One ranked ballot: marks of a choice at a rank. Several marks at one rank are an overvote; a gap
 * between ranks is a skipped ranking.
 */
public final class Ballot {

    /** Choice that stands for an explicit overvote (RCTab's {@code overvoteLabel} after reading). */
    public static final String OVERVOTE = "overvote";
    /** Choice that stands for an undeclared write-in candidate. */
    public static final String UNDECLARED_WRITE_IN = "Undeclared Write-ins";

    private final List<Mark> marks;

    private Ballot(List<Mark> marks) {
        this.marks = List.copyOf(marks);
    }

    /** A ballot ranking {@code choices} first, second, and so on. */
    public static Ballot of(String... choices) {
        List<Mark> marks = new ArrayList<>(choices.length);
        for (int i = 0; i < choices.length; i++) {
            marks.add(new Mark(i + 1, choices[i]));
        }
        return new Ballot(marks);
    }

    /** A ballot with the given marks, in the order they were read. */
    public static Ballot ofMarks(List<Mark> marks) {
        return new Ballot(marks);
    }

    /** Starts a ballot mark by mark. */
    public static Builder builder() {
        return new Builder();
    }

    public List<Mark> marks() {
        return marks;
    }

    @Override
    public String toString() {
        return "Ballot" + marks;
    }

    /**
     * A choice (candidate name, alias, {@link #OVERVOTE} or {@link #UNDECLARED_WRITE_IN}) at a rank.
     *
     * @param rank 1 for the first preference
     * @param choice what the voter marked
     */
    public record Mark(int rank, String choice) {
        public Mark {
            if (rank < 1) {
                throw new CountingException(Explanation.of("decisions.error.rankBelowOne", Explanation.count(rank)),
                        "Rankings must start at 1, but a ballot has rank " + rank);
            }
            Objects.requireNonNull(choice, "choice");
        }
    }

    /** Builds a ballot mark by mark. */
    public static final class Builder {
        private final List<Mark> marks = new ArrayList<>();

        private Builder() {}

        /** Marks {@code choices} at {@code rank} (more than one is an overvote). */
        public Builder rank(int rank, String... choices) {
            for (String choice : choices) {
                marks.add(new Mark(rank, choice));
            }
            return this;
        }

        public Ballot build() {
            return new Ballot(marks);
        }
    }
}
