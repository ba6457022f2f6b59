package org.iops.decisions.counting.cvr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes ballots as a NIST SP 1500-103 cast vote record report in JSON (CDF), the inverse of {@link CdfReader}: one
 * election with one candidate contest, its candidates, and one CVR per ballot with the ballot's rankings, in the
 * layout RCTab itself writes and reads. Ballots are written one by one as they come (Jackson's streaming
 * generator), so a million ballots need no more memory than one.
 *
 * <pre>{@code
 * try (CdfJsonWriter cvr = CdfJsonWriter.open(Files.newOutputStream(file), "Council", List.of("Amara", "Bruno"))) {
 *     ballots.forEach(cvr::write);
 * }
 * }</pre>
 *
 * <p>A ballot with two candidates at one rank is written as two selections at that rank, which readers count as an
 * overvote; a gap between ranks stays a skipped ranking. The explicit marks {@link Ballot#OVERVOTE} and {@link
 * Ballot#UNDECLARED_WRITE_IN}, and names that are not candidates, are refused: a poll's ballots name its options.
 * The contest's name is also its id, as the RCTab configuration's {@code contestId} names it.
 */
public final class CdfJsonWriter implements AutoCloseable {

    private final JsonGenerator json;
    private final Map<String, String> selections = new HashMap<>();
    private long written;

    private CdfJsonWriter(JsonGenerator json, String contest, List<String> candidates) {
        this.json = json;
        for (int i = 0; i < candidates.size(); i++) {
            if (selections.put(candidates.get(i), "s-" + (i + 1)) != null) {
                throw new CountingException(Explanation.of("decisions.error.duplicateOption",
                        Explanation.name(candidates.get(i))), "Candidate \"" + candidates.get(i) + "\" is listed twice");
            }
        }
        json.writeStartObject();
        json.writeStringProperty("@type", "CVR.CastVoteRecordReport");
        json.writeName("Election");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("@id", "election-1");
        json.writeName("Candidate");
        json.writeStartArray();
        for (int i = 0; i < candidates.size(); i++) {
            json.writeStartObject();
            json.writeStringProperty("@id", "c-" + (i + 1));
            json.writeStringProperty("Name", candidates.get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("Contest");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("@id", "contest-1");
        json.writeStringProperty("@type", "CandidateContest");
        json.writeStringProperty("Name", contest);
        json.writeName("ContestSelection");
        json.writeStartArray();
        for (int i = 0; i < candidates.size(); i++) {
            json.writeStartObject();
            json.writeStringProperty("@id", "s-" + (i + 1));
            json.writeName("CandidateIds");
            json.writeStartArray();
            json.writeString("c-" + (i + 1));
            json.writeEndArray();
            json.writeEndObject();
        }
        end("]}]}]");
        json.writeName("GpUnit");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("@id", "gpu-1");
        json.writeStringProperty("Type", "other");
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("CVR");
        json.writeStartArray();
    }

    /**
     * Starts a report on {@code out} (closed with this writer) for a contest of these candidates, in listing order.
     *
     * @throws CountingException if a candidate is listed twice
     */
    public static CdfJsonWriter open(OutputStream out, String contest, List<String> candidates) {
        try {
            return new CdfJsonWriter(JsonTrees.FACTORY.createGenerator(ObjectWriteContext.empty(), out), contest,
                    candidates);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }

    /** Writes the report to {@code file} in one go. */
    public static void write(Path file, String contest, List<String> candidates, Iterable<Ballot> ballots)
            throws IOException {
        try (CdfJsonWriter cvr = open(Files.newOutputStream(file), contest, candidates)) {
            ballots.forEach(cvr::write);
        }
    }

    /**
     * Writes one ballot as one cast vote record.
     *
     * @throws CountingException if the ballot names someone who is not a candidate, or an explicit overvote or
     *     write-in mark
     */
    public void write(Ballot ballot) {
        written++;
        json.writeStartObject();
        json.writeStringProperty("@type", "CVR.CVR");
        json.writeStringProperty("BallotPrePrintedId", Long.toString(written));
        json.writeStringProperty("CurrentSnapshotId", "snapshot-" + written);
        json.writeName("CVRSnapshot");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("@id", "snapshot-" + written);
        json.writeName("CVRContest");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("ContestId", "contest-1");
        json.writeName("CVRContestSelection");
        json.writeStartArray();
        for (Ballot.Mark mark : ballot.marks()) {
            String selection = selections.get(mark.choice());
            if (selection == null) {
                throw new CountingException(Explanation.of("decisions.error.unknownCandidates",
                        Explanation.names(List.of(mark.choice()))),
                        "Ballot " + written + " names \"" + mark.choice() + "\", which is not a candidate");
            }
            json.writeStartObject();
            json.writeStringProperty("ContestSelectionId", selection);
            json.writeName("SelectionPosition");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringProperty("HasIndication", "yes");
            json.writeStringProperty("IsAllocable", "unknown");
            json.writeNumberProperty("NumberVotes", 1);
            json.writeNumberProperty("Rank", mark.rank());
            end("}]}");
        }
        end("]}]}]}");
    }

    /** Closes arrays ({@code ]}) and objects ({@code }}) in the order given. */
    private void end(String closers) {
        for (char closer : closers.toCharArray()) {
            if (closer == ']') {
                json.writeEndArray();
            } else {
                json.writeEndObject();
            }
        }
    }

    /** Ballots written so far. */
    public long written() {
        return written;
    }

    /** Ends the report and closes the output. */
    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
