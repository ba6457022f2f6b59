package org.iops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.iops.IopsApplication;
import org.iops.polls.core.BulletinBoard;
import org.iops.polls.core.Closing;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The polls' part of the demo (the same load and context as {@code DemoDataLoaderTests}): every living chapter and
 * branch has polls of every type in the four languages, some open with ballots and some closed, whose stored results
 * and board hashes are what the polls' own count and board make of their ballots in the database.
 */
@SpringBootTest(classes = IopsApplication.class, properties = {"iops.demo.members=3000", "iops.demo.seed=7"})
@Import(DemoDataLoaderTests.LaterModule.class)
class DemoPollsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PollRepository polls;
    @Autowired
    Closing closing;
    @Autowired
    BulletinBoard board;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyLivingUnitHasOpenAndCountedPollsOfEveryTypeInFourLanguages() throws Exception {
        long units = count("SELECT count(DISTINCT unit_id) FROM polls");
        assertThat(count("SELECT count(*) FROM polls p JOIN units u ON u.id = p.unit_id WHERE u.level = 'CHAPTER' "
                + "AND u.name = 'Porto Alegre'")).as("the benchmarks' chapter").isEqualTo(3);
        assertThat(count("SELECT count(DISTINCT p.unit_id) FROM polls p JOIN units u ON u.id = p.unit_id "
                + "WHERE u.level = 'BRANCH'")).as("branches' own polls").isPositive();
        assertThat(count("SELECT count(*) FROM polls p JOIN units u ON u.id = p.unit_id "
                + "WHERE u.status IN ('ARCHIVED', 'MERGED')")).as("no poll in an archived or merged chapter").isZero();
        assertThat(count("SELECT count(*) FROM polls")).isEqualTo(3 * units);
        assertThat(jdbc.sql("SELECT DISTINCT language FROM polls ORDER BY language").query(String.class).list())
                .containsExactly("de", "en", "es", "fr");
        assertThat(count("SELECT count(DISTINCT type) FROM polls")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM polls WHERE state = 'OPEN' AND closes_at > now()")).isEqualTo(units);
        assertThat(count("SELECT count(*) FROM polls p WHERE state = 'OPEN' AND EXISTS "
                + "(SELECT 1 FROM poll_ballots b WHERE b.poll_id = p.id)")).as("open polls with ballots").isPositive();
        assertThat(count("SELECT count(*) FROM polls WHERE weighting = 'CHAPTER_WEIGHTED'")).isPositive();
        assertThat(count("SELECT count(*) FROM poll_participation")).isEqualTo(count("SELECT count(*) FROM poll_ballots"));

        List<UUID> closed = jdbc.sql("SELECT id FROM polls WHERE state = 'CLOSED' ORDER BY type, id").query(UUID.class)
                .list();
        assertThat(closed).hasSize((int) (2 * units));
        for (UUID id : closed.subList(0, Math.min(60, closed.size()))) {
            Poll poll = polls.find(id).orElseThrow();
            Closing.Tally recount = closing.live(poll);
            assertThat(recount.outcome()).as("outcome of " + poll.type()).isEqualTo(poll.outcome());
            assertThat(recount.winners()).isEqualTo(poll.winners());
            assertThat(poll.ballotsCast()).isEqualTo(recount.result().ballots());
            StringBuilder text = new StringBuilder();
            board.write(id, text);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)))).isEqualTo(poll.boardHash());
        }
    }
}
