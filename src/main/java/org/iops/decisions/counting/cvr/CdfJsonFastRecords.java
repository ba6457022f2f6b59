package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.BallotBox;

/**
 * Reads a part of a CDF JSON {@code CVR} array straight from its bytes, for speed: most of the time
 * Jackson spends on a large report goes to decoding property names and strings the count never
 * uses. This parser reads the same properties as {@link CdfJsonTokens}, builds the same snapshots
 * and selections and hands them to the same {@link CdfJsonBallots}, so the ballots and errors are
 * the same; anything unusual throws {@link JsonByteCursor.Unusual} and the caller reads the part
 * with Jackson instead, which decides and reports exactly as before.
 */
final class CdfJsonFastRecords extends JsonByteCursor {

    private static final byte[] CURRENT_SNAPSHOT_ID = ascii("CurrentSnapshotId");
    private static final byte[] CVR_SNAPSHOT = ascii("CVRSnapshot");
    private static final byte[] ID = ascii("@id");
    private static final byte[] CVR_CONTEST = ascii("CVRContest");
    private static final byte[] CONTEST_ID = ascii("ContestId");
    private static final byte[] CVR_CONTEST_SELECTION = ascii("CVRContestSelection");
    private static final byte[] CONTEST_SELECTION_ID = ascii("ContestSelectionId");
    private static final byte[] RANK = ascii("Rank");
    private static final byte[] SELECTION_POSITION = ascii("SelectionPosition");
    private static final byte[] HAS_INDICATION = ascii("HasIndication");
    private static final byte[] IS_ALLOCABLE = ascii("IsAllocable");
    private static final byte[] CVR_WRITE_IN = ascii("CVRWriteIn");

    private final CdfJsonBallots ballots;
    // reading to the end of the file rather than a range of records
    private final boolean openEnded;
    // the selections of one CVRContest, and their positions: CdfJsonBallots.marksOf reads them and
    // keeps none, so they are reused from one CVRContest to the next
    private final List<CdfJsonBallots.RawSelection> raw = new ArrayList<>();
    private final List<CdfJsonBallots.RawSelection> selections = new ArrayList<>();
    private final List<CdfJsonBallots.Position> positions = new ArrayList<>();
    private int selectionsUsed;
    private int positionsUsed;

    private CdfJsonFastRecords(CdfJsonBallots ballots, FileChannel channel, long from, long to, boolean openEnded) {
        super(channel, from, to);
        this.ballots = ballots;
        this.openEnded = openEnded;
    }

