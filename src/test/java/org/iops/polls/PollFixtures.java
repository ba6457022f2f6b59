package org.iops.polls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.units.UnitId;

/** Poll specs for the tests: a question or a choice put to a unit, open now, closing in a day. */
final class PollFixtures {

    private PollFixtures() {
    }

    static PollSpec spec(UUID unit, UUID by, PollType type, List<String> options, Secrecy secrecy, Clock clock) {
        Instant now = clock.instant();
        return new PollSpec(new UnitId(unit), by, "Question " + UUID.randomUUID(), "What we decide.", "en", type,
                options, 1, now, now.plus(Duration.ofDays(1)), secrecy, Weighting.DIRECT, Quorum.none(),
                Threshold.simpleMajority(), null);
    }

    static PollSpec question(UUID unit, UUID by, Clock clock) {
        return spec(unit, by, PollType.YES_NO, List.of(), Secrecy.SECRET, clock);
    }

    /** The email with that subject to the member ({@code TestMembers}' address), waiting for it to leave. */
    static org.iops.members.Outbox.Mail mail(UUID member, String subject) {
        String address = member + "@example.org";
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> org.iops.members.Outbox.to(address).stream().filter(m -> m.subject().equals(subject))
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
