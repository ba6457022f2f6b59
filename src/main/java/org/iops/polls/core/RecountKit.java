package org.iops.polls.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.cvr.CdfJsonWriter;
import org.iops.decisions.counting.rctab.RctabConfigWriter;
import org.iops.polls.PollType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What anyone needs to recount a closed ranked poll: its anonymised ballots as NIST SP 1500-103 CDF JSON cast vote
 * records ({@value #BALLOTS}) and the RCTab 2.0.1 contest configuration that counts them with this poll's rules
 * ({@value #CONTEST}), in one zip. {@code java -jar <platform jar> tally contest.json} and RCTab itself reproduce the
 * published rounds. The ballots are streamed in the order the database returns them, which says nothing about who
 * cast them (see docs/polls.md, "Secrecy").
 */
@Component
public class RecountKit {

    static final String BALLOTS = "ballots.json";
    static final String CONTEST = "contest.json";

    private final JdbcTemplate streaming;

    RecountKit(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    /** Whether the poll has a recount kit: a closed ranked-choice poll (instant runoff or single transferable vote). */
    public static boolean offeredFor(Poll poll) {
        return poll.isCounted() && poll.type() == PollType.RANKED;
    }

    /** Writes the zip for a poll {@link #offeredFor} says has one. */
    public void write(Poll poll, OutputStream out) {
        if (!offeredFor(poll)) {
            throw new IllegalArgumentException("no recount kit for this poll");
        }
        List<String> options = poll.options();
        String contest = "poll-" + poll.id();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(CONTEST));
            zip.write(RctabConfigWriter.json(contest, BALLOTS, RankedCount.rules(poll)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(BALLOTS));
            CdfJsonWriter cvr = CdfJsonWriter.open(new NotClosing(zip), contest, options);
            streaming.query("SELECT choice FROM poll_ballots WHERE poll_id = ?", rs -> {
                List<Integer> order = new Choice(rs.getString(1), null).order();
                cvr.write(Ballot.of(order.stream().map(options::get).toArray(String[]::new)));
            }, poll.id());
            cvr.close();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CDF writer closes its stream when done; the zip's next entry must survive that. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
