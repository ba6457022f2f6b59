package org.iops.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a member has been a confirmed member, and whether moderators ever acted against them: what the spam
 * defences and the auto-hiding weigh. Reads the confirmation time from the members' table (the members API does not
 * publish it) and the moderation log.
 */
@Component
public class MemberStanding {

    /** Younger accounts have their links held and a tighter posting rate. */
    public static final Duration NEW_ACCOUNT = Duration.ofDays(7);
    /** A flag counts towards auto-hiding only from a member confirmed this long, in good standing. */
    public static final Duration WEIGHTY_FLAGGER = Duration.ofDays(30);
    /** Content of a member confirmed this long, never acted against, is never auto-hidden. */
    public static final Duration ESTABLISHED = Duration.ofDays(90);

    private final JdbcClient db;
    private final Clock clock;

    MemberStanding(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** When the member confirmed their address; empty for an unconfirmed or deleted account. */
    public Optional<Instant> confirmedAt(UUID member) {
        return db.sql("SELECT email_verified_at FROM member WHERE id = ? AND deleted_at IS NULL")
                .param(member).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public boolean confirmedFor(UUID member, Duration atLeast) {
        return confirmedAt(member).map(at -> !at.isAfter(clock.instant().minus(atLeast))).orElse(false);
    }

    public boolean isNew(UUID member) {
        return !confirmedFor(member, NEW_ACCOUNT);
    }

    /** Whether a moderator ever hid, removed or edited something of theirs, or suspended them (not overturned). */
    public boolean everActedAgainst(UUID member) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM moderation_log l WHERE l.subject_id = ? AND l.action = ANY (?)"
                        + " AND NOT EXISTS (SELECT 1 FROM moderation_log o WHERE o.about = l.id AND o.action = 'APPEAL_OVERTURNED'))")
                .params(member, LogAction.AGAINST_AUTHOR.stream().map(Enum::name).toArray(String[]::new))
                .query(Boolean.class).single();
    }

    /** Whether any suspension or exclusion of theirs is in force now, anywhere. */
    public boolean suspendedAnywhere(UUID member) {
        Timestamp now = Timestamp.from(clock.instant());
        return db.sql("SELECT EXISTS (SELECT 1 FROM moderation_suspension WHERE member_id = ? AND lifted_at IS NULL"
                        + " AND starts_at <= ? AND (ends_at IS NULL OR ends_at > ?))")
                .params(member, now, now).query(Boolean.class).single();
    }

    /** An established member: confirmed {@link #ESTABLISHED} or longer, never acted against. */
    public boolean established(UUID member) {
        return confirmedFor(member, ESTABLISHED) && !everActedAgainst(member);
    }

    /** How many of the member's held items moderators approved: a new member's links pass after three. */
    public long approvals(UUID member) {
        return db.sql("SELECT count(*) FROM moderation_log WHERE subject_id = ? AND action = 'APPROVED'")
                .param(member).query(Long.class).single();
    }
}
