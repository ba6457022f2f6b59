package org.iops.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.web.PrivacyWorld.Reader;

/** The decisions part of {@link PrivacySeeds}: a committee query and a poll of X, with who may read them. */
final class PrivacyDecisions {

    private PrivacyDecisions() {
    }

    /** A committee query and a poll of X: both for X's members (and its committee, its roll and admins). */
    static void seed(PrivacySeeds seeds, PrivacyWorld world, UnitFixtures fixtures, Polls polls, Clock clock,
            UUID author, UUID x) throws Exception {
        // a committee query is for the unit's members and its committee: admins get nothing by their role
        fixtures.grant(author, Role.COMMITTEE_MEMBER, x);
        String queryTitle = PrivacyWorld.sentinel();
        String queryBody = PrivacyWorld.sentinel();
        UUID query = seeds.created(author, post("/units/" + x + "/committee/new").param("title", queryTitle)
                .param("body", queryBody + " shall we?").param("language", "en")
                .param("deadline", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7).toString()),
                "/committee/queries/");
        world.item("committee", query, "committee.query:" + query);
        world.add("committee query's title", queryTitle, Set.of(Reader.CHAPTER_MATE));
        world.add("committee query's text", queryBody, Set.of(Reader.CHAPTER_MATE));
        // a poll is for its unit's members, its roll and the unit's admins (docs/polls.md); opened as a proposal does
        String pollTitle = PrivacyWorld.sentinel();
        String pollText = PrivacyWorld.sentinel();
        Instant now = clock.instant();
        UUID poll = polls.open(new PollSpec(new UnitId(x), author, pollTitle, pollText + " a question.", "en",
                PollType.SINGLE_CHOICE, List.of("Tea", "Coffee"), 1, now, now.plus(Duration.ofDays(1)), Secrecy.SECRET,
                Weighting.DIRECT, Quorum.none(), Threshold.simpleMajority(), null)).value();
        world.item("polls", poll, null);
        world.add("poll's title", pollTitle, Reader.X_UNIT);
        world.add("poll's text", pollText, Reader.X_UNIT);
    }
}
