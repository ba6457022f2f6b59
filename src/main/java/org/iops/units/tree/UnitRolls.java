package org.iops.units.tree;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.units.Standing;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs to a unit now, kept in memory for pages: a chapter page of 500 members reads its member list, and the
 * residence mates its privacy rule asks about, from here instead of two queries over 500 rows. Each unit's list is
 * read in one query and kept under {@link Standings#generation()} taken before reading, so any change of a
 * membership (on any node) makes it read again; only pages ({@link org.iops.web.PageReads#inProgress()}) use it.
 */
@Component
class UnitRolls {

    /** A unit's current members, and of them those who live there (with the date since when). */
    record Roll(long generation, List<UUID> members, Map<UUID, Instant> residents) {
    }

    private final JdbcClient jdbc;
    private final Standings standings;
    // about 100 bytes a member: bounded to about a million entries in all
    private final Cache<UUID, Roll> kept = Caffeine.newBuilder().maximumWeight(1_000_000)
            .<UUID, Roll>weigher((unit, roll) -> 1 + roll.members().size())
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    UnitRolls(JdbcClient jdbc, Standings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    /** The unit's current members, from memory if nothing changed since they were read. */
    Roll of(UUID unit) {
        long generation = standings.generation();
        Roll known = kept.getIfPresent(unit);
        if (known != null && known.generation() == generation) {
            return known;
        }
        List<UUID> members = new ArrayList<>();
        Map<UUID, Instant> residents = new HashMap<>();
        jdbc.sql("SELECT member_id, kind = 'RESIDENCE', since FROM unit_memberships WHERE unit_id = ? AND until IS NULL")
                .param(unit)
                .query(rs -> {
                    UUID member = rs.getObject(1, UUID.class);
                    members.add(member);
                    if (rs.getBoolean(2)) {
                        residents.put(member, rs.getTimestamp(3).toInstant());
                    }
                });
        Roll read = new Roll(generation, List.copyOf(members), Map.copyOf(residents));
        kept.put(unit, read);
        return read;
    }

    /**
     * Of {@code members}, those who live in a chapter where {@code reader} has lived since {@code livedThereSince}
     * or earlier: the reader's chapters come from their standing, each chapter's residents from its kept roll.
     */
    Set<UUID> residenceMatesAmong(Standing reader, Collection<UUID> members, Instant livedThereSince,
            UnitTreeCache.Snapshot tree) {
        Set<UUID> mates = new HashSet<>();
        for (Standing.Membership membership : reader.memberships()) {
            @Nullable Unit unit = tree.byId().get(membership.unit().value());
            if (unit == null || !unit.isChapter()) {
                continue;
            }
            Map<UUID, Instant> residents = of(unit.id()).residents();
            Instant since = residents.get(reader.member());
            if (since != null && !since.isAfter(livedThereSince)) {
                for (UUID member : members) {
                    if (residents.containsKey(member)) {
                        mates.add(member);
                    }
                }
            }
        }
        return mates;
    }
}
