package org.iops.decisions.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ballots packed for counting large elections: each mark is one {@code int} (rank in the high 16
 * bits, index of the choice string in the low 16 bits), so a million ballots with ten rankings take
 * about 44 MB. Choice strings are stored once.
 *
 * <p>Ballots are added mark by mark ({@link #beginBallot()}, {@link #addMark(int, String)}, {@link
 * #endBallot()}) or whole ({@link #add(Ballot)}). Within a ballot the marks are kept sorted by rank;
 * marks sharing a rank stay in the order they were added, as RCTab keeps them.
 *
 * <p>A ballot may stand for several identical ones ({@link #endBallot(int)}): a poll of a million ballots over four
 * options has at most 64 different rankings, so it is counted as at most 64 weighted ballots. Identical ballots go
 * the same way in every round and keep the same value at each transfer, so a ballot of weight {@code n} adds to every
 * sum exactly what {@code n} copies of it add, and the count comes out the same.
 */
public final class BallotBox {

    private static final int MAX_RANK = 0x7FFF;
    private static final int MAX_CHOICES = 0xFFFF;

    private final Map<String, Integer> choiceIndex = new HashMap<>();
    private final List<String> choices = new ArrayList<>();
    private int[] offsets = new int[1024];
    private int[] marks = new int[4096];
    // how many identical ballots each stands for; null while every ballot stands for one
    private int[] weights;
    private long totalWeight;
    private int ballotCount;
    private int markCount;
    private int openBallotStart = -1;
    private int highestRank;

    /** Starts a new ballot; marks added until {@link #endBallot()} belong to it. */
    public void beginBallot() {
        if (openBallotStart >= 0) {
            throw new IllegalStateException("previous ballot not ended");
        }
        openBallotStart = markCount;
    }

    /** Adds a mark to the open ballot. */
    public void addMark(int rank, String choice) {
        if (openBallotStart < 0) {
            throw new IllegalStateException("no open ballot");
        }
        if (rank < 1) {
            throw new CountingException(Explanation.of("decisions.error.rankBelowOne", Explanation.count(rank)),
                    "Rankings must start at 1, but a ballot has rank " + rank);
        }
        if (rank > MAX_RANK) {
            throw new CountingException(Explanation.of("decisions.error.rankTooHigh", Explanation.count(rank),
                    Explanation.count(MAX_RANK)), "Rank " + rank + " is larger than the supported " + MAX_RANK);
        }
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[markCount++] = (rank << 16) | indexOf(choice);
        highestRank = Math.max(highestRank, rank);
    }

    /** Ends the open ballot. */
    public void endBallot() {
        endBallot(1);
    }

    /** Ends the open ballot, which stands for {@code weight} identical ballots (at least one). */
    public void endBallot(int weight) {
        if (openBallotStart < 0) {
            throw new IllegalStateException("no open ballot");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("a ballot stands for at least one, not " + weight);
        }
        sortByRankKeepingOrder(openBallotStart, markCount);
        if (ballotCount + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (weight != 1 && weights == null) {
            weights = new int[offsets.length];
            Arrays.fill(weights, 0, ballotCount, 1);
        }
        if (weights != null) {
            if (weights.length < offsets.length) {
                weights = Arrays.copyOf(weights, offsets.length);
            }
            weights[ballotCount] = weight;
        }
        totalWeight += weight;
        ballotCount++;
        offsets[ballotCount] = markCount;
        openBallotStart = -1;
    }

    /** Adds a whole ballot. */
    public void add(Ballot ballot) {
        beginBallot();
        for (Ballot.Mark mark : ballot.marks()) {
            addMark(mark.rank(), mark.choice());
        }
        endBallot();
    }

    /** Packs a list of ballots. */
    public static BallotBox of(List<Ballot> ballots) {
        BallotBox box = new BallotBox();
        ballots.forEach(box::add);
        return box;
    }

    /** Number of ballots as stored (a weighted ballot is one). */
    public int size() {
        return ballotCount;
    }

    /** How many identical ballots ballot {@code ballot} stands for (1 unless it was ended with a weight). */
    public int weight(int ballot) {
        return weights == null ? 1 : weights[ballot];
    }

    /** Whether some ballot stands for more than one. */
    public boolean isWeighted() {
        return weights != null;
    }

    /** Number of ballots counted: the sum of the weights. */
    public long totalWeight() {
        return totalWeight;
    }

    /** Index of the first mark of ballot {@code ballot}. */
    public int firstMark(int ballot) {
        return offsets[ballot];
    }

    /** Index after the last mark of ballot {@code ballot}. */
    public int endMark(int ballot) {
        return offsets[ballot + 1];
    }

    public int rankOfMark(int mark) {
        return marks[mark] >>> 16;
    }

    public int choiceOfMark(int mark) {
        return marks[mark] & 0xFFFF;
    }

    /** Whether some ballot carries {@code choice}. */
    public boolean hasChoice(String choice) {
        return choiceIndex.containsKey(choice);
    }

    /** Number of distinct choice strings seen. */
    public int choiceCount() {
        return choices.size();
    }

    /** The choice string with index {@code choice}. */
    public String choice(int choice) {
        return choices.get(choice);
    }

    /** Highest rank on any ballot (0 if there are no marks). */
    public int highestRank() {
        return highestRank;
    }

    /** Number of marks of each choice, by choice index. */
    public int[] markCountsByChoice() {
        int[] counts = new int[choices.size()];
        for (int b = 0; b < ballotCount; b++) {
            for (int i = offsets[b]; i < offsets[b + 1]; i++) {
                counts[marks[i] & 0xFFFF] += weight(b);
            }
        }
        return counts;
    }

    /**
     * Appends the ballots of {@code other} after this box's, as if they had been added here one by
     * one: parts of a file read in parallel are joined in file order, so the result is the same as
     * reading it in one go.
     */
    public void addAll(BallotBox other) {
        if (openBallotStart >= 0 || other.openBallotStart >= 0) {
            throw new IllegalStateException("a ballot is still open");
        }
        if (weights != null || other.weights != null) {
            int[] joined = new int[Math.max(offsets.length, ballotCount + other.ballotCount + 1)];
            for (int b = 0; b < ballotCount; b++) {
                joined[b] = weight(b);
            }
            for (int b = 0; b < other.ballotCount; b++) {
                joined[ballotCount + b] = other.weight(b);
            }
            weights = joined;
        }
        totalWeight += other.totalWeight;
        int[] remap = new int[other.choices.size()];
        for (int c = 0; c < remap.length; c++) {
            remap[c] = indexOf(other.choices.get(c));
        }
        if (markCount + other.markCount > marks.length) {
            marks = Arrays.copyOf(marks, Math.max(marks.length * 2, markCount + other.markCount));
        }
        for (int i = 0; i < other.markCount; i++) {
            int mark = other.marks[i];
            marks[markCount + i] = (mark & 0xFFFF0000) | remap[mark & 0xFFFF];
        }
        if (ballotCount + other.ballotCount + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, ballotCount + other.ballotCount + 1));
        }
        for (int b = 1; b <= other.ballotCount; b++) {
            offsets[ballotCount + b] = markCount + other.offsets[b];
        }
        ballotCount += other.ballotCount;
        markCount += other.markCount;
        highestRank = Math.max(highestRank, other.highestRank);
    }

    /**
     * Makes room for {@code moreBallots} more ballots with {@code moreMarks} more marks in all, so
     * that adding them allocates nothing (parts read in parallel are joined into a box of their
     * exact size, and {@link #trimToSize()} then has nothing to copy).
     */
    public void ensureCapacity(int moreBallots, int moreMarks) {
        if (markCount + moreMarks > marks.length) {
            marks = Arrays.copyOf(marks, markCount + moreMarks);
        }
        if (ballotCount + moreBallots + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, ballotCount + moreBallots + 1);
        }
        if (weights != null && weights.length < offsets.length) {
            weights = Arrays.copyOf(weights, offsets.length);
        }
    }

    /** Number of marks on all ballots. */
    public int markCount() {
        return markCount;
    }

    /** Releases spare capacity once all ballots are in. */
    public void trimToSize() {
        if (marks.length != markCount) {
            marks = Arrays.copyOf(marks, markCount);
        }
        if (offsets.length != ballotCount + 1) {
            offsets = Arrays.copyOf(offsets, ballotCount + 1);
        }
        if (weights != null && weights.length != ballotCount + 1) {
            weights = Arrays.copyOf(weights, ballotCount + 1);
        }
    }

    private int indexOf(String choice) {
        Integer index = choiceIndex.get(choice);
        if (index == null) {
            if (choices.size() > MAX_CHOICES) {
                throw new CountingException(Explanation.of("decisions.error.tooManyChoices", Explanation.count(MAX_CHOICES)),
                        "More than " + MAX_CHOICES + " distinct choices on ballots");
            }
            index = choices.size();
            choices.add(choice);
            choiceIndex.put(choice, index);
        }
        return index;
    }

    // Insertion sort: ballots are short and usually already in rank order.
    private void sortByRankKeepingOrder(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int mark = marks[i];
            int rank = mark >>> 16;
            int j = i - 1;
            while (j >= from && (marks[j] >>> 16) > rank) {
                marks[j + 1] = marks[j];
                j--;
            }
            marks[j + 1] = mark;
        }
    }
}
