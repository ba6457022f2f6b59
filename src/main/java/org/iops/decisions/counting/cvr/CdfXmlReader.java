package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;

/**
 * Streams a CDF XML report with StAX, one CVR element at a time. Reports that list their CVRs
 * before the Election element (Unisyn's do) are read twice: once for the election, once for the
 * records.
 */
final class CdfXmlReader {

    private final CdfSource source;
    private final BallotBox box;
    private final String file;
    private final XMLInputFactory factory;
    private static final List<String> REQUIRED = List.of("CVR", "Election", "ReportGeneratingDeviceIds",
            "ReportingDevice", "Party");

    private CdfContest contest;
    private final Set<String> topLevel = new HashSet<>();

    CdfXmlReader(CdfSource source, BallotBox box) {
        this.source = source;
        this.box = box;
        this.file = source.file().toString();
        this.factory = XMLInputFactory.newInstance();
        // cast vote records need no DTDs or external entities, and must not fetch any
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    void read() {
        try {
            boolean recordsSkipped = scan(true);
            refuseMissingFields();
            if (contest == null) {
                throw new CvrReadException(file + ": no Election in CDF report, or Contest \""
                        + source.contestName() + "\" from config file not found");
            }
            if (recordsSkipped) {
                scan(false);
            }
        } catch (XMLStreamException e) {
            throw new CvrReadException(file + ": malformed CDF XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CvrReadException(file + ": can't read: " + e.getMessage(), e);
        }
    }

    /** Reads the report's top-level elements; returns whether CVRs were skipped for want of the election. */
    private boolean scan(boolean firstPass) throws IOException, XMLStreamException {
        boolean skipped = false;
        try (InputStream in = Files.newInputStream(source.file())) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (depth == 0) {
                        depth++;
                        continue;
                    }
                    String name = reader.getLocalName();
                    topLevel.add(name);
                    if (name.equals("Election") && firstPass) {
                        readElection(XmlElement.read(reader));
                    } else if (name.equals("CVR") && contest != null && (!firstPass || !skipped)) {
                        readRecord(XmlElement.read(reader));
                    } else {
                        skipped |= firstPass && name.equals("CVR");
                        XmlElement.skip(reader);
                    }
                }
            } finally {
                reader.close();
            }
        }
        return skipped;
    }

    // RCTab 2.0.1's checkForEmptyFields refuses a report without these (Unisyn's older format lacks GpUnit)
    private void refuseMissingFields() {
        if (!topLevel.contains("GpUnit")) {
            throw new CvrReadException(file + ": Field \"GPUnit\" missing from CDF CVR file (RCTab 2.0.1 refuses it)");
        }
        List<String> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!topLevel.contains(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new CvrReadException(file + ": required fields are missing from CDF CVR file: " + missing
                    + " (RCTab 2.0.1 refuses it)");
        }
    }

    private void readElection(XmlElement election) {
        Map<String, String> candidateNames = new HashMap<>();
        for (XmlElement candidate : election.children("Candidate")) {
            if (candidateNames.containsKey(candidate.objectId)) {
                throw new CvrReadException(file + ": Candidate \"" + candidate.objectId + "\" appears multiple times");
            }
            candidateNames.put(candidate.objectId, candidate.childText("Name"));
        }
        if (contest != null) {
            return;
        }
        for (XmlElement contestElement : election.children("Contest")) {
            if (source.contestName().equals(contestElement.childText("Name"))) {
                Map<String, CdfContest.Selection> selections = new HashMap<>();
                for (XmlElement selection : contestElement.children("ContestSelection")) {
                    List<String> candidateIds = new ArrayList<>();
                    selection.children("CandidateIds").forEach(c -> candidateIds.add(c.text()));
                    boolean writeIn = "true".equals(selection.childText("IsWriteIn"));
                    if (selections.put(selection.objectId, new CdfContest.Selection(candidateIds, writeIn)) != null) {
                        throw new CvrReadException(file + ": Contest Selection \"" + selection.objectId
                                + "\" appears multiple times");
                    }
                }
                contest = new CdfContest(file, contestElement.objectId, selections, candidateNames,
                        source.overvoteLabel(), source.undeclaredWriteInLabel());
                return;
            }
        }
    }

    private void readRecord(XmlElement cvr) {
        String currentSnapshotId = cvr.childText("CurrentSnapshotId");
        XmlElement snapshot = null;
        for (XmlElement candidate : cvr.children("CVRSnapshot")) {
            if (candidate.objectId != null && candidate.objectId.equals(currentSnapshotId)) {
                snapshot = candidate;
                break;
            }
        }
        if (snapshot == null) {
            return;
        }
        XmlElement cvrContest = null;
        for (XmlElement candidate : snapshot.children("CVRContest")) {
            if (contest.objectId().equals(candidate.childText("ContestId"))) {
                cvrContest = candidate;
                break;
            }
        }
        if (cvrContest == null) {
            // the voter had no say in this contest
            return;
        }
        box.beginBallot();
        for (XmlElement selection : cvrContest.children("CVRContestSelection")) {
            if ("needs-adjudication".equals(selection.childText("Status"))) {
                continue;
            }
            String choice = contest.choiceOf(selection.childText("ContestSelectionId"));
            String selectionRank = selection.childText("Rank");
            if (selectionRank != null) {
                box.addMark(parseRank(selectionRank), choice);
                continue;
            }
            for (XmlElement position : selection.children("SelectionPosition")) {
                // RCTab: a write-in at one position makes this and later positions write-ins
                if (position.child("CVRWriteIn") != null) {
                    choice = Ballot.UNDECLARED_WRITE_IN;
                }
                if ("no".equals(position.childText("HasIndication")) || "no".equals(position.childText("IsAllocable"))) {
                    continue;
                }
                String rank = position.childText("Rank");
                if (rank == null) {
                    throw new CvrReadException(file + ": no Rank found on a CVR for contest \""
                            + contest.objectId() + "\"");
                }
                box.addMark(parseRank(rank), choice);
            }
        }
        box.endBallot();
    }

    private int parseRank(String rank) {
        try {
            return Integer.parseInt(rank.trim());
        } catch (NumberFormatException e) {
            throw new CvrReadException(file + ": Rank \"" + rank + "\" is not a number");
        }
    }
}
