package org.iops.decisions.counting.cvr;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;

/**
 * What a CDF JSON cast vote record means for the contest being counted: the ballot of a record from
 * its current snapshot, the marks of a {@code CVRContest} from its selections and positions. Both
 * record parsers (Jackson's tokens in {@link CdfJsonTokens}, the byte parser in {@link
 * CdfJsonFastRecords}) read the same parts of a record and hand them here, so they give the same
 * ballots and the same errors. Thread-safe: parts of one file are read side by side.
 */
final class CdfJsonBallots {

    private final String file;
    private final CdfContest contest;

    CdfJsonBallots(String file, CdfContest contest) {
        this.file = file;
        this.contest = contest;
    }

    String file() {
        return file;
    }

    /** Adds the ballot of a record read: the marks of its current snapshot. */
    void addRecord(String currentSnapshotId, List<Snapshot> snapshots, BallotBox target) {
        Snapshot current = null;
        for (Snapshot snapshot : snapshots) {
            if (snapshot.id != null && snapshot.id.equals(currentSnapshotId)) {
                current = snapshot;
                break;
            }
        }
        if (current == null) {
            throw new CvrReadException(file + ": a CVR has no snapshot with its CurrentSnapshotId \""
                    + currentSnapshotId + "\"");
        }
        if (!current.hasContests) {
            throw new CvrReadException(file + ": current snapshot \"" + current.id + "\" has no CVRContests");
        }
        if (current.marks == null) {
            // RCTab 2.0.1's JSON reader fails on such a record ("Unknown error. Cannot load file");
            // its XML reader skips it. Refuse rather than count a file RCTab can't read.
            throw new CvrReadException(file + ": a CVR (snapshot \"" + current.id + "\") has no CVRContest for contest \""
                    + contest.objectId() + "\"; RCTab 2.0.1 can't read such a CDF JSON file, so it is refused");
        }
        target.beginBallot();
        for (Mark mark : current.marks) {
            target.addMark(mark.rank, mark.choice);
        }
        target.endBallot();
    }

    /** The marks of a CVRContest read, if it is the contest being counted, else null. */
    List<Mark> marksOf(String contestId, List<RawSelection> raw) {
        if (!contest.objectId().equals(contestId)) {
            return null;
        }
        List<Mark> marks = new ArrayList<>(raw.size());
        for (RawSelection selection : raw) {
            String choice = contest.choiceOf(selection.contestSelectionId);
            if (selection.rank != null) {
                marks.add(new Mark(selection.rank, choice));
                continue;
            }
            for (Position position : selection.positions) {
                // RCTab: a write-in at one position makes this and later positions write-ins
                if (position.writeIn) {
                    choice = Ballot.UNDECLARED_WRITE_IN;
                }
                if (position.noIndication || position.notAllocable) {
                    continue;
                }
                if (position.rank == null) {
                    throw new CvrReadException(file + ": no Rank on a SelectionPosition of contest \"" + contestId + "\"");
                }
                marks.add(new Mark(position.rank, choice));
            }
        }
        return marks;
    }

    record Mark(int rank, String choice) {}

    /** A {@code CVRSnapshot}: its id, whether it has a CVRContest array, the marks of the contest counted. */
    static final class Snapshot {
        String id;
        boolean hasContests;
        List<Mark> marks;
    }

    /** A {@code CVRContestSelection}: a rank of its own or its selection positions. */
    static final class RawSelection {
        String contestSelectionId;
        Integer rank;
        final List<Position> positions = new ArrayList<>(1);
    }

    /** A {@code SelectionPosition}. */
    static final class Position {
        Integer rank;
        boolean noIndication;
        boolean notAllocable;
        boolean writeIn;
    }
}
