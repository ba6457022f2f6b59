package org.iops.proposals.proposing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.polls.PollType;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposals, their versions and supporters, in plain SQL; every list is one indexed query. Every write of what the
 * search index keeps (a new proposal, a new version of its text, its moderation state, its outcome) says so with
 * {@code Contents.changed} in the writing transaction: every path (the forms, accepted amendments, moderation, the
 * clock) goes through here.
 */
@Repository
class ProposalRepository {

    private static final String COLUMNS = "id, unit_id, author_id, title, language, visibility, phase, content_state, "
            + "hidden_reason, version, support_needed, supporters, poll_type, quorum_percent, two_thirds, created_at, "
            + "discussion_ends, voting_ends, poll_id, outcome, outcome_at";

    static final RowMapper<Proposal> PROPOSAL = ProposalRepository::proposal;

    /** One version of the text. */
    record Version(int version, String title, String body, @Nullable UUID editor, @Nullable UUID amendment,
            Instant createdAt) {
    }

    private final JdbcClient db;
    // the content registry is built from the sources, this module's among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    ProposalRepository(JdbcClient db, ObjectProvider<Contents> contents) {
        this.db = db;
        this.contents = contents;
    }

    /** Tells the search index (and whoever keeps a copy of items) that the proposal changed, in this transaction. */
    private void changed(UUID proposal) {
        contents.getObject().changed(new ContentRef(ProposalId.TYPE, proposal));
    }

    Optional<Proposal> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE id = ?").param(id).query(PROPOSAL).optional();
    }

    /** The proposals among {@code ids}, in one query. */
    List<Proposal> all(Collection<UUID> ids) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(PROPOSAL).list();
    }

    /** The proposal, locked for the rest of the transaction: edits, supports and the clock go one after the other. */
    Optional<Proposal> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE id = ? FOR UPDATE").param(id).query(PROPOSAL)
                .optional();
    }

    Optional<Proposal> byPoll(UUID poll) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE poll_id = ?").param(poll).query(PROPOSAL).optional();
    }

    void insert(Proposal p, String body) {
        db.sql("INSERT INTO proposal (id, unit_id, author_id, title, language, visibility, phase, content_state, "
                        + "version, support_needed, poll_type, quorum_percent, two_thirds, created_at, discussion_ends, "
                        + "voting_ends) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.unit(), p.author(), p.title(), p.language(), p.visibility().name(), p.phase().name(),
                        p.contentState().name(), p.supportNeeded(), p.pollType().name(), p.quorumPercent(),
                        p.twoThirds(), ts(p.createdAt()), ts(p.discussionEnds()), ts(p.votingEnds()))
                .update();
        addVersion(p.id(), 1, p.title(), body, p.author(), null, p.createdAt());
    }

    /** Adds a version and makes it the current text (and title). */
    void addVersion(UUID proposal, int version, String title, String body, @Nullable UUID editor,
            @Nullable UUID amendment, Instant at) {
        db.sql("INSERT INTO proposal_version (proposal_id, version, title, body, editor_id, amendment_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)").params(proposal, version, title, body, editor, amendment, ts(at))
                .update();
        db.sql("UPDATE proposal SET version = ?, title = ? WHERE id = ?").params(version, title, proposal).update();
        changed(proposal);
    }

    List<Version> versions(UUID proposal) {
        return db.sql("SELECT version, title, body, editor_id, amendment_id, created_at FROM proposal_version "
                + "WHERE proposal_id = ? ORDER BY version").param(proposal).query(ProposalRepository::version).list();
    }

    Optional<Version> version(UUID proposal, int version) {
        return db.sql("SELECT version, title, body, editor_id, amendment_id, created_at FROM proposal_version "
                        + "WHERE proposal_id = ? AND version = ?").params(proposal, version)
                .query(ProposalRepository::version).optional();
    }

    String body(UUID proposal) {
        return db.sql("SELECT v.body FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id "
                + "AND p.version = v.version WHERE p.id = ?").param(proposal).query(String.class).single();
    }

    /** Adds the member's support; false when they already supported it (the key refuses a second one). */
    boolean support(UUID proposal, UUID member, Instant at) {
        int added = db.sql("INSERT INTO proposal_support (proposal_id, member_id, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(proposal, member, ts(at)).update();
        recount(proposal);
        return added == 1;
    }

    boolean withdrawSupport(UUID proposal, UUID member) {
        int removed = db.sql("DELETE FROM proposal_support WHERE proposal_id = ? AND member_id = ?")
                .params(proposal, member).update();
        recount(proposal);
        return removed == 1;
    }

    boolean supports(UUID proposal, @Nullable UUID member) {
        return member != null && db.sql("SELECT count(*) FROM proposal_support WHERE proposal_id = ? AND member_id = ?")
                .params(proposal, member).query(Long.class).single() > 0;
    }

    List<UUID> supporters(UUID proposal) {
        return db.sql("SELECT member_id FROM proposal_support WHERE proposal_id = ? ORDER BY created_at")
                .param(proposal).query(UUID.class).list();
    }

    private void recount(UUID proposal) {
        db.sql("UPDATE proposal SET supporters = (SELECT count(*) FROM proposal_support WHERE proposal_id = ?) "
                + "WHERE id = ?").params(proposal, proposal).update();
    }

    /** Moves a proposal in discussion to its vote; false when it was not in discussion any more. */
    boolean startVoting(UUID proposal, UUID poll, Instant votingEnds) {
        return db.sql("UPDATE proposal SET phase = 'VOTING', poll_id = ?, voting_ends = ? WHERE id = ? "
                + "AND phase = 'DISCUSSION'").params(poll, ts(votingEnds), proposal).update() == 1;
    }

    /** Records the outcome once: false when the proposal was closed already. */
    boolean close(UUID proposal, ProposalOutcome outcome, Instant at) {
        boolean closed = db.sql("UPDATE proposal SET phase = 'CLOSED', outcome = ?, outcome_at = ? WHERE id = ? "
                + "AND phase <> 'CLOSED'").params(outcome.name(), ts(at), proposal).update() == 1;
        if (closed) {
            changed(proposal);
        }
        return closed;
    }

    /** The new proposal rules (JSON) the proposal puts to the vote, if it does. */
    void putRules(UUID proposal, String rules) {
        db.sql("UPDATE proposal SET rules_change = ?::jsonb WHERE id = ?").params(rules, proposal).update();
    }

    Optional<String> rulesChange(UUID proposal) {
        return db.sql("SELECT rules_change::text FROM proposal WHERE id = ? AND rules_change IS NOT NULL")
                .param(proposal).query(String.class).optional();
    }

    void changeState(UUID proposal, ContentState state, @Nullable String reason) {
        db.sql("UPDATE proposal SET content_state = ?, hidden_reason = ? WHERE id = ?")
                .params(state.name(), reason, proposal).update();
        changed(proposal);
    }

    /** The ids of every proposal, in id order, after {@code after}: for rebuilding the search index. */
    List<UUID> ids(@Nullable UUID after, int limit) {
        return db.sql("SELECT id FROM proposal WHERE ?::uuid IS NULL OR id > ? ORDER BY id LIMIT ?")
                .params(after, after, limit).query(UUID.class).list();
    }

    /** The proposals among {@code ids}, each with its current text, in one query: for rebuilding the search index. */
    List<ProposalText> withTexts(Collection<UUID> ids) {
        return db.sql("SELECT " + COLUMNS + ", (SELECT v.body FROM proposal_version v WHERE v.proposal_id = p.id "
                        + "AND v.version = p.version) AS body FROM proposal p WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> new ProposalText(proposal(rs, n), rs.getString("body"))).list();
    }

    /** A proposal with the text of its current version. */
    record ProposalText(Proposal proposal, String body) {
    }

    /** Proposals whose discussion ended by {@code now}, oldest first, skipping those another node is moving. */
    List<UUID> discussionsDue(Instant now, int limit) {
        return db.sql("SELECT id FROM proposal WHERE phase = 'DISCUSSION' AND discussion_ends <= ? "
                + "ORDER BY discussion_ends LIMIT ?").params(ts(now), limit).query(UUID.class).list();
    }

    /** Proposals still voting whose deadline passed by {@code before}: their poll's result may have been missed. */
    List<Proposal> votesOverdue(Instant before, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE phase = 'VOTING' AND voting_ends <= ? "
                + "ORDER BY voting_ends LIMIT ?").params(ts(before), limit).query(PROPOSAL).list();
    }

    /** A unit's proposals in one phase, newest first, after the keyset cursor when there is one. */
    /**
     * The unit's latest proposals of every phase at once, up to {@code limit} each, in the orders of
     * {@link #ofUnit}: for the unit page's section, one statement instead of one per phase.
     */
    java.util.Map<Proposal.Phase, List<Proposal>> latestOfUnit(UUID unit, int limit) {
        java.util.Map<Proposal.Phase, List<Proposal>> byPhase = new java.util.EnumMap<>(Proposal.Phase.class);
        for (Proposal.Phase phase : Proposal.Phase.values()) {
            byPhase.put(phase, new java.util.ArrayList<>());
        }
        db.sql("(SELECT " + COLUMNS + " FROM proposal WHERE unit_id = :unit AND phase = 'DISCUSSION' "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit) UNION ALL "
                        + "(SELECT " + COLUMNS + " FROM proposal WHERE unit_id = :unit AND phase = 'VOTING' "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit) UNION ALL "
                        + "(SELECT " + COLUMNS + " FROM proposal WHERE unit_id = :unit AND phase = 'CLOSED' "
                        + "ORDER BY outcome_at DESC, id DESC LIMIT :limit)")
                .param("unit", unit).param("limit", limit).query(PROPOSAL).list()
                .forEach(p -> byPhase.get(p.phase()).add(p));
        return byPhase;
    }

    List<Proposal> ofUnit(UUID unit, Proposal.Phase phase, @Nullable Instant before, @Nullable UUID beforeId,
            int limit) {
        if (phase == Proposal.Phase.CLOSED) {
            return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE unit_id = ? AND phase = 'CLOSED' AND "
                            + "(?::timestamptz IS NULL OR (outcome_at, id) < (?::timestamptz, ?::uuid)) ORDER BY outcome_at DESC, id DESC "
                            + "LIMIT ?").params(unit, ts(before), ts(before), beforeId, limit).query(PROPOSAL).list();
        }
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE unit_id = ? AND phase = ? AND "
                        + "(?::timestamptz IS NULL OR (created_at, id) < (?::timestamptz, ?::uuid)) ORDER BY created_at DESC, id DESC "
                        + "LIMIT ?").params(unit, phase.name(), ts(before), ts(before), beforeId, limit)
                .query(PROPOSAL).list();
    }

    List<Proposal> recent(Collection<UUID> units, Instant before, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE unit_id = ANY(?) AND created_at < ? "
                        + "AND content_state = 'PUBLISHED' ORDER BY created_at DESC LIMIT ?")
                .params(units.toArray(UUID[]::new), ts(before), limit).query(PROPOSAL).list();
    }

    List<Proposal> byAuthor(UUID member) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE author_id = ? ORDER BY created_at")
                .param(member).query(PROPOSAL).list();
    }

    /** Erasure: the proposals, versions and amendments stay, by "former member"; the supports go. */
    void forget(UUID member) {
        db.sql("UPDATE proposal SET author_id = NULL WHERE author_id = ?").param(member).update();
        db.sql("UPDATE proposal_version SET editor_id = NULL WHERE editor_id = ?").param(member).update();
        db.sql("UPDATE proposal_amendment SET author_id = NULL WHERE author_id = ?").param(member).update();
        List<UUID> supported = db.sql("DELETE FROM proposal_support WHERE member_id = ? RETURNING proposal_id")
                .param(member).query(UUID.class).list();
        supported.forEach(this::recount);
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Proposal(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getString("title"), rs.getString("language"),
                Visibility.valueOf(rs.getString("visibility")), Proposal.Phase.valueOf(rs.getString("phase")),
                ContentState.valueOf(rs.getString("content_state")), rs.getString("hidden_reason"),
                rs.getInt("version"), rs.getInt("support_needed"), rs.getInt("supporters"),
                PollType.valueOf(rs.getString("poll_type")), rs.getInt("quorum_percent"), rs.getBoolean("two_thirds"),
                instant(rs, "created_at"), instant(rs, "discussion_ends"), instant(rs, "voting_ends"),
                rs.getObject("poll_id", UUID.class), outcome == null ? null : ProposalOutcome.valueOf(outcome),
                instant(rs, "outcome_at"));
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
                rs.getObject("editor_id", UUID.class), rs.getObject("amendment_id", UUID.class),
                instant(rs, "created_at"));
    }
}
