package org.iops.governance.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units other than the international that set their own version of a rule, the most recently changed first, a
 * page at a time (keyset on the latest version's time, so a rule every chapter sets stays one indexed read).
 */
@Component
class OwnVersions {

    static final int PAGE = 50;

    private final JdbcClient jdbc;

    OwnVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Latest(UnitId unit, Instant since) {
    }

    List<Latest> of(String key, @Nullable Instant before) {
        return jdbc.sql("""
                SELECT unit_id, since FROM (
                    SELECT DISTINCT ON (unit_id) unit_id, since FROM governing_rule
                     WHERE rule_key = ? AND unit_id <> ? ORDER BY unit_id, version DESC) latest
                 WHERE since < ? ORDER BY since DESC, unit_id LIMIT ?""")
                .params(key, UnitId.INTERNATIONAL.value(),
                        Timestamp.from(before == null ? Instant.parse("9999-01-01T00:00:00Z") : before), PAGE + 1)
                .query((rs, n) -> new Latest(new UnitId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
                .list();
    }
}
