package org.iops.decisions.counting.cvr;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.BallotBox;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a CDF JSON {@code CVR} array token by token with Jackson, straight into a {@link BallotBox}:
 * the reference reading of records, used for small reports and wherever the byte parser ({@link
 * CdfJsonFastRecords}) finds a part unusual.
 */
final class CdfJsonTokens {

    private final CdfJsonBallots ballots;

    CdfJsonTokens(CdfJsonBallots ballots) {
        this.ballots = ballots;
    }

    /** Reads the array at the parser's current token (its {@code [}) up to its {@code ]}. */
    void readRecords(JsonParser parser, BallotBox target) {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "CVR");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            readRecord(parser, target);
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "the end of CVR");
    }

    private void readRecord(JsonParser parser, BallotBox target) {
        String currentSnapshotId = null;
        List<CdfJsonBallots.Snapshot> snapshots = new ArrayList<>(1);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("CurrentSnapshotId")) {
                currentSnapshotId = parser.getString();
            } else if (name.equals("CVRSnapshot") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    snapshots.add(readSnapshot(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        ballots.addRecord(currentSnapshotId, snapshots, target);
    }

    private CdfJsonBallots.Snapshot readSnapshot(JsonParser parser) {
        CdfJsonBallots.Snapshot snapshot = new CdfJsonBallots.Snapshot();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("@id")) {
                snapshot.id = parser.getString();
            } else if (name.equals("CVRContest") && value == JsonToken.START_ARRAY) {
                snapshot.hasContests = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    List<CdfJsonBallots.Mark> marks = readCvrContest(parser);
                    if (marks != null && snapshot.marks == null) {
                        snapshot.marks = marks;
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return snapshot;
    }

    /** The marks of a CVRContest if it is the contest being counted, else null. */
    private List<CdfJsonBallots.Mark> readCvrContest(JsonParser parser) {
        String contestId = null;
        List<CdfJsonBallots.RawSelection> raw = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("ContestId")) {
                contestId = parser.getString();
            } else if (name.equals("CVRContestSelection") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    raw.add(readSelection(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        return ballots.marksOf(contestId, raw);
    }

    private CdfJsonBallots.RawSelection readSelection(JsonParser parser) {
        CdfJsonBallots.RawSelection selection = new CdfJsonBallots.RawSelection();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "ContestSelectionId" -> selection.contestSelectionId = parser.getString();
                case "Rank" -> selection.rank = intValue(parser, value);
                case "SelectionPosition" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            selection.positions.add(readPosition(parser));
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return selection;
    }

    private CdfJsonBallots.Position readPosition(JsonParser parser) {
        CdfJsonBallots.Position position = new CdfJsonBallots.Position();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "Rank" -> position.rank = intValue(parser, value);
                case "HasIndication" -> position.noIndication = "no".equals(parser.getString());
                case "IsAllocable" -> position.notAllocable = "no".equals(parser.getString());
                case "CVRWriteIn" -> {
                    position.writeIn = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        return position;
    }

    // RCTab 2.0.1 casts the parsed value to Integer: a rank written as a string, a fraction or null
    // fails its reading of the file, so it is refused here too
    private Integer intValue(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        throw new CvrReadException(ballots.file() + ": Rank " + parser.getString() + " is not a JSON integer; RCTab "
                + "2.0.1 can't read such a CDF JSON file, so it is refused");
    }

    void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new CvrReadException(ballots.file() + ": expected " + expected + " for " + what + " but found "
                    + actual);
        }
    }
}
