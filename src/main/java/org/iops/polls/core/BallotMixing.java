package org.iops.polls.core;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes away what a secret ballot's place in the table could say. PostgreSQL appends rows in the order they are
 * written, so the newest ballots and the newest participation rows sit at the ends of their tables in the same order.
 * Every sweep (and before counting) the ballots written since the last mix are rewritten, together with as many older
 * ballots picked at random (at least {@code iops.polls.mix-sample}), with fresh random ids, in random order: after it a
 * ballot's place says nothing about when it was cast or whose it is (docs/polls.md, "What each can learn").
 */
@Component
class BallotMixing {

    private final JdbcClient jdbc;
    private final int sample;

    BallotMixing(JdbcClient jdbc, @Value("${iops.polls.mix-sample:100}") int sample) {
        this.jdbc = jdbc;
        this.sample = sample;
    }

    /** Mixes the poll's unmixed ballots; the caller holds the poll row's lock (no ballot is being written). */
    int mix(UUID poll) {
        long fresh = jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ? AND NOT mixed").param(poll)
                .query(Long.class).single();
        if (fresh == 0) {
            return 0;
        }
        return jdbc.sql("""
                WITH picked AS (
                    SELECT id FROM poll_ballots WHERE poll_id = :poll AND NOT mixed
                    UNION ALL
                    (SELECT id FROM poll_ballots WHERE poll_id = :poll AND mixed ORDER BY random() LIMIT :older)
                ), gone AS (
                    DELETE FROM poll_ballots WHERE id IN (SELECT id FROM picked)
                    RETURNING poll_id, voter_key, receipt, choice, reason, chapter_id, member_id
                )
                INSERT INTO poll_ballots (id, poll_id, voter_key, receipt, choice, reason, chapter_id, member_id, mixed)
                SELECT gen_random_uuid(), poll_id, voter_key, receipt, choice, reason, chapter_id, member_id, true
                FROM gone ORDER BY random()""")
                .param("poll", poll).param("older", Math.max(fresh, sample)).update();
    }

    /** Secret polls taking ballots that have unmixed ones. */
    List<UUID> pending() {
        return jdbc.sql("SELECT DISTINCT b.poll_id FROM poll_ballots b JOIN polls p ON p.id = b.poll_id "
                        + "WHERE p.state = 'OPEN' AND p.secrecy = 'SECRET' AND NOT b.mixed").query(UUID.class).list();
    }
}
