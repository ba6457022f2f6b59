package org.iops.units.tree;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.units.OrganizationFigures;
import org.iops.units.PendingSignUps;
import org.iops.units.PendingSignUps.PendingSignUp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one definition of every figure the site shows: the home page, the list of branches, the international's,
 * a branch's, a region's and a chapter's page all count through here, so they always agree.
 *
 * <ul>
 * <li>A <b>member</b> is a person whose address is confirmed. The totals of the organization, a branch or a region
 * count members where they live (each once); a chapter counts its residents and those who joined it by choice.
 * Sign-ups still waiting to confirm their address are left out, even while they are placed.</li>
 * <li>A <b>chapter</b> is counted while it is active or dormant, and while provisional once it has a member. Archived
 * and merged chapters are never counted (they keep their pages). Active, dormant and provisional add up to the
 * total. A chapter a branch admin has hidden is not counted.</li>
 * <li>A <b>country</b> is a branch with at least one member.</li>
 * </ul>
 * Members are read from each unit's kept count, less the few placed sign-ups still waiting to confirm.
 */
@Component
@Transactional(readOnly = true)
public class Figures {

    /** Members and counted chapters of one unit (for a chapter, its own members and 0 or 1: whether it counts). */
    public record UnitFigures(long members, long chapters) {

        public static final UnitFigures NONE = new UnitFigures(0, 0);
    }

    /** Per unit: the placed sign-ups still waiting to confirm, as its kept {@code member_count} counts them. */
    private static final String PENDING = """
            SELECT a.id AS unit_id, count(*) AS n
            FROM unit_memberships m JOIN units c ON c.id = m.unit_id
            CROSS JOIN LATERAL unnest(CASE WHEN m.kind = 'RESIDENCE' THEN c.path ELSE ARRAY[c.id] END) AS a(id)
            WHERE m.until IS NULL AND c.level = 'CHAPTER' AND m.member_id = ANY(:pending)
            GROUP BY a.id""";

    /** Per unit: its members less the pending sign-ups among them. */
    private static final String COUNTED = """
            WITH pending AS (SELECT * FROM unnest(:pendingUnits::uuid[], :pendingCounts::bigint[]) AS p(unit_id, n)),
            counted AS (
                SELECT u.id, u.level, u.status, u.hidden, u.path, greatest(0, u.member_count - coalesce(p.n, 0)) AS members
                FROM units u LEFT JOIN pending p ON p.unit_id = u.id),
            public_chapters AS (
                SELECT * FROM counted WHERE level = 'CHAPTER' AND NOT hidden
                    AND (status IN ('ACTIVE', 'DORMANT') OR (status = 'PROVISIONAL' AND members > 0)))
            """;

    /** The placed pending sign-ups per unit, as two arrays for {@code unnest}. */
    private record Pending(UUID[] units, Long[] counts) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<PendingSignUps> signUps;
    private final UnitTreeCache tree;
    // read all pending sign-ups (3 % of a demo organization) once per state of the tree, not once per page: a
    // placement or a recount changes the tree; a sign-up is placed only once confirmed, so an unplaced one changes
    // nothing here; the expiry bounds the delay for anything that changes the pending ones without touching a unit
    private final Cache<Long, Pending> pending = Caffeine.newBuilder().maximumSize(2)
            .expireAfterWrite(Duration.ofSeconds(5)).build();

    Figures(JdbcClient jdbc, ObjectProvider<PendingSignUps> signUps, UnitTreeCache tree) {
        this.jdbc = jdbc;
        this.signUps = signUps;
        this.tree = tree;
    }

    public OrganizationFigures organization() {
        return jdbc.sql(COUNTED + """
                SELECT (SELECT coalesce(sum(members), 0) FROM counted WHERE level = 'BRANCH'),
                       (SELECT count(*) FROM counted WHERE level = 'BRANCH' AND members > 0),
                       count(*),
                       count(*) FILTER (WHERE status = 'ACTIVE'),
                       count(*) FILTER (WHERE status = 'DORMANT'),
                       count(*) FILTER (WHERE status = 'PROVISIONAL')
                FROM public_chapters""")
                .param("pendingUnits", pending().units()).param("pendingCounts", pending().counts())
                .query((rs, n) -> new OrganizationFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** The figures of these units; a unit that does not exist is missing from the map. */
    public Map<UUID, UnitFigures> of(Collection<UUID> unitIds) {
        Map<UUID, UnitFigures> figures = new HashMap<>();
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.sql(COUNTED + """
                SELECT t.id, t.members,
                       CASE WHEN t.level = 'CHAPTER' THEN (SELECT count(*) FROM public_chapters c WHERE c.id = t.id)
                            ELSE (SELECT count(*) FROM public_chapters c WHERE c.path @> ARRAY[t.id] AND c.id <> t.id)
                       END
                FROM counted t WHERE t.id = ANY(:ids)""")
                .param("pendingUnits", pending().units()).param("pendingCounts", pending().counts()).param("ids", unitIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> figures.put(rs.getObject(1, UUID.class), new UnitFigures(rs.getLong(2), rs.getLong(3))))
                .list();
        return figures;
    }

    public UnitFigures of(UUID unitId) {
        return of(List.of(unitId)).getOrDefault(unitId, UnitFigures.NONE);
    }

    private Pending pending() {
        return pending.get(tree.generation(), generation -> {
            Map<UUID, Long> byUnit = new HashMap<>();
            jdbc.sql(PENDING).param("pending", pendingIds())
                    .query((rs, n) -> byUnit.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
            UUID[] units = byUnit.keySet().toArray(UUID[]::new);
            return new Pending(units, java.util.Arrays.stream(units).map(byUnit::get).toArray(Long[]::new));
        });
    }

    private UUID[] pendingIds() {
        PendingSignUps pending = signUps.getIfAvailable();
        return pending == null ? new UUID[0] : pending.pending().stream().map(PendingSignUp::memberId).toArray(UUID[]::new);
    }
}
