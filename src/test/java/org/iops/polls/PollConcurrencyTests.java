package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iops.ApplicationTest;
import org.iops.polls.core.Choice;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;

/**
 * One member, one ballot against the real PostgreSQL: 5,000 members on a roll each submit twice at once, from 32
 * threads; exactly 5,000 ballots are counted. Prints ballots per second and the 99th percentile (docs/benchmarks.md).
 */
@ApplicationTest
class PollConcurrencyTests extends PollsTestBase {

    static final int MEMBERS = 5_000;
    static final int THREADS = 32;


    @Test
    void fiveThousandMembersSubmittingTwiceAtOnceCountOnceEach() throws Exception {
        UUID opener = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        PollId poll = polls.open(PollFixtures.spec(fixtures.chapterOf(opener), opener, PollType.YES_NO, List.of(),
                Secrecy.SECRET, clock));
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(UUID.randomUUID());
        }
        jdbc.sql("INSERT INTO poll_roll (poll_id, member_id) SELECT ?, unnest(CAST(? AS uuid[]))")
                .params(poll.value(), members.toArray(UUID[]::new)).update();
        jdbc.sql("UPDATE polls SET roll_size = roll_size + ? WHERE id = ?").params(MEMBERS, poll.value()).update();
        List<Runnable> submissions = new ArrayList<>();
        long[] latencies = new long[2 * MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            UUID member = members.get(i);
            int first = 2 * i;
            submissions.add(() -> latencies[first] = timed(() -> voting.cast(poll.value(), member, answer("YES"))));
            submissions.add(() -> latencies[first + 1] = timed(() -> voting.cast(poll.value(), member, answer("NO"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = submissions.stream().map(pool::submit).collect(java.util.stream.Collectors.toList());
            for (Future<?> submission : running) {
                submission.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("polls benchmark: %d ballots from %d threads in %.2f s: %.0f ballots/s, p50 %.1f ms, p99 %.1f ms%n",
                2 * MEMBERS, THREADS, seconds, 2 * MEMBERS / seconds, latencies[MEMBERS] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6);

        assertThat(count("SELECT count(*) FROM poll_ballots WHERE poll_id = ?", poll)).isEqualTo(MEMBERS);
        assertThat(count("SELECT count(*) FROM poll_participation WHERE poll_id = ?", poll)).isEqualTo(MEMBERS);
        clock.advance(Duration.ofDays(2));
        assertThat(closing.closeIfDue(poll.value())).isTrue();
        assertThat(polls.find(poll).orElseThrow().outcome()).isNotNull();
        assertThat(count("SELECT ballots_cast FROM polls WHERE id = ?", poll)).isEqualTo(MEMBERS);

    }

    private long count(String sql, PollId poll) {
        return jdbc.sql(sql).param(poll.value()).query(Long.class).single();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static Choice answer(String answer) {
        return Choice.read(PollType.YES_NO, 0, Map.of("answer", new String[] {answer}));
    }
}
