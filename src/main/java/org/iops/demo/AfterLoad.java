package org.iops.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * For a {@link DemoContribution} that hangs its rows off what other modules loaded and can only find it through
 * their interfaces, once the load has committed ({@link DemoContribution#loaded()}): comments and likes on the
 * demo's posts. It takes what it needs from the load in {@link DemoContribution#write} (the units here, a seed from
 * {@link DemoLoad#random()}) and writes in a transaction of its own.
 */
public final class AfterLoad {

    /** Writes rows with one {@link BulkCopy}. */
    public interface Rows {
        void write(BulkCopy rows) throws SQLException;
    }

    private AfterLoad() {
    }

    /** The international, the branches and the chapters still open (not archived or merged). */
    public static List<UUID> livingUnits(DemoLoad load) {
        List<UUID> units = new ArrayList<>(List.of(DemoLoad.INTERNATIONAL));
        load.branches().stream().map(DemoUnit::id).forEach(units::add);
        load.chapters().stream().filter(DemoUnit::living).map(DemoUnit::id).forEach(units::add);
        return units;
    }

    /** The confirmed members, who may write and like. */
    public static List<UUID> confirmedMembers(DemoLoad load) {
        return load.members().stream().filter(DemoMember::confirmed).map(DemoMember::id).toList();
    }

    /**
     * How many of the newest items get comments and likes: {@code iops.demo.commented-items} when set (0 or more),
     * else one for every 50 members and at least 500 (20,000 items at 1,000,000 members).
     */
    public static int commentedItems(int property, DemoLoad load) {
        return property >= 0 ? property : Math.max(500, load.memberCount() / 50);
    }

    /** COPYs rows into the table in a transaction of its own. */
    public static void copy(DataSource dataSource, String table, String columns, Rows rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (BulkCopy copy = new BulkCopy(connection, table, columns)) {
                rows.write(copy);
            }
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException("Demo rows for " + table + " could not be written", failure);
        }
    }
}
