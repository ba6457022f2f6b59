package org.iops.committee.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.content.Contents;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code committee_query}, {@code committee_answer} and {@code committee_step} tables. */
@Repository
public class QueryRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, unit_id, author_id, title, body, language, created_at, deadline, status, "
            + "procedure::text AS procedure, procedure_version, token_key, poll_id, poll_winner, runoff_poll_id, closed_at";

    /** One committee member's answer (member null once their account was deleted). */
    public record AnswerRow(@Nullable UUID member, @Nullable Answer answer, String reason, @Nullable Instant answeredAt,
            @Nullable String via) {
    }

    /** One step of a query's history. */
    public record Step(Instant at, String kind, @Nullable UUID member, List<String> detail) {
    }

    private final JdbcClient jdbc;
    // the content registry is built from the sources, this module's among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    QueryRepository(JdbcClient jdbc, ObjectProvider<Contents> contents) {
        this.jdbc = jdbc;
        this.contents = contents;
    }

    void insert(Query query, List<UUID> committee) {
        jdbc.sql("INSERT INTO committee_query (id, unit_id, author_id, title, body, language, created_at, deadline, "
                + "status, procedure, procedure_version, token_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
                .params(query.id(), query.unit().value(), query.author(), query.title(), query.body(), query.language(),
                        Timestamp.from(query.createdAt()), Timestamp.from(query.deadline()), query.status().name(),
                        JSON.writeValueAsString(query.procedures()), query.procedureVersion(), query.tokenKey())
                .update();
        for (UUID member : committee) {
            jdbc.sql("INSERT INTO committee_answer (id, query_id, member_id) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), query.id(), member).update();
        }
        // a query's text never changes once circulated: its search entry is written once, here
        contents.getObject().changed(query.ref());
    }

    public Optional<Query> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_query WHERE id = ?").param(id).query(QueryRepository::query)
                .optional();
    }

    /** The queries among {@code ids}, in one query: for rebuilding the search index. */
    List<Query> all(Collection<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_query WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(QueryRepository::query).list();
    }

    /** Every query's id, in id order, after {@code after}: for rebuilding the search index. */
    List<UUID> ids(@Nullable UUID after, int limit) {
        return jdbc.sql("SELECT id FROM committee_query WHERE ?::uuid IS NULL OR id > ? ORDER BY id LIMIT ?")
                .params(after, after, limit).query(UUID.class).list();
    }

    Optional<Query> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_query WHERE id = ? FOR UPDATE").param(id)
                .query(QueryRepository::query).optional();
    }

    Optional<Query> byPoll(UUID poll) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_query WHERE poll_id = ? OR runoff_poll_id = ? FOR UPDATE")
                .params(poll, poll).query(QueryRepository::query).optional();
    }

    /** A page of the unit's queries, newest first, before the one given (keyset), or from the newest. */
    public List<Query> inUnit(UnitId unit, @Nullable Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_query WHERE unit_id = ? AND created_at < ? "
                + "ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(unit.value(), Timestamp.from(before == null ? Instant.parse("9999-01-01T00:00:00Z") : before),
                        limit)
                .query(QueryRepository::query).list();
    }

    /** Open queries whose deadline passed, locked for the one node that closes them. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM committee_query WHERE status = 'OPEN' AND deadline <= ? ORDER BY deadline "
                + "LIMIT ? FOR UPDATE SKIP LOCKED").params(Timestamp.from(now), limit).query(UUID.class).list();
    }

    /** Moves the query from one status to another; false when it was not in {@code from} (someone else moved it). */
    boolean move(UUID id, QueryStatus from, QueryStatus to, @Nullable Instant closedAt) {
        return jdbc.sql("UPDATE committee_query SET status = ?, closed_at = coalesce(?, closed_at) WHERE id = ? AND status = ?")
                .params(to.name(), closedAt == null ? null : Timestamp.from(closedAt), id, from.name()).update() == 1;
    }

    void escalated(UUID id, UUID poll) {
        jdbc.sql("UPDATE committee_query SET poll_id = ? WHERE id = ?").params(poll, id).update();
    }

    void polled(UUID id, @Nullable String winner) {
        jdbc.sql("UPDATE committee_query SET poll_winner = ? WHERE id = ?").params(winner, id).update();
    }

    void runoff(UUID id, UUID poll) {
        jdbc.sql("UPDATE committee_query SET runoff_poll_id = ? WHERE id = ?").params(poll, id).update();
    }

    public List<AnswerRow> answers(UUID query) {
        return jdbc.sql("SELECT member_id, answer, reason, answered_at, via FROM committee_answer WHERE query_id = ? "
                + "ORDER BY answered_at NULLS LAST, id").param(query)
                .query((rs, n) -> new AnswerRow(rs.getObject("member_id", UUID.class), answer(rs.getString("answer")),
                        rs.getString("reason"), instant(rs, "answered_at"), rs.getString("via")))
                .list();
    }

    /** Whether the member is on the query's committee (was when it was circulated). */
    public boolean asked(UUID query, UUID member) {
        return jdbc.sql("SELECT count(*) FROM committee_answer WHERE query_id = ? AND member_id = ?")
                .params(query, member).query(Long.class).single() > 0;
    }

    /** Records (or changes) the member's answer; false when they are not on the query's committee. */
    boolean answer(UUID query, UUID member, Answer answer, String reason, Instant at, String via) {
        return jdbc.sql("UPDATE committee_answer SET answer = ?, reason = ?, answered_at = ?, via = ? "
                + "WHERE query_id = ? AND member_id = ?")
                .params(answer.name(), reason, Timestamp.from(at), via, query, member).update() == 1;
    }

    /** At the deadline: those who did not answer are recorded as not replying. */
    int noReplies(UUID query, Instant at) {
        return jdbc.sql("UPDATE committee_answer SET answer = 'NO_REPLY', answered_at = ?, via = 'DEADLINE' "
                + "WHERE query_id = ? AND answer IS NULL").params(Timestamp.from(at), query).update();
    }

    void step(UUID query, Instant at, String kind, @Nullable UUID member, String... detail) {
        jdbc.sql("INSERT INTO committee_step (query_id, at, kind, member_id, detail) VALUES (?, ?, ?, ?, ?)")
                .params(query, Timestamp.from(at), kind, member, detail).update();
    }

    public List<Step> steps(UUID query) {
        return jdbc.sql("SELECT at, kind, member_id, detail FROM committee_step WHERE query_id = ? ORDER BY id")
                .param(query)
                .query((rs, n) -> new Step(instant(rs, "at"), rs.getString("kind"), rs.getObject("member_id", UUID.class),
                        Arrays.asList((String[]) rs.getArray("detail").getArray())))
                .list();
    }

    private static Query query(ResultSet rs, int row) throws SQLException {
        Integer version = (Integer) rs.getObject("procedure_version");
        return new Query(rs.getObject("id", UUID.class), new UnitId(rs.getObject("unit_id", UUID.class)),
                rs.getObject("author_id", UUID.class), rs.getString("title"), rs.getString("body"),
                rs.getString("language"), instant(rs, "created_at"), instant(rs, "deadline"),
                QueryStatus.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("procedure"), CommitteeProcedures.class), version, rs.getBytes("token_key"),
                rs.getObject("poll_id", UUID.class), rs.getString("poll_winner"),
                rs.getObject("runoff_poll_id", UUID.class), instant(rs, "closed_at"));
    }

    private static @Nullable Answer answer(@Nullable String name) {
        return name == null ? null : Answer.valueOf(name);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
