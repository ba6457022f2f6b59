package org.iops.units.tree;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.units.ChapterKind;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units table: reading the tree, creating units, keeping member counts. Reads outside a writing transaction
 * come from the {@link UnitTreeCache}; every write invalidates it.
 */
@Repository
public class UnitRepository {

    static final String COLUMNS = "u.id, u.parent_id, u.level, u.chapter_kind, u.status, u.name, u.branch_id, "
            + "u.country_code, u.match_key, u.path, u.founded_on, u.merged_into, u.member_count, u.hidden";

    static final RowMapper<Unit> UNIT = UnitRepository::unit;

    /** A locality chapter that still takes members: the scope of the one-chapter-per-locality rule. */
    private static final String LOCALITY_CHAPTER = "level = 'CHAPTER' AND chapter_kind = 'LOCALITY' AND status <> 'MERGED'";

    private final JdbcClient jdbc;
    private final UnitTreeCache tree;

    UnitRepository(JdbcClient jdbc, UnitTreeCache tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    public Optional<Unit> find(UUID id) {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().find(id);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.id = ?").param(id).query(UNIT).optional();
    }

    /** The unit, or a 404 for the reader. */
    public Unit get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** The chapter of that id, or a 404 for any other unit. */
    public Unit chapter(UUID id) {
        Unit unit = get(id);
        if (!unit.isChapter()) {
            throw new NotFoundException("chapter");
        }
        return unit;
    }

    /** Locks the units (in id order, so two writers never deadlock) and returns them as they are now. */
    List<Unit> lock(UUID... ids) {
        UUID[] sorted = Arrays.stream(ids).distinct().sorted().toArray(UUID[]::new);
        List<Unit> locked = new ArrayList<>();
        for (UUID id : sorted) {
            jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.id = ? FOR UPDATE").param(id).query(UNIT)
                    .optional().ifPresent(locked::add);
        }
        return locked;
    }

    Unit lockOne(UUID id) {
        List<Unit> locked = lock(id);
        if (locked.isEmpty()) {
            throw new NotFoundException("unit");
        }
        return locked.get(0);
    }

    /** The units with these ids, in no particular order: one query for a whole path. */
    public List<Unit> findAll(Collection<UUID> ids) {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().findAll(ids);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.id = ANY(?)")
                .param(ids.toArray(UUID[]::new)).query(UNIT).list();
    }

    public List<Unit> children(UUID parentId) {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().children(parentId);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.parent_id = ? ORDER BY lower(u.name)")
                .param(parentId).query(UNIT).list();
    }

    /** The units one and two levels below: a branch's regions and chapters, and the chapters of its regions. */
    public List<Unit> twoLevelsBelow(UUID unitId) {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().twoLevelsBelow(unitId);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.parent_id = ? "
                        + "OR u.parent_id IN (SELECT id FROM units WHERE parent_id = ?) ORDER BY lower(u.name)")
                .param(unitId).param(unitId).query(UNIT).list();
    }

    public List<Unit> branches() {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().branches();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.level = 'BRANCH'").query(UNIT).list();
    }

    /** Chapters anywhere below the unit, by name. */
    public List<Unit> chaptersBelow(UUID unitId) {
        if (UnitTreeCache.mayReadCached()) {
            return tree.snapshot().chaptersBelow(unitId);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.level = 'CHAPTER' AND u.path @> ARRAY[?]::uuid[] "
                + "AND u.id <> ? ORDER BY lower(u.name)").param(unitId).param(unitId).query(UNIT).list();
    }

    Optional<Unit> branch(String countryCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.level = 'BRANCH' AND u.country_code = ?")
                .param(countryCode).query(UNIT).optional();
    }

