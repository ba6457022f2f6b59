package org.iops.units.tree;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The other names of locality chapters ({@code unit_aliases}: "NYC" for New York, the old name of a renamed or
 * merged chapter), one per match key in a branch by a unique index.
 */
@Component
class OtherNames {

    private final JdbcClient jdbc;

    OtherNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the name unless the branch already has it (as anyone's other name); returns whether it was added. */
    boolean add(UUID branchId, UUID chapterId, String alias, String matchKey) {
        return jdbc.sql("INSERT INTO unit_aliases (id, branch_id, chapter_id, alias, match_key) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (branch_id, match_key) DO NOTHING")
                .params(UUID.randomUUID(), branchId, chapterId, alias, matchKey).update() == 1;
    }

    /** The chapter the branch's other name of that match key leads to. */
    Optional<UUID> chapterCalled(UUID branchId, String matchKey) {
        return jdbc.sql("SELECT chapter_id FROM unit_aliases WHERE branch_id = ? AND match_key = ?")
                .params(branchId, matchKey).query(UUID.class).optional();
    }

    void drop(UUID branchId, String matchKey) {
        jdbc.sql("DELETE FROM unit_aliases WHERE branch_id = ? AND match_key = ?").params(branchId, matchKey).update();
    }

    /** The chapter's other names, by name. */
    List<Structure.Alias> of(UUID chapterId) {
        return jdbc.sql("SELECT id, alias FROM unit_aliases WHERE chapter_id = ? ORDER BY lower(alias)")
                .param(chapterId).query((rs, n) -> new Structure.Alias(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Removes one other name of the chapter; returns it, or nothing when the chapter has no such name. */
    Optional<String> remove(UUID aliasId, UUID chapterId) {
        return jdbc.sql("DELETE FROM unit_aliases WHERE id = ? AND chapter_id = ? RETURNING alias")
                .params(aliasId, chapterId).query(String.class).optional();
    }

    /** Every other name of {@code from} leads to {@code into} from now on. */
    void moveAll(UUID from, UUID into) {
        jdbc.sql("UPDATE unit_aliases SET chapter_id = ? WHERE chapter_id = ?").params(into, from).update();
    }
}
