package org.iops.polls.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.units.Memberships;
import org.iops.units.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The electorate frozen when voting opens: the unit's members at {@code opensAt} ({@link Memberships}), each with
 * their residence chapter then. Its size and the SHA-256 hash of the sorted member ids (one per line, lower case) are
 * kept with the poll and shown on its page; every later change (a member erased) is logged without naming anyone.
 */
@Component
public class Roll {

    private final JdbcClient jdbc;
    private final Memberships memberships;

    private final Turnouts turnouts;

    Roll(JdbcClient jdbc, Memberships memberships, Turnouts turnouts) {
        this.turnouts = turnouts;
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    /** Freezes the roll of a scheduled poll and opens it; false when another node opened it first. */
    boolean open(UUID poll, UnitId unit, Instant opensAt) {
        if (jdbc.sql("UPDATE polls SET state = 'OPEN' WHERE id = ? AND state = 'SCHEDULED'").param(poll).update() == 0) {
            return false;
        }
        Map<UUID, Optional<UnitId>> members = memberships.residenceChaptersAt(unit, opensAt);
        List<UUID> ids = new ArrayList<>(members.keySet());
        UUID[] chapters = ids.stream().map(id -> members.get(id).map(UnitId::value).orElse(null)).toArray(UUID[]::new);
        jdbc.sql("INSERT INTO poll_roll (poll_id, member_id, chapter_id) SELECT ?, m, c FROM unnest(?::uuid[], ?::uuid[]) AS r(m, c)")
                .params(poll, ids.toArray(UUID[]::new), chapters).update();
        jdbc.sql("UPDATE polls SET roll_size = ?, roll_hash = ? WHERE id = ?").params(ids.size(), hash(ids), poll).update();
        turnouts.changed(poll);
        return true;
    }

    /** SHA-256 of the member ids, sorted, one per line: anyone given the roll can check it. */
    static String hash(List<UUID> members) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            members.stream().map(UUID::toString).sorted()
                    .forEach(id -> digest.update((id + "\n").getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Members on the roll per chapter (empty: members by choice only, or a direct poll's whole roll). */
    Map<Optional<UUID>, Long> perChapter(UUID poll) {
        return jdbc.sql("SELECT chapter_id, count(*) FROM poll_roll WHERE poll_id = ? GROUP BY chapter_id").param(poll)
                .query((rs, n) -> Map.entry(Optional.ofNullable(rs.getObject(1, UUID.class)), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A member's erasure takes them off every roll they were on; each poll's log says so, naming nobody. */
    void erase(UUID member, Instant at) {
        List<UUID> polls = jdbc.sql("DELETE FROM poll_roll WHERE member_id = ? RETURNING poll_id").param(member)
                .query(UUID.class).list();
        for (UUID poll : polls) {
            turnouts.changed(poll);
            jdbc.sql("INSERT INTO poll_roll_changes (poll_id, changed_at, change, roll_size) "
                            + "SELECT ?, ?, 'ERASED', count(*) FROM poll_roll WHERE poll_id = ?")
                    .params(poll, Timestamp.from(at), poll).update();
        }
    }

    /** The poll's log since its roll was frozen, oldest first. */
    public List<Change> changes(UUID poll) {
        return jdbc.sql("SELECT changed_at, change, roll_size, detail FROM poll_roll_changes WHERE poll_id = ? "
                        + "ORDER BY changed_at")
                .param(poll).query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    /**
     * One change: when, what ({@code ERASED}: a member on the roll was erased; {@code MERGED}: the poll moved with its
     * chapter, {@code detail}, merged into the one it is in now), and how many were on the roll after it.
     */
    public record Change(Instant at, String change, long rollSize, @org.jspecify.annotations.Nullable UUID detail) {
    }
}
