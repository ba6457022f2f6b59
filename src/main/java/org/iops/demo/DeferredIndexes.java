package org.iops.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a bulk load fast: the first time the load COPYs into a table, the table's foreign keys and the indexes that
 * back no constraint (unique ones included) are dropped, primary keys and unique constraints stay; once every part
 * is written they are built again in one pass each, inside the load's transaction, so a failed rebuild (a dangling
 * reference, a duplicate) fails the whole load. Checking a million rows' foreign keys one by one and growing each index row by
 * row cost several times what building them afterwards costs.
 */
final class DeferredIndexes {

    private final Connection connection;
    private final Set<String> tables = new LinkedHashSet<>();
    private final List<String> indexes = new ArrayList<>();
    private final List<String> foreignKeys = new ArrayList<>();

    DeferredIndexes(Connection connection) {
        this.connection = connection;
    }

    /** Before the first COPY into {@code table}: drops its foreign keys and its indexes that back no constraint. */
    void before(String table) throws SQLException {
        if (!tables.add(table)) {
            return;
        }
        List<String> drops = new ArrayList<>();
        try (PreparedStatement keys = connection.prepareStatement("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype = 'f' AND conrelid = to_regclass(?)""")) {
            keys.setString(1, table);
            try (ResultSet rs = keys.executeQuery()) {
                while (rs.next()) {
                    drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(rs.getString(1)));
                    foreignKeys.add("ALTER TABLE " + table + " ADD CONSTRAINT " + quoted(rs.getString(1)) + " "
                            + rs.getString(2));
                }
            }
        }
        try (PreparedStatement plain = connection.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = to_regclass(?) AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")) {
            plain.setString(1, table);
            try (ResultSet rs = plain.executeQuery()) {
                while (rs.next()) {
                    drops.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
    }

    /** Builds every dropped index, then every dropped foreign key (each checked in one pass over its table). */
    void rebuild() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String index : indexes) {
                statement.execute(index);
            }
            for (String key : foreignKeys) {
                statement.execute(key);
            }
        }
        indexes.clear();
        foreignKeys.clear();
        tables.clear();
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