    /**
     * Adds the ballots of the records in {@code range} to {@code target}; {@code first} and {@code
     * last} say whether the range starts with the array's {@code [} and ends with its {@code ]}; the
     * other ends are the commas between records.
     */
    static void read(CdfJsonBallots ballots, Path file, CdfJsonLayout.Range range, boolean first, boolean last,
            BallotBox target) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            new CdfJsonFastRecords(ballots, channel, range.from(), range.to(), false).records(first, last, -1, target);
        }
    }

    /**
     * Adds the ballots of the records from {@code from} on to {@code target}, reading on to the end of
     * the file if need be: up to the record that starts at {@code stopAt} if that is not negative
     * (the record before it must end with a comma right in front of it, else {@link
     * JsonByteCursor.Unusual}), else up to the array's {@code ]}. Returns the offset past the last
     * byte read: {@code stopAt}, or the one past the {@code ]}.
     */
    static long readUpTo(CdfJsonBallots ballots, Path file, long from, boolean first, long stopAt, BallotBox target)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new CdfJsonFastRecords(ballots, channel, from, channel.size(), true)
                    .records(first, stopAt < 0, stopAt, target);
        }
    }

    // In a range, a part that isn't last ends after its last record, before the comma; a last part
    // ends with the ']', with nothing after it. Open-ended, the part ends in front of the record at
    // stopAt, or at the ']' if stopAt is negative; the rest of the file is not read.
    private long records(boolean first, boolean last, long stopAt, BallotBox target) throws IOException {
        refill();
        skipSpace();
        if (first) {
            expect('[');
            skipSpace();
            if (last && peek() == ']') {
                pos++;
                return end();
            }
        }
        while (true) {
            keepMargin();
            skipSpace();
            if (stopAt >= 0 && offset() >= stopAt) {
                if (offset() == stopAt) {
                    return stopAt;
                }
                throw new Unusual(); // stopAt was not where a record starts
            }
            record(target);
            skipSpace();
            if (!openEnded && !last && atEnd()) {
                return offset(); // a part cut before the comma ends after its last record
            }
            byte b = next();
            if (b == ']' && last) {
                return end();
            }
            if (b != ',') {
                throw new Unusual();
            }
        }
    }

    // After the ']': a range must end there; reading to the ']', what follows is the caller's.
    private long end() throws IOException {
        long end = offset();
        if (!openEnded) {
            skipSpace();
            if (!atEnd()) {
                refill();
                skipSpace();
                if (pos != limit) {
                    throw new Unusual();
                }
            }
        }
        return end;
    }

    // ---- the records, as CdfJsonTokens reads them

    private void record(BallotBox target) {
        expect('{');
        String currentSnapshotId = null;
        List<CdfJsonBallots.Snapshot> snapshots = new ArrayList<>(1);
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CURRENT_SNAPSHOT_ID)) {
                    currentSnapshotId = identifier();
                } else if (nameIs(CVR_SNAPSHOT) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            snapshots.add(snapshot());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        ballots.addRecord(currentSnapshotId, snapshots, target);
    }

    private CdfJsonBallots.Snapshot snapshot() {
        expect('{');
        CdfJsonBallots.Snapshot snapshot = new CdfJsonBallots.Snapshot();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(ID)) {
                    snapshot.id = identifier();
                } else if (nameIs(CVR_CONTEST) && peek() == '[') {
                    pos++;
                    snapshot.hasContests = true;
                    if (!arrayEmpty()) {
                        do {
                            List<CdfJsonBallots.Mark> marks = cvrContest();
                            if (marks != null && snapshot.marks == null) {
                                snapshot.marks = marks;
                            }
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return snapshot;
    }

    private List<CdfJsonBallots.Mark> cvrContest() {
        expect('{');
        String contestId = null;
        raw.clear();
        selectionsUsed = 0;
        positionsUsed = 0;
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CONTEST_ID)) {
                    contestId = repeatedIdentifier();
                } else if (nameIs(CVR_CONTEST_SELECTION) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            raw.add(selection());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return ballots.marksOf(contestId, raw);
    }

    private CdfJsonBallots.RawSelection selection() {
        expect('{');
        CdfJsonBallots.RawSelection selection = newSelection();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(CONTEST_SELECTION_ID)) {
                    selection.contestSelectionId = repeatedIdentifier();
                } else if (nameIs(RANK)) {
                    selection.rank = JsonByteScalars.rank(this);
                } else if (nameIs(SELECTION_POSITION) && peek() == '[') {
                    pos++;
                    if (!arrayEmpty()) {
                        do {
                            selection.positions.add(position());
                        } while (nextElement());
                    }
                } else {
                    skipValue();
                }
            } while (nextProperty());
        }
        return selection;
    }

    private CdfJsonBallots.Position position() {
        expect('{');
        CdfJsonBallots.Position position = newPosition();
        if (!objectEmpty()) {
            do {
                name();
                if (nameIs(RANK)) {
                    position.rank = JsonByteScalars.rank(this);
                } else if (nameIs(HAS_INDICATION)) {
                    position.noIndication = isNo();
                } else if (nameIs(IS_ALLOCABLE)) {
                    position.notAllocable = isNo();
                } else {
                    if (nameIs(CVR_WRITE_IN)) {
                        position.writeIn = true;
                    }
                    skipValue();
                }
            } while (nextProperty());
        }
        return position;
    }

    private CdfJsonBallots.RawSelection newSelection() {
        if (selectionsUsed == selections.size()) {
            selections.add(new CdfJsonBallots.RawSelection());
        }
        CdfJsonBallots.RawSelection selection = selections.get(selectionsUsed++);
        selection.contestSelectionId = null;
        selection.rank = null;
        selection.positions.clear();
        return selection;
    }

    private CdfJsonBallots.Position newPosition() {
        if (positionsUsed == positions.size()) {
            positions.add(new CdfJsonBallots.Position());
        }
        CdfJsonBallots.Position position = positions.get(positionsUsed++);
        position.rank = null;
        position.noIndication = false;
        position.notAllocable = false;
        position.writeIn = false;
        return position;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