    /** Creates the country's branch unless a concurrent placement just did; true if this call created it. */
    boolean insertBranch(String countryCode, String name) {
        tree.invalidate();
        UUID id = UUID.randomUUID();
        return jdbc.sql("INSERT INTO units (id, parent_id, level, status, name, branch_id, country_code, path) "
                        + "VALUES (:id, :root, 'BRANCH', 'ACTIVE', :name, :id, :code, ARRAY[:root, :id]::uuid[]) "
                        + "ON CONFLICT (country_code) WHERE level = 'BRANCH' DO NOTHING")
                .param("id", id).param("root", Unit.INTERNATIONAL).param("name", name).param("code", countryCode)
                .update() == 1;
    }

    Optional<Unit> localityChapter(UUID branchId, String matchKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units u WHERE u.branch_id = ? AND u.match_key = ? "
                        + "AND u.level = 'CHAPTER' AND u.chapter_kind = 'LOCALITY' AND u.status <> 'MERGED'")
                .param(branchId).param(matchKey).query(UNIT).optional();
    }

    /** Creates a provisional locality chapter unless a concurrent placement just did; true if this call did. */
    boolean insertLocalityChapter(Unit branch, String name, String matchKey) {
        tree.invalidate();
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(branch.path());
        path.add(id);
        return jdbc.sql("INSERT INTO units (id, parent_id, level, chapter_kind, status, name, branch_id, country_code, "
                        + "match_key, path) VALUES (:id, :branch, 'CHAPTER', 'LOCALITY', 'PROVISIONAL', :name, :branch, "
                        + ":code, :key, :path) ON CONFLICT (branch_id, match_key) WHERE " + LOCALITY_CHAPTER
                        + " DO NOTHING")
                .param("id", id).param("branch", branch.id()).param("name", name).param("code", branch.countryCode())
                .param("key", matchKey).param("path", path.toArray(UUID[]::new)).update() == 1;
    }

    /**
     * A region or a chapter that is not a locality, below {@code parent}; empty if a region of that name (ignoring
     * case, accents and spaces) is already there.
     */
    Optional<Unit> insertChild(Unit parent, UnitLevel level, @Nullable ChapterKind kind, String name) {
        tree.invalidate();
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        int inserted = jdbc.sql("INSERT INTO units (id, parent_id, level, chapter_kind, status, name, branch_id, "
                        + "country_code, match_key, path) "
                        + "VALUES (:id, :parent, :level, :kind, :status, :name, :branch, :code, :key, :path) "
                        + "ON CONFLICT DO NOTHING")
                .param("id", id).param("parent", parent.id()).param("level", level.name())
                .param("kind", kind == null ? null : kind.name())
                .param("status", level == UnitLevel.CHAPTER ? UnitStatus.PROVISIONAL.name() : UnitStatus.ACTIVE.name())
                .param("name", name).param("branch", parent.branchId()).param("code", parent.countryCode())
                .param("key", level == UnitLevel.REGION ? Text.matchKey(name) : null)
                .param("path", path.toArray(UUID[]::new)).update();
        return inserted == 1 ? Optional.of(get(id)) : Optional.empty();
    }

    /** Removes a unit nothing refers to any more. */
    void delete(UUID id) {
        tree.invalidate();
        jdbc.sql("DELETE FROM units WHERE id = ?").param(id).update();
    }

    /** A live region of the parent with this match key, other than {@code except}. */
    boolean regionNamed(UUID parentId, String matchKey, UUID except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM units WHERE parent_id = ? AND match_key = ? AND level = 'REGION' "
                        + "AND status <> 'ARCHIVED' AND id <> ?)")
                .params(parentId, matchKey, except).query(Boolean.class).single();
    }

    void rename(UUID id, String name, @Nullable String matchKey) {
        tree.invalidate();
        jdbc.sql("UPDATE units SET name = ?, match_key = ? WHERE id = ?").params(name, matchKey, id).update();
    }

    /** How many units are directly below this one, whatever their state. */
    long childCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM units WHERE parent_id = ?").param(id).query(Long.class).single();
    }

    void setStatus(UUID id, UnitStatus status, @Nullable LocalDate foundedOn) {
        tree.invalidate();
        jdbc.sql("UPDATE units SET status = ?, founded_on = coalesce(?, founded_on) WHERE id = ?")
                .param(status.name()).param(foundedOn).param(id).update();
    }

    void setHidden(UUID id, boolean hidden) {
        tree.invalidate();
        jdbc.sql("UPDATE units SET hidden = ? WHERE id = ?").param(hidden).param(id).update();
    }

    void markMerged(UUID id, UUID into) {
        tree.invalidate();
        jdbc.sql("UPDATE units SET status = 'MERGED', merged_into = ? WHERE id = ?").param(into).param(id).update();
    }

    void moveUnder(Unit chapter, Unit parent) {
        tree.invalidate();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(chapter.id());
        jdbc.sql("UPDATE units SET parent_id = ?, path = ? WHERE id = ?")
                .param(parent.id()).param(path.toArray(UUID[]::new)).param(chapter.id()).update();
    }

    /**
     * Adds to member counts, one unit at a time in id order: two placements touching the same units lock them in
     * the same order and never deadlock. The international is not counted here (every join would wait on it).
     */
    void adjustCounts(Map<UUID, Integer> deltas) {
        tree.invalidate();
        new TreeMap<>(deltas).forEach((id, delta) -> {
            if (delta != 0 && !id.equals(Unit.INTERNATIONAL)) {
                jdbc.sql("UPDATE units SET member_count = member_count + ? WHERE id = ?").param(delta).param(id).update();
            }
        });
    }

    /** Recomputes the member counts of these units from the memberships. */
    void recount(Collection<UUID> ids) {
        tree.invalidate();
        jdbc.sql("""
                UPDATE units u SET member_count = CASE WHEN u.level = 'CHAPTER'
                    THEN (SELECT count(*) FROM unit_memberships m WHERE m.unit_id = u.id AND m.until IS NULL)
                    ELSE (SELECT count(*) FROM unit_memberships m JOIN units c ON c.id = m.unit_id
                          WHERE m.until IS NULL AND m.kind = 'RESIDENCE' AND c.level = 'CHAPTER'
                            AND c.path @> ARRAY[u.id]) END
                WHERE u.id = ANY(?) AND u.level <> 'INTERNATIONAL'""")
                .param(ids.stream().distinct().sorted().toArray(UUID[]::new)).update();
    }

    void recountAll() {
        tree.invalidate();
        jdbc.sql("""
                WITH direct AS (
                    SELECT unit_id, count(*) AS n FROM unit_memberships WHERE until IS NULL GROUP BY unit_id),
                residents AS (
                    SELECT a.id, count(*) AS n FROM unit_memberships m JOIN units c ON c.id = m.unit_id
                    CROSS JOIN LATERAL unnest(c.path) AS a(id)
                    WHERE m.until IS NULL AND m.kind = 'RESIDENCE' AND c.level = 'CHAPTER' GROUP BY a.id)
                UPDATE units u SET member_count = CASE WHEN u.level = 'CHAPTER' THEN coalesce(d.n, 0)
                                                       ELSE coalesce(r.n, 0) END
                FROM units x LEFT JOIN direct d ON d.unit_id = x.id LEFT JOIN residents r ON r.id = x.id
                WHERE x.id = u.id AND u.level <> 'INTERNATIONAL'""").update();
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        Array path = rs.getArray("path");
        String kind = rs.getString("chapter_kind");
        return new Unit(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                UnitLevel.valueOf(rs.getString("level")), kind == null ? null : ChapterKind.valueOf(kind),
                UnitStatus.valueOf(rs.getString("status")), rs.getString("name"),
                rs.getObject("branch_id", UUID.class), rs.getString("country_code"), rs.getString("match_key"),
                List.of((UUID[]) path.getArray()), rs.getObject("founded_on", LocalDate.class),
                rs.getObject("merged_into", UUID.class), rs.getInt("member_count"), rs.getBoolean("hidden"));
    }
}
