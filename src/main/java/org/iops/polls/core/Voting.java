package org.iops.polls.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.iops.polls.Weighting;
import org.iops.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting a ballot: one member, one ballot. The participation row and the ballot are written in one transaction,
 * each protected by a unique key (the member on the participation, the keyed hash on the ballot), so two submissions
 * at once count once and a second ballot replaces the first (the last one counts). The poll row is share-locked so
 * that closing waits for ballots being written and no ballot lands after the count.
 */
@Service
public class Voting {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECEIPT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final PollRepository polls;
    private final JdbcClient jdbc;
    private final VoterKeys keys;
    private final Clock clock;

    private final Turnouts turnouts;

    Voting(PollRepository polls, JdbcClient jdbc, VoterKeys keys, Clock clock, Turnouts turnouts) {
        this.turnouts = turnouts;
        this.polls = polls;
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Casts (or replaces) the member's ballot and returns its new receipt code. */
    @Transactional
    public String cast(UUID pollId, UUID member, Choice choice) {
        Poll poll = polls.findForBallot(pollId).orElseThrow(() -> new NotFoundException("poll"));
        Instant now = clock.instant();
        if (poll.state() == Poll.State.SCHEDULED || now.isBefore(poll.opensAt())) {
            throw new BallotRefusedException("polls.vote.notYet", 409);
        }
        if (poll.isClosed() || !now.isBefore(poll.closesAt())) {
            throw new BallotRefusedException("polls.vote.closed", 409);
        }
        Optional<Optional<UUID>> onRoll = rollEntry(pollId, member);
        if (onRoll.isEmpty()) {
            throw new BallotRefusedException("polls.vote.notOnRoll", 403);
        }
        UUID chapter = onRoll.get().orElse(null);
        jdbc.sql("INSERT INTO poll_participation (poll_id, member_id, chapter_id) VALUES (?,?,?) ON CONFLICT DO NOTHING")
                .params(pollId, member, chapter).update();
        turnouts.changed(pollId);
        String receipt = receipt();
        jdbc.sql("INSERT INTO poll_ballots (id, poll_id, voter_key, receipt, choice, reason, chapter_id, member_id) "
                        + "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (poll_id, voter_key) DO UPDATE SET "
                        + "receipt = EXCLUDED.receipt, choice = EXCLUDED.choice, reason = EXCLUDED.reason")
                .params(UUID.randomUUID(), pollId, keys.of(pollId, member), receipt, choice.encoded(), choice.reason(),
                        poll.weighting() == Weighting.CHAPTER_WEIGHTED ? chapter : null,
                        poll.isSecret() ? null : member)
                .update();
        return receipt;
    }

    /** Whether the member is on the poll's roll, and whether they have voted: one statement for the poll's page. */
    public Standing standing(UUID pollId, @Nullable UUID member) {
        if (member == null) {
            return new Standing(false, false);
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll_roll WHERE poll_id = ? AND member_id = ?), "
                        + "EXISTS (SELECT 1 FROM poll_participation WHERE poll_id = ? AND member_id = ?)")
                .params(pollId, member, pollId, member)
                .query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    /** A member's standing in a poll: on its roll, and voted. */
    public record Standing(boolean onRoll, boolean voted) {
    }

    /** Whether the member is on the poll's frozen roll. */
    public boolean onRoll(UUID pollId, @Nullable UUID member) {
        return member != null && rollEntry(pollId, member).isPresent();
    }

    /** The member's roll entry (with their chapter then), or empty when they are not on the roll. */
    private Optional<Optional<UUID>> rollEntry(UUID pollId, UUID member) {
        return jdbc.sql("SELECT chapter_id FROM poll_roll WHERE poll_id = ? AND member_id = ?").params(pollId, member)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional();
    }

    /** Twenty random letters and digits in groups of four (100 bits): no one guesses another's code. */
    static String receipt() {
        return receipt(RANDOM);
    }

    /** A receipt code drawn from {@code random} (the demo's seeded one, so the same seed makes the same board). */
    static String receipt(java.util.Random random) {
        StringBuilder code = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_LETTERS[random.nextInt(RECEIPT_LETTERS.length)]);
        }
        return code.toString();
    }
}
