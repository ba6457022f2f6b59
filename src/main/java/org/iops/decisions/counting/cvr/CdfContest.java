package org.iops.decisions.counting.cvr;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.decisions.counting.Ballot;

/**
 * What a NIST SP 1500-103 CDF report says about the contest to count: its object id and, for each
 * contest selection, the choice it stands for on a ballot (a candidate name, {@link
 * Ballot#UNDECLARED_WRITE_IN} or {@link Ballot#OVERVOTE}), following RCTab's reading.
 */
final class CdfContest {

    private final String file;
    private final String contestObjectId;
    private final Map<String, Selection> selections;
    private final Map<String, String> candidateNames;
    private final String overvoteLabel;
    private final String undeclaredWriteInLabel;
    // filled by the threads reading parts of one file
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    /** A contest selection as declared: the candidates it names and whether it's a write-in. */
    record Selection(List<String> candidateIds, boolean writeIn) {}

    CdfContest(String file, String contestObjectId, Map<String, Selection> selections,
            Map<String, String> candidateNames, String overvoteLabel, String undeclaredWriteInLabel) {
        this.file = file;
        this.contestObjectId = contestObjectId;
        this.selections = selections;
        this.candidateNames = candidateNames;
        this.overvoteLabel = overvoteLabel;
        this.undeclaredWriteInLabel = undeclaredWriteInLabel;
    }

    String objectId() {
        return contestObjectId;
    }

    /** The ballot choice a contest selection stands for. */
    String choiceOf(String contestSelectionId) {
        String choice = resolved.get(contestSelectionId);
        if (choice == null) {
            choice = resolve(contestSelectionId);
            resolved.put(contestSelectionId, choice);
        }
        return choice;
    }

    private String resolve(String contestSelectionId) {
        Selection selection = selections.get(contestSelectionId);
        if (selection == null) {
            throw new CvrReadException(file + ": ContestSelection \"" + contestSelectionId + "\" from CVR not found");
        }
        if (selection.writeIn()) {
            return Ballot.UNDECLARED_WRITE_IN;
        }
        if (selection.candidateIds().isEmpty()) {
            throw new CvrReadException(file + ": CandidateSelection \"" + contestSelectionId + "\" has no CandidateIds");
        }
        String candidateId = selection.candidateIds().get(0);
        String name = candidateNames.get(candidateId);
        if (name == null) {
            throw new CvrReadException(file + ": CandidateId \"" + candidateId + "\" from ContestSelection \""
                    + contestSelectionId + "\" not found");
        }
        if (!isBlank(overvoteLabel) && name.equals(overvoteLabel)) {
            // RCTab 2.0.1 renames the mark "overvote", then checks the renamed mark against the
            // label: any other label makes it an unrecognized candidate and the contest is refused.
            // The spelling below is refused the same way, and only if a counted mark uses it.
            return overvoteLabel.equals(Ballot.OVERVOTE) ? Ballot.OVERVOTE
                    : "overvote (RCTab 2.0.1 accepts marks of the overvoteLabel only when it is \"overvote\", not \""
                            + overvoteLabel + "\")";
        }
        if (!isBlank(undeclaredWriteInLabel) && name.equals(undeclaredWriteInLabel)) {
            // RCTab 2.0.1 neither counts such a mark as a write-in nor refuses it: it silently
            // counts for nobody. Refuse (as an unrecognized candidate) rather than count it either way.
            return name + " (a candidate named like the undeclaredWriteInLabel: RCTab 2.0.1 counts its marks for "
                    + "no one; mark write-ins with IsWriteIn)";
        }
        return name;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
