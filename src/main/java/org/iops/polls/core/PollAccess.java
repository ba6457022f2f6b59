package org.iops.polls.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.Permissions;
import org.iops.units.UnitActions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a poll (its page, turnout, results, open ballots and bulletin board): the members of its unit (or a
 * unit below it) now, everyone on its roll, and the unit's admins and those above. Visitors and other members get the
 * 404 page, as for a poll that never was. And how many have voted, in all and per chapter.
 */
@Component
public class PollAccess {

    private final PollRepository polls;
    private final Memberships memberships;
    private final Permissions permissions;
    private final Voting voting;
    private final JdbcClient jdbc;
    private final Turnouts turnouts;

    PollAccess(PollRepository polls, Memberships memberships, Permissions permissions, Voting voting, JdbcClient jdbc,
            Turnouts turnouts) {
        this.turnouts = turnouts;
        this.polls = polls;
        this.memberships = memberships;
        this.permissions = permissions;
        this.voting = voting;
        this.jdbc = jdbc;
    }

    /** The poll, when the reader may see it; the 404 page otherwise. */
    @Transactional(readOnly = true)
    public Poll visible(@Nullable UUID reader, UUID id) {
        Poll poll = polls.find(id).orElseThrow(() -> new NotFoundException("poll"));
        if (!maySee(reader, poll)) {
            throw new NotFoundException("poll");
        }
        return poll;
    }

    public boolean maySee(@Nullable UUID reader, Poll poll) {
        return reader != null && (memberships.belongsTo(reader, poll.unit()) || voting.onRoll(poll.id(), reader)
                || permissions.may(reader, UnitActions.ADMINISTER, poll.unit()));
    }

    /** How many voted, per residence chapter (empty: members by choice only), with the roll of each. */
    public List<ChapterTurnout> turnout(UUID poll) {
        Map<Optional<UUID>, Long> voted = turnouts.votedPerChapter(poll, () -> perChapter(
                "SELECT chapter_id, count(*) FROM poll_participation WHERE poll_id = ? GROUP BY chapter_id", poll));
        Map<Optional<UUID>, Long> roll = turnouts.rollPerChapter(poll, () -> perChapter(
                "SELECT chapter_id, count(*) FROM poll_roll WHERE poll_id = ? GROUP BY chapter_id", poll));
        return roll.entrySet().stream()
                .map(e -> new ChapterTurnout(e.getKey().orElse(null), voted.getOrDefault(e.getKey(), 0L), e.getValue()))
                .toList();
    }

    private Map<Optional<UUID>, Long> perChapter(String sql, UUID poll) {
        Map<Optional<UUID>, Long> counted = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).param(poll).query(rs -> {
            counted.put(Optional.ofNullable(rs.getObject(1, UUID.class)), rs.getLong(2));
        });
        return java.util.Collections.unmodifiableMap(counted);
    }

    /** Ballots cast so far. */
    public long ballots(UUID poll) {
        return turnouts.ballots(poll, () -> jdbc.sql("SELECT count(*) FROM poll_participation WHERE poll_id = ?")
                .param(poll).query(Long.class).single());
    }

    /** Turnout in one chapter (null: members by choice only). */
    public record ChapterTurnout(@Nullable UUID chapter, long voted, long roll) {
    }
}
