package org.iops.units.tree;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.iops.units.UnitArchived;
import org.iops.units.tree.AuditLog.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Roles do not outlive their unit: once a chapter or region is archived, the terms still open in it end (the
 * holders hear of it as of any ended term, from {@link RoleBook#announceEndedTerms}), each written to the audit log
 * as ended by whoever archived the unit. A listener on {@link UnitArchived}, as any module that keeps data per unit
 * reacts to archiving: delivered after the archiving commits, and again after a crash until it has run.
 */
@Component
class ArchivedUnitRoles {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final Clock clock;

    ArchivedUnitRoles(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(UnitArchived archived) {
        UUID unit = archived.unit().value();
        // a redelivered event finds the terms already ended and ends nothing twice
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        List<Object[]> ended = jdbc.sql("UPDATE unit_roles SET ends_at = greatest(?, starts_at), ended_by = ? "
                        + "WHERE unit_id = ? AND (ends_at IS NULL OR ends_at > ?) RETURNING member_id, role")
                .params(now, archived.by(), unit, now)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list();
        ended.forEach(term -> audit.record(unit, archived.by(), Action.ROLE_ENDED, (UUID) term[0], null, (String) term[1]));
    }
}
