package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iops.ApplicationTest;
import org.iops.content.ContentRef;
import org.iops.polls.core.BallotRefusedException;
import org.iops.polls.core.Choice;
import org.iops.polls.core.PollRepository;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The polls' core: the frozen roll, one ballot per member, the last one counting, closing and counting once. */
@ApplicationTest
@RecordApplicationEvents
class PollsTests extends PollsTestBase {

    @Autowired
    PollRepository repository;
    @Autowired
    ApplicationEvents events;

    @Test
    void freezesTheRollWhenVotingOpensWithItsSizeAndHash() {
        String town = UnitFixtures.unique("Braga");
        UUID first = fixtures.memberIn("PT", town);
        UUID second = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(first);
        PollId id = polls.open(PollFixtures.question(chapter, first, clock));
        UUID late = fixtures.memberIn("PT", town);

        var poll = repository.find(id.value()).orElseThrow();
        assertThat(poll.rollSize()).isEqualTo(2);
        List<String> sorted = List.of(first.toString(), second.toString()).stream().sorted().toList();
        assertThat(poll.rollHash()).isEqualTo(sha256(sorted.get(0) + "\n" + sorted.get(1) + "\n"));
        assertThat(voting.onRoll(id.value(), late)).isFalse();
        assertThatThrownBy(() -> voting.cast(id.value(), late, yes()))
                .isInstanceOfSatisfying(BallotRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("polls.vote.notOnRoll");
                    assertThat(e.status()).isEqualTo(403);
                });
        assertThat(ballots(id)).isZero();
    }

    @Test
    void theLastBallotCountsAndThePollClosesOnceWithItsOutcome() {
        String town = UnitFixtures.unique("Coimbra");
        UUID a = fixtures.memberIn("PT", town);
        UUID b = fixtures.memberIn("PT", town);
        UUID c = fixtures.memberIn("PT", town);
        ContentRef origin = new ContentRef("proposals.proposal", UUID.randomUUID());
        PollSpec base = PollFixtures.question(fixtures.chapterOf(a), a, clock);
        PollId id = polls.open(new PollSpec(base.unit(), a, base.title(), base.description(), "en", PollType.YES_NO,
                List.of(), 1, base.opensAt(), base.closesAt(), Secrecy.SECRET, Weighting.DIRECT, base.quorum(),
                base.threshold(), origin));
        voting.cast(id.value(), a, yes());
        voting.cast(id.value(), b, no());
        voting.cast(id.value(), c, no());
        voting.cast(id.value(), c, yes());

        assertThat(ballots(id)).isEqualTo(3);
        assertThat(closing.closeIfDue(id.value())).as("not before the deadline").isFalse();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThatThrownBy(() -> voting.cast(id.value(), b, yes()))
                .isInstanceOfSatisfying(BallotRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("polls.vote.closed"));
        assertThat(closing.closeIfDue(id.value())).isTrue();
        assertThat(closing.closeIfDue(id.value())).isFalse();

        PollSummary summary = polls.latestFor(origin).orElseThrow();
        assertThat(summary.id()).isEqualTo(id);
        assertThat(summary.outcome()).isEqualTo(PollOutcome.ADOPTED);
        List<PollClosed> closed = events.stream(PollClosed.class).filter(e -> e.poll().equals(id)).toList();
        assertThat(closed).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(PollOutcome.ADOPTED);
            assertThat(event.ballots()).isEqualTo(3);
            assertThat(event.electorate()).isEqualTo(3);
            assertThat(event.origin()).isEqualTo(origin);
        });
    }

    @Test
    void twoClosersRacingCountThePollOnce() throws Exception {
        String town = UnitFixtures.unique("Faro");
        UUID a = fixtures.memberIn("PT", town);
        PollId id = polls.open(PollFixtures.question(fixtures.chapterOf(a), a, clock));
        voting.cast(id.value(), a, yes());
        clock.advance(Duration.ofDays(2));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> close = () -> closing.closeIfDue(id.value());
            List<Future<Boolean>> results = pool.invokeAll(List.of(close, close));
            long counted = results.stream().filter(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(counted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(events.stream(PollClosed.class).filter(e -> e.poll().equals(id)).count()).isEqualTo(1);
        assertThat(repository.find(id.value()).orElseThrow().ballotsCast()).isEqualTo(1);
    }

    @Test
    void aSecretBallotHoldsNoMemberAndAnOpenOneNamesItsVoter() {
        String town = UnitFixtures.unique("Porto");
        UUID a = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(a);
        PollId secret = polls.open(PollFixtures.question(chapter, a, clock));
        PollId open = polls.open(PollFixtures.spec(chapter, a, PollType.YES_NO, List.of(), Secrecy.OPEN, clock));
        voting.cast(secret.value(), a, yes());
        voting.cast(open.value(), a, yes());

        assertThat(jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ? AND member_id IS NULL")
                .param(secret.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT member_id FROM poll_ballots WHERE poll_id = ?").param(open.value())
                .query(UUID.class).single()).isEqualTo(a);
    }

    @Test
    void refusesSpecsItsTypeCannotTake() {
        UUID a = fixtures.memberIn("PT", UnitFixtures.unique("Evora"));
        UUID chapter = fixtures.chapterOf(a);
        assertThatThrownBy(() -> polls.open(PollFixtures.spec(chapter, a, PollType.SINGLE_CHOICE, List.of("Only"),
                Secrecy.SECRET, clock))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> polls.open(PollFixtures.spec(chapter, a, PollType.YES_NO, List.of("Maybe", "Yes"),
                Secrecy.SECRET, clock))).isInstanceOf(IllegalArgumentException.class);
    }

    private long ballots(PollId id) {
        return jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ?").param(id.value()).query(Long.class)
                .single();
    }

    static Choice yes() {
        return Choice.read(PollType.YES_NO, 0, Map.of("answer", new String[] {"YES"}));
    }

    static Choice no() {
        return Choice.read(PollType.YES_NO, 0, Map.of("answer", new String[] {"NO"}));
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
