package org.iops.moderation.internal;

import java.util.Optional;
import java.util.UUID;
import org.iops.units.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two questions about the tree that moderation asks in SQL, against the units module's {@code path} column
 * (indexed, ids from the international down): "in this unit or below" inside a query over a growing table, and
 * the unit above (where an appeal goes). The units API answers neither for a list in one query.
 */
@Component
public class UnitTree {

    /** A condition on a {@code unit_id} column: the unit given as the one parameter, or any unit below it. */
    public static final String IN_OR_BELOW = "unit_id IN (SELECT id FROM units WHERE path @> ARRAY[?]::uuid[])";

    /** A condition on a {@code unit_id} column: the unit given as the one parameter, or any unit above it. */
    public static final String AT_OR_ABOVE = "unit_id = ANY (SELECT unnest(path) FROM units WHERE id = ?)";

    private final JdbcClient db;

    UnitTree(JdbcClient db) {
        this.db = db;
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    public boolean isAtOrBelow(UnitId unit, UnitId ancestor) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM units WHERE id = ? AND path @> ARRAY[?]::uuid[])")
                .params(unit.value(), ancestor.value()).query(Boolean.class).single();
    }

    /** The unit above; empty for the international. */
    public Optional<UnitId> parentOf(UnitId unit) {
        return db.sql("SELECT parent_id FROM units WHERE id = ?").param(unit.value()).query(UUID.class).optional()
                .map(UnitId::new);
    }
}
