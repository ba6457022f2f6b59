package org.iops.demo;

import java.sql.SQLException;

/**
 * A module's part of the demo organization. Each module that keeps data declares a bean of this interface; the
 * loader calls every one in {@link org.springframework.core.annotation.Order} (the tree first, then the people,
 * then what hangs off them), all in one transaction, so a module is added to the demo without editing this one.
 * What earlier parts made (units, members) is on the {@link DemoLoad} for the later ones.
 */
public interface DemoContribution {

    /** Writes this module's demo rows, with {@link DemoLoad#copy} for anything large. */
    void write(DemoLoad load) throws SQLException;

    /**
     * Empties this module's tables before a load with {@code iops.demo.replace=true}; called in reverse order, so
     * what hangs off the members goes before them.
     */
    void wipe(DemoLoad load) throws SQLException;

    /** After the load has committed: recomputing what is derived from the rows (counts, caches). */
    default void loaded() {
    }
}
