package org.iops.polls.core;

import org.iops.polls.PollsTestBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollId;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A poll is counted within a second of its deadline, not at db-scheduler's next look at its table (every 5 s): the
 * node that opened it and every node that reads the deadline in time ({@link DeadlineAlarm}) wake db-scheduler then.
 * That the count still happens once however many wake is {@code PollsTests#twoClosersRacingCountThePollOnce}.
 */
@ApplicationTest
class PollDeadlineTests extends PollsTestBase {

    @Autowired
    PollRepository repository;
    @Autowired
    DeadlineAlarm alarm;

    @Test
    void aPollOpenedHereIsCountedWithinASecondOfItsDeadline() {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Tomar"));
        Instant deadline = clock.instant().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        PollId id = open(fixtures.chapterOf(member), member, deadline);
        voting.cast(id.value(), member, new Choice("YES", null));

        assertCountedWithinASecondOf(id, deadline);
    }

    @Test
    void aDeadlineAnotherNodeScheduledIsWatchedHereToo() {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Viseu"));
        PollId id = open(fixtures.chapterOf(member), member, clock.instant().plus(Duration.ofHours(1)));
        voting.cast(id.value(), member, new Choice("NO", null));
        // as if another node had moved the deadline: this node set no timer for it
        Instant deadline = clock.instant().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("UPDATE polls SET closes_at = ? WHERE id = ?").params(Timestamp.from(deadline), id.value()).update();
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = 'polls-close' AND task_instance = ?")
                .params(Timestamp.from(deadline), id.toString()).update();

        alarm.refresh();

        assertThat(alarm.isSetFor(deadline)).as("the periodic look found it").isTrue();
        assertCountedWithinASecondOf(id, deadline);
    }

    private void assertCountedWithinASecondOf(PollId id, Instant deadline) {
        Poll counted = await().atMost(Duration.between(Instant.now(), deadline).plusSeconds(2))
                .until(() -> repository.find(id.value()).orElseThrow(), Poll::isCounted);
        Instant countedAt = jdbc.sql("SELECT counted_at FROM polls WHERE id = ?").param(id.value())
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(deadline, countedAt)).as("from the deadline to the result")
                .isPositive().isLessThan(Duration.ofSeconds(1));
        assertThat(counted.ballotsCast()).isEqualTo(1);
    }

    private PollId open(UUID chapter, UUID by, Instant deadline) {
        Instant now = clock.instant();
        return polls.open(new PollSpec(new UnitId(chapter), by, "Deadline " + UUID.randomUUID(), "", "en",
                PollType.YES_NO, java.util.List.of(), 1, now, deadline, Secrecy.SECRET, Weighting.DIRECT, Quorum.none(),
                Threshold.simpleMajority(), null));
    }
}
