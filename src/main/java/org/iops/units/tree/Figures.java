package org.iops.units.tree;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.iops.units.OrganizationFigures;
import org.jspecify.annotations.Nullable;
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
 * Sign-ups still waiting to confirm their address are left out: they are placed only when they confirm.</li>
 * <li>A <b>chapter</b> is counted while it is active or dormant, and while provisional once it has a member. Archived
 * and merged chapters are never counted (they keep their pages). Active, dormant and provisional add up to the
 * total. A chapter a branch admin has hidden is not counted.</li>
 * <li>A <b>country</b> is a branch with at least one member.</li>
 * </ul>
 * Members are read from each unit's kept count; no member row is read. Pages get figures kept in memory until a
 * membership or the tree changes (on any node, by {@link org.iops.web.CacheSignals}); a transaction that writes counts afresh.
 */
@Component
@Transactional(readOnly = true)
public class Figures {

    /** Members and counted chapters of one unit (for a chapter, its own members and 0 or 1: whether it counts). */
    public record UnitFigures(long members, long chapters) {

        public static final UnitFigures NONE = new UnitFigures(0, 0);
    }

    /** Per unit: its members, as its kept {@code member_count} counts them (only confirmed members are placed). */
    private static final String COUNTED = """
            WITH counted AS (
                SELECT u.id, u.level, u.status, u.hidden, u.path, u.member_count AS members FROM units u),
            public_chapters AS (
                SELECT * FROM counted WHERE level = 'CHAPTER' AND NOT hidden
                    AND (status IN ('ACTIVE', 'DORMANT') OR (status = 'PROVISIONAL' AND members > 0)))
            """;

    private final JdbcClient jdbc;
    private final Standings standings;
    private final UnitTreeCache tree;
    // pages read figures kept until a membership or the tree changes; writes always count afresh
    private final Cache<UUID, Kept<UnitFigures>> kept = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();
    private volatile @Nullable Kept<OrganizationFigures> keptOrganization;

    private record Kept<T>(long memberships, long tree, T figures) {
    }

    Figures(JdbcClient jdbc, Standings standings, UnitTreeCache tree) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.tree = tree;
    }

    private boolean keeps() {
        return org.iops.web.PageReads.inProgress();
    }

    private boolean fresh(@Nullable Kept<?> figures, long memberships, long treeGeneration) {
        return figures != null && figures.memberships() == memberships && figures.tree() == treeGeneration;
    }

    public OrganizationFigures organization() {
        long memberships = standings.generation();
        long treeGeneration = tree.generation();
        Kept<OrganizationFigures> known = keptOrganization;
        if (keeps() && fresh(known, memberships, treeGeneration)) {
            return known.figures();
        }
        OrganizationFigures counted = countOrganization();
        if (keeps()) {
            keptOrganization = new Kept<>(memberships, treeGeneration, counted);
        }
        return counted;
    }

    private OrganizationFigures countOrganization() {
        return jdbc.sql(COUNTED + """
                SELECT (SELECT coalesce(sum(members), 0) FROM counted WHERE level = 'BRANCH'),
                       (SELECT count(*) FROM counted WHERE level = 'BRANCH' AND members > 0),
                       count(*),
                       count(*) FILTER (WHERE status = 'ACTIVE'),
                       count(*) FILTER (WHERE status = 'DORMANT'),
                       count(*) FILTER (WHERE status = 'PROVISIONAL')
                FROM public_chapters""")
                .query((rs, n) -> new OrganizationFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** The figures of these units; a unit that does not exist is missing from the map. */
    public Map<UUID, UnitFigures> of(Collection<UUID> unitIds) {
        if (!keeps()) {
            return count(unitIds);
        }
        long memberships = standings.generation();
        long treeGeneration = tree.generation();
        Map<UUID, UnitFigures> figures = new HashMap<>();
        List<UUID> missing = new java.util.ArrayList<>();
        for (UUID id : unitIds) {
            Kept<UnitFigures> known = kept.getIfPresent(id);
            if (fresh(known, memberships, treeGeneration)) {
                figures.put(id, known.figures());
            } else {
                missing.add(id);
            }
        }
        count(missing).forEach((id, counted) -> {
            kept.put(id, new Kept<>(memberships, treeGeneration, counted));
            figures.put(id, counted);
        });
        return figures;
    }

    private Map<UUID, UnitFigures> count(Collection<UUID> unitIds) {
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
                .param("ids", unitIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> figures.put(rs.getObject(1, UUID.class), new UnitFigures(rs.getLong(2), rs.getLong(3))))
                .list();
        return figures;
    }

    public UnitFigures of(UUID unitId) {
        return of(List.of(unitId)).getOrDefault(unitId, UnitFigures.NONE);
    }
}
