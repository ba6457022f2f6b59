package org.iops.polls.core;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.content.ContentRef;
import org.iops.decisions.counting.methods.Fraction;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.decisions.counting.methods.VoteBase;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code polls} and {@code poll_options} tables. */
@Repository
public class PollRepository {

    private static final String COLUMNS = "p.id, p.unit_id, p.created_by, p.title, p.description, p.language, p.type, "
            + "p.seats, p.opens_at, p.closes_at, p.secrecy, p.weighting, p.quorum_ballots, p.quorum_numerator, "
            + "p.quorum_denominator, p.threshold_comparison, p.threshold_numerator, p.threshold_denominator, "
            + "p.threshold_base, p.origin, p.state, p.roll_size, p.roll_hash, p.outcome, p.winners, p.ballots_cast, "
            + "p.result, p.board_hash, p.closed_at, p.cancel_cause, p.cancel_reason, p.cancelled_by, "
            + "(SELECT array_agg(o.label ORDER BY o.position) FROM poll_options o WHERE o.poll_id = p.id) AS options";

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, PollSpec spec, Instant now) {
        Fraction quorumShare = spec.quorum().fractionOfElectorate();
        Threshold threshold = spec.threshold();
        jdbc.sql("INSERT INTO polls (id, unit_id, created_by, title, description, language, type, seats, opens_at, "
                        + "closes_at, secrecy, weighting, quorum_ballots, quorum_numerator, quorum_denominator, "
                        + "threshold_comparison, threshold_numerator, threshold_denominator, threshold_base, origin, "
                        + "state, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'SCHEDULED',?)")
                .params(id, spec.unit().value(), spec.createdBy(), spec.title(), spec.description(), spec.language(),
                        spec.type().name(), spec.seats(), Timestamp.from(spec.opensAt()), Timestamp.from(spec.closesAt()),
                        spec.secrecy().name(), spec.weighting().name(), spec.quorum().minimumBallots(),
                        quorumShare == null ? null : quorumShare.numerator(),
                        quorumShare == null ? null : quorumShare.denominator(), threshold.comparison().name(),
                        threshold.fraction().numerator(), threshold.fraction().denominator(), threshold.base().name(),
                        spec.origin() == null ? null : spec.origin().toString(), Timestamp.from(now))
                .update();
        for (int i = 0; i < spec.options().size(); i++) {
            jdbc.sql("INSERT INTO poll_options (poll_id, position, label) VALUES (?,?,?)")
                    .params(id, i, spec.options().get(i)).update();
        }
    }

    public Optional<Poll> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM polls p WHERE p.id = ?").param(id).query(this::poll).optional();
    }

    /** The poll, its row locked against closing while a ballot is written (shared: ballots do not wait on each other). */
    Optional<Poll> findForBallot(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM polls p WHERE p.id = ? FOR SHARE").param(id).query(this::poll)
                .optional();
    }

    Optional<Poll> latestFor(ContentRef origin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM polls p WHERE p.origin = ? ORDER BY p.created_at DESC, p.id LIMIT 1")
                .param(origin.toString()).query(this::poll).optional();
    }

    /** Polls of the unit, open ones first then the latest closed, at most {@code limit}. */
    public List<Poll> ofUnit(UnitId unit, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM polls p WHERE p.unit_id = ? "
                        + "ORDER BY (p.state = 'CLOSED'), p.closes_at DESC, p.id LIMIT ?")
                .params(unit.value(), limit).query(this::poll).list();
    }

    /** Scheduled polls whose voting should have opened by now. */
    List<UUID> dueToOpen(Instant now) {
        return jdbc.sql("SELECT id FROM polls WHERE state = 'SCHEDULED' AND opens_at <= ? ORDER BY opens_at LIMIT 100")
                .param(Timestamp.from(now)).query(UUID.class).list();
    }

    /** Polls past their deadline that have not been counted yet. */
    List<UUID> dueToClose(Instant now) {
        return jdbc.sql("SELECT id FROM polls WHERE state <> 'CLOSED' AND closes_at <= ? ORDER BY closes_at LIMIT 100")
                .param(Timestamp.from(now)).query(UUID.class).list();
    }

    Map<UUID, String> titles(List<UUID> ids) {
        return jdbc.sql("SELECT id, title FROM polls WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Poll poll(ResultSet rs, int row) throws SQLException {
        long quorumNumerator = rs.getLong("quorum_numerator");
        Quorum quorum = rs.wasNull() ? Quorum.ballots(rs.getLong("quorum_ballots"))
                : Quorum.fractionOfElectorate(Fraction.of(quorumNumerator, rs.getLong("quorum_denominator")));
        Threshold threshold = new Threshold(Threshold.Comparison.valueOf(rs.getString("threshold_comparison")),
                Fraction.of(rs.getLong("threshold_numerator"), rs.getLong("threshold_denominator")),
                VoteBase.valueOf(rs.getString("threshold_base")));
        String origin = rs.getString("origin");
        String outcome = rs.getString("outcome");
        long rollSize = rs.getLong("roll_size");
        Long roll = rs.wasNull() ? null : rollSize;
        long cast = rs.getLong("ballots_cast");
        Long ballots = rs.wasNull() ? null : cast;
        Timestamp closed = rs.getTimestamp("closed_at");
        String cause = rs.getString("cancel_cause");
        Poll.Cancellation cancellation = cause == null ? null : new Poll.Cancellation(Poll.Cancellation.Cause.valueOf(cause),
                rs.getString("cancel_reason"), rs.getObject("cancelled_by", UUID.class), closed.toInstant());
        return new Poll(rs.getObject("id", UUID.class), new UnitId(rs.getObject("unit_id", UUID.class)),
                rs.getObject("created_by", UUID.class), rs.getString("title"), rs.getString("description"),
                rs.getString("language"), PollType.valueOf(rs.getString("type")), strings(rs.getArray("options")),
                rs.getInt("seats"), rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                Secrecy.valueOf(rs.getString("secrecy")), Weighting.valueOf(rs.getString("weighting")), quorum,
                threshold, origin == null ? null : ContentRef.parse(origin), Poll.State.valueOf(rs.getString("state")),
                roll, rs.getString("roll_hash"), outcome == null ? null : PollOutcome.valueOf(outcome),
                strings(rs.getArray("winners")), ballots, rs.getString("result"), rs.getString("board_hash"),
                closed == null ? null : closed.toInstant(), cancellation);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
