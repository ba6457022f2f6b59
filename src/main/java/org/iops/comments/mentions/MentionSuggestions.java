package org.iops.comments.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.units.Memberships;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The names offered while a member types {@code @ma}: living, confirmed members who share a unit with the writer
 * (the writer's chapters and branch) and whose display name starts with what was typed, never members hidden from
 * directories or suspended, never the writer. Only display names leave: no address, no town, not even which unit is
 * shared. With an item, only members who may see it (a mention of someone who cannot read it would tell them nothing).
 *
 * <p>One query over the members' names (an index on the lower-cased name, for prefixes) and the current
 * memberships of the writer's units; it reads those two tables of the members and units modules directly, since
 * a branch's member list is too long to pass through their interfaces.
 */
@Service
class MentionSuggestions {

    static final int MOST = 8;
    // what MemberText reads as a mention: a name with a space in it cannot be mentioned, so it is not offered
    private static final java.util.regex.Pattern MENTIONABLE =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]{0,62}[\\p{L}\\p{N}_])?");
    // asked for beyond MOST when an item must be seen: some candidates may not see it
    private static final int CANDIDATES = 40;

    private final Memberships memberships;
    private final Contents contents;
    private final JdbcClient db;

    MentionSuggestions(Memberships memberships, Contents contents, JdbcClient db) {
        this.memberships = memberships;
        this.contents = contents;
        this.db = db;
    }

    List<String> suggest(UUID writer, String typed, @Nullable ContentItem item) {
        String prefix = typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || prefix.length() > 64) {
            return List.of();
        }
        UUID[] units = memberships.unitsOf(writer).stream().map(UnitRef::id).map(UnitId::value)
                .filter(id -> !id.equals(UnitId.INTERNATIONAL.value())).toArray(UUID[]::new);
        if (units.length == 0) {
            return List.of();
        }
        record Candidate(UUID id, String name) {
        }
        List<Candidate> found = db.sql("SELECT m.id, m.display_name FROM member m "
                        + "WHERE lower(m.display_name) LIKE :prefix ESCAPE '\\' AND m.deleted_at IS NULL AND NOT m.hidden "
                        // a suspended member is listed nowhere until reinstated (docs/accounts.md)
                        + "AND m.suspended_at IS NULL "
                        + "AND m.email_verified_at IS NOT NULL AND m.id <> :writer "
                        + "AND EXISTS (SELECT 1 FROM unit_memberships um WHERE um.member_id = m.id "
                        + "AND um.until IS NULL AND um.unit_id = ANY(:units)) "
                        + "ORDER BY lower(m.display_name), m.id LIMIT :limit")
                .param("prefix", escape(prefix) + "%").param("writer", writer).param("units", units)
                .param("limit", item == null ? MOST : CANDIDATES)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return found.stream().filter(c -> item == null || contents.maySee(c.id(), item)).map(Candidate::name)
                .filter(Objects::nonNull).filter(name -> MENTIONABLE.matcher(name).matches()).distinct().limit(MOST).toList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
