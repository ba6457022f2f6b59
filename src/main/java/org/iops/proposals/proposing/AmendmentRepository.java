package org.iops.proposals.proposing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The amendments of the proposals. */
@Repository
class AmendmentRepository {

    private static final String COLUMNS = "id, proposal_id, author_id, base_version, body, reason, state, created_at, "
            + "decided_at";

    private final JdbcClient db;

    AmendmentRepository(JdbcClient db) {
        this.db = db;
    }

    void insert(Amendment a) {
        db.sql("INSERT INTO proposal_amendment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")
                .params(a.id(), a.proposal(), a.author(), a.baseVersion(), a.body(), a.reason(), a.state().name(),
                        ProposalRepository.ts(a.createdAt())).update();
    }

    Optional<Amendment> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal_amendment WHERE id = ?").param(id)
                .query(AmendmentRepository::amendment).optional();
    }

    /** Decides an open amendment once: false when it was decided already. */
    boolean decide(UUID id, Amendment.State state, Instant at) {
        return db.sql("UPDATE proposal_amendment SET state = ?, decided_at = ? WHERE id = ? AND state = 'OPEN'")
                .params(state.name(), ProposalRepository.ts(at), id).update() == 1;
    }

    List<Amendment> of(UUID proposal) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal_amendment WHERE proposal_id = ? ORDER BY created_at")
                .param(proposal).query(AmendmentRepository::amendment).list();
    }

    List<Amendment> byAuthor(UUID member) {
        return db.sql("SELECT " + COLUMNS + " FROM proposal_amendment WHERE author_id = ? ORDER BY created_at")
                .param(member).query(AmendmentRepository::amendment).list();
    }

    private static Amendment amendment(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp decided = rs.getTimestamp("decided_at");
        return new Amendment(rs.getObject("id", UUID.class), rs.getObject("proposal_id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getInt("base_version"), rs.getString("body"),
                rs.getString("reason"), Amendment.State.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant());
    }
}
