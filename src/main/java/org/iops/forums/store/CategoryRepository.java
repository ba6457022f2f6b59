package org.iops.forums.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The categories of the units' forums. */
@Repository
public class CategoryRepository {

    private static final String COLUMNS = "id, unit_id, name, description, position, archived, is_default";

    private final JdbcClient db;
    private final Clock clock;

    CategoryRepository(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The unit's categories in their order, archived ones included. */
    public List<Category> ofUnit(UUID unit) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_category WHERE unit_id = ? ORDER BY position, id")
                .param(unit).query(CategoryRepository::map).list();
    }

    /** The categories of these units, in order: a moderator's choice of where to move a topic. */
    public List<Category> ofUnits(Collection<UUID> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT " + COLUMNS + " FROM forum_category WHERE unit_id = ANY(?) AND NOT archived"
                        + " ORDER BY unit_id, position, id")
                .param(units.toArray(UUID[]::new)).query(CategoryRepository::map).list();
    }

    /**
     * The unit's default category, written the first time something needs it: the first topic in a unit that has no
     * category yet, or an admin adding the unit's first category (which then comes second). Reading a forum writes
     * nothing: a unit without categories shows one implicit "General" ({@code /units/{id}/forum/general}).
     * Only for a write: it inserts in the caller's transaction.
     */
    public Category defaultOf(UUID unit) {
        db.sql("INSERT INTO forum_category (id, unit_id, position, is_default, created_at)"
                        + " SELECT ?, ?, 0, true, ? WHERE NOT EXISTS (SELECT 1 FROM forum_category WHERE unit_id = ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), unit, Timestamp.from(clock.instant()), unit).update();
        return findDefault(unit).orElseGet(() -> ofUnit(unit).get(0));
    }

    /** The unit's default category, if it has been written. */
    public Optional<Category> findDefault(UUID unit) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_category WHERE unit_id = ? AND is_default").param(unit)
                .query(CategoryRepository::map).optional();
    }

    public Optional<Category> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_category WHERE id = ?").param(id)
                .query(CategoryRepository::map).optional();
    }

    public Category create(UUID unit, String name, @Nullable String description) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO forum_category (id, unit_id, name, description, position, created_at)"
                        + " SELECT ?, ?, ?, ?, coalesce(max(position) + 1, 0), ? FROM forum_category WHERE unit_id = ?")
                .params(id, unit, name, description, Timestamp.from(clock.instant()), unit).update();
        return find(id).orElseThrow();
    }

    public void rename(UUID id, String name, @Nullable String description) {
        db.sql("UPDATE forum_category SET name = ?, description = ? WHERE id = ?").params(name, description, id).update();
    }

    public void archive(UUID id, boolean archived) {
        db.sql("UPDATE forum_category SET archived = ? WHERE id = ?").params(archived, id).update();
    }

    /** Swaps the category with its neighbour above ({@code up}) or below, in the unit's order. */
    public void move(Category category, boolean up) {
        List<Category> all = ofUnit(category.unitId());
        int at = all.indexOf(category);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= all.size()) {
            return;
        }
        List<Category> reordered = new java.util.ArrayList<>(all);
        java.util.Collections.swap(reordered, at, other);
        for (int position = 0; position < reordered.size(); position++) {
            db.sql("UPDATE forum_category SET position = ? WHERE id = ?").params(position, reordered.get(position).id())
                    .update();
        }
    }

    static Category map(ResultSet row, int n) throws SQLException {
        return new Category(row.getObject("id", UUID.class), row.getObject("unit_id", UUID.class),
                row.getString("name"), row.getString("description"), row.getInt("position"),
                row.getBoolean("archived"), row.getBoolean("is_default"));
    }
}
