package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Voting;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What a poll tells its roll, by email in each member's language: that voting opened (everyone on the roll), that it
 * closes soon (only those who have not voted, once), and the result (everyone on the roll); nobody off the roll.
 */
@ApplicationTest
class PollNoticesTests extends PollsTestBase {

    @Test
    void theRollHearsVotingOpenedOnlyNonVotersAreRemindedOnceAndEveryoneHearsTheResultInTheirLanguage() {
        String town = UnitFixtures.unique("Guarda");
        UUID voter = fixtures.memberIn("PT", town);
        UUID german = fixtures.memberIn("PT", town);
        UUID spanish = fixtures.memberIn("PT", town);
        jdbc.sql("UPDATE member SET language = 'de' WHERE id = ?").param(german).update();
        jdbc.sql("UPDATE member SET language = 'es' WHERE id = ?").param(spanish).update();
        UUID elsewhere = fixtures.memberIn("PT", UnitFixtures.unique("Beja"));
        UUID chapter = fixtures.chapterOf(voter);
        Instant now = clock.instant();
        String title = UnitFixtures.unique("A garden on the roof?");
        PollId poll = polls.open(new PollSpec(new UnitId(chapter), voter, title, "Shall we?", "en", PollType.YES_NO,
                List.of(), 1, now, now.plus(Duration.ofDays(3)), Secrecy.SECRET, Weighting.DIRECT,
                org.iops.decisions.counting.methods.Quorum.none(),
                org.iops.decisions.counting.methods.Threshold.simpleMajority(), null));

        assertThat(PollFixtures.mail(voter, "Voting is open: “" + title + "”").text()).contains("voting closes on");
        assertThat(PollFixtures.mail(german, "Abstimmung geöffnet: „" + title + "“").text()).contains("Hallo",
                "Du stehst im Wählerverzeichnis");
        assertThat(PollFixtures.mail(spanish, "Votación abierta: «" + title + "»").text()).contains("Estás en su censo");

        voting.cast(poll.value(), voter, Choice.read(PollType.YES_NO, 0, Map.of("answer", new String[] {"YES"})));
        voting.cast(poll.value(), german, Choice.read(PollType.YES_NO, 0, Map.of("answer", new String[] {"YES"})));
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        closing.remindDue();
        closing.remindDue();
        assertThat(PollFixtures.mail(spanish, "Cierra pronto: «" + title + "»").text()).contains("Aún no has votado");
        assertThat(told(spanish, "polls.closingSoon")).as("reminded once").isEqualTo(1);
        assertThat(told(voter, "polls.closingSoon") + told(german, "polls.closingSoon"))
                .as("those who voted are not reminded").isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(closing.closeIfDue(poll.value())).isTrue();
        assertThat(PollFixtures.mail(german, "Ergebnis: „" + title + "“").text()).contains("ist abgeschlossen: Angenommen");
        assertThat(PollFixtures.mail(spanish, "Resultado: «" + title + "»").text()).contains("Aprobada");
        assertThat(PollFixtures.mail(voter, "Result: “" + title + "”").text()).contains("has closed: Adopted");
        for (String kind : List.of("polls.opened", "polls.closingSoon", "polls.result")) {
            assertThat(told(elsewhere, kind)).as("a member off the roll hears nothing: " + kind).isZero();
        }
        assertThat(told(voter, "polls.opened") + told(voter, "polls.result")).as("once each").isEqualTo(2);
    }

    private long told(UUID member, String kind) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE member_id = ? AND kind = ?").params(member, kind)
                .query(Long.class).single();
    }
}
