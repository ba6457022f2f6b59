package org.iops.decisions.counting.differential;

import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders generated ballots as cast vote record files RCTab reads: NIST SP 1500-103 CDF JSON and XML,
 * and RCTab's generic CSV (one column per candidate, cells hold rank numbers). A ballot is a list of
 * marks {rank, choice, spelling} as {@link RandomContest} draws them.
 */
final class CvrFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_NAME = "Nobody Declared";

    private CvrFiles() {}

    /** The CDF selection id a mark points at. */
    private static String selection(int[] mark) {
        return switch (mark[1]) {
            case RandomContest.OVERVOTE_CHOICE -> "s-over";
            case RandomContest.WRITE_IN_CHOICE -> "s-wi";
            case RandomContest.UNKNOWN_CHOICE -> "s-unknown";
            default -> (mark[2] == 1 ? "s-alias-" : "s-") + mark[1];
        };
    }

    /** Candidates of the CDF election: names, aliases, the overvote label, a write-in and a stranger. */
    private static String[][] cdfCandidates(String[] names, String[] aliases, String overvoteLabel) {
        java.util.List<String[]> list = new java.util.ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            list.add(new String[] {"s-" + c, "c-" + c, names[c], null});
            if (aliases[c] != null) {
                list.add(new String[] {"s-alias-" + c, "c-alias-" + c, aliases[c], null});
            }
        }
        list.add(new String[] {"s-over", "c-over", overvoteLabel, null});
        list.add(new String[] {"s-unknown", "c-unknown", UNKNOWN_NAME, null});
        list.add(new String[] {"s-wi", "c-wi", "Write-in candidate", "true"});
        return list.toArray(String[][]::new);
    }

    /**
     * CDF JSON; {@code recordsFirst} writes the CVR array before the Election section, as RCTab does
     * (the engine then reads the records with its byte parser), and {@code textRanks} writes some
     * ranks as strings (which that parser leaves to Jackson, and both tabulators refuse).
     */
    static String cdfJson(String[] names, String[] aliases, String overvoteLabel, List<List<int[]>> ballots,
            boolean recordsFirst, boolean textRanks) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@type", "CVR.CastVoteRecordReport");
        if (recordsFirst) {
            root.putArray("CVR");
        }
        ObjectNode election = root.putArray("Election").addObject();
        election.put("@id", "election-1");
        ArrayNode candidateList = election.putArray("Candidate");
        ObjectNode contest = election.putArray("Contest").addObject();
        contest.put("@id", "contest-1");
        contest.put("@type", "CandidateContest");
        contest.put("Name", "Council");
        ArrayNode selections = contest.putArray("ContestSelection");
        for (String[] c : cdfCandidates(names, aliases, overvoteLabel)) {
            candidateList.addObject().put("@id", c[1]).put("Name", c[2]);
            ObjectNode selection = selections.addObject().put("@id", c[0]);
            selection.putArray("CandidateIds").add(c[1]);
            if (c[3] != null) {
                selection.put("IsWriteIn", c[3]);
            }
        }
        root.putArray("GpUnit").addObject().put("@id", "gpu-1").put("Type", "other");
        ArrayNode cvrs = recordsFirst ? (ArrayNode) root.get("CVR") : root.putArray("CVR");
        int id = 0;
        for (List<int[]> ballot : ballots) {
            id++;
            ObjectNode cvr = cvrs.addObject();
            cvr.put("BallotPrePrintedId", Integer.toString(id));
            cvr.put("CurrentSnapshotId", "snap-" + id);
            ObjectNode snapshot = cvr.putArray("CVRSnapshot").addObject();
            snapshot.put("@id", "snap-" + id);
            ObjectNode cvrContest = snapshot.putArray("CVRContest").addObject();
            cvrContest.put("ContestId", "contest-1");
            ArrayNode marks = cvrContest.putArray("CVRContestSelection");
            for (int[] mark : ballot) {
                ObjectNode m = marks.addObject();
                m.put("ContestSelectionId", selection(mark));
                ObjectNode position = m.putArray("SelectionPosition").addObject().put("HasIndication", "yes")
                        .put("IsAllocable", "unknown").put("NumberVotes", 1);
                if (textRanks && id % 7 == 0) {
                    position.put("Rank", Integer.toString(mark[0]));
                } else {
                    position.put("Rank", mark[0]);
                }
            }
        }
        return JSON.writeValueAsString(root);
    }

    static String cdfXml(String[] names, String[] aliases, String overvoteLabel, List<List<int[]>> ballots) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<CastVoteRecordReport xmlns=\"NIST_V0_cast_vote_records.xsd\">\n  <Election ObjectId=\"election-1\">\n");
        String[][] candidates = cdfCandidates(names, aliases, overvoteLabel);
        for (String[] c : candidates) {
            xml.append("    <Candidate ObjectId=\"").append(c[1]).append("\"><Name>").append(escape(c[2]))
                    .append("</Name></Candidate>\n");
        }
        xml.append("    <Contest ObjectId=\"contest-1\">\n");
        for (String[] c : candidates) {
            xml.append("      <ContestSelection ObjectId=\"").append(c[0]).append("\"><CandidateIds>").append(c[1])
                    .append("</CandidateIds>").append(c[3] != null ? "<IsWriteIn>true</IsWriteIn>" : "")
                    .append("</ContestSelection>\n");
        }
        xml.append("      <Name>Council</Name>\n    </Contest>\n  </Election>\n");
        // RCTab 2.0.1 refuses a report without these
        xml.append("  <GpUnit ObjectId=\"gpu-1\"><Type>other</Type></GpUnit>\n  <Party ObjectId=\"p-1\"/>\n")
                .append("  <ReportGeneratingDeviceIds>rd-1</ReportGeneratingDeviceIds>\n")
                .append("  <ReportingDevice ObjectId=\"rd-1\"/>\n");
        for (List<int[]> ballot : ballots) {
            xml.append("  <CVR><CurrentSnapshotId>cur</CurrentSnapshotId><CVRSnapshot ObjectId=\"cur\"><CVRContest>")
                    .append("<ContestId>contest-1</ContestId>");
            for (int[] mark : ballot) {
                xml.append("<CVRContestSelection><ContestSelectionId>").append(selection(mark))
                        .append("</ContestSelectionId><SelectionPosition><HasIndication>yes</HasIndication>")
                        .append("<IsAllocable>unknown</IsAllocable><NumberVotes>1</NumberVotes><Rank>").append(mark[0])
                        .append("</Rank></SelectionPosition></CVRContestSelection>");
            }
            xml.append("</CVRContest></CVRSnapshot></CVR>\n");
        }
        return xml.append("</CastVoteRecordReport>\n").toString();
    }

    /**
     * Generic CSV: an id column, then one column per candidate (headed by its alias when it has one,
     * to exercise aliases), then the write-in column when write-ins are counted.
     */
    static String csv(String[] names, String[] aliases, String writeInLabel, List<List<int[]>> ballots) {
        int columns = names.length + (writeInLabel != null ? 1 : 0);
        StringBuilder csv = new StringBuilder(quote("ballot id"));
        for (int c = 0; c < names.length; c++) {
            csv.append(',').append(quote(aliases[c] != null ? aliases[c] : names[c]));
        }
        if (writeInLabel != null) {
            csv.append(',').append(quote(writeInLabel));
        }
        csv.append('\n');
        int id = 0;
        for (List<int[]> ballot : ballots) {
            String[] cells = new String[columns];
            for (int[] mark : ballot) {
                int column = mark[1] == RandomContest.WRITE_IN_CHOICE ? names.length : mark[1];
                if (column >= 0 && column < columns && cells[column] == null) {
                    cells[column] = Integer.toString(mark[0]);
                }
            }
            csv.append("b").append(++id);
            for (String cell : cells) {
                csv.append(',').append(cell == null ? "" : cell);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
