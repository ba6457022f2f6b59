package org.iops.moderation.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moderation's part of the demo: a moderation log with past week-long suspensions from posting (all ended, a third
 * lifted early), one for every 2,000 members and at least four, with reasons in the four languages, so the log reads
 * as in a living organization. Flags and held items need items of content: they come with the modules
 * that own content, not from here.
 */
@Component
@Order(1500)
@ConditionalOnProperty("iops.demo.members")
class DemoModeration implements DemoContribution {

    private static final List<String> REASONS = List.of(
            "Repeated personal attacks after a warning",
            "Publicidad repetida de una tienda en los foros",
            "Messages hors sujet envoyés en masse dans plusieurs chapitres",
            "Wiederholte Beleidigungen trotz Hinweis");

    @Override
    public void write(DemoLoad load) throws SQLException {
        List<DemoMember> confirmed = load.members().stream().filter(DemoMember::confirmed).toList();
        if (confirmed.size() < 2) {
            return;
        }
        UUID admin = load.members().get(0).id();
        int cases = Math.max(4, load.memberCount() / 2_000);
        List<Object[]> suspended = new ArrayList<>();
        try (BulkCopy log = load.copy("moderation_log", "id, unit_id, actor_id, action, subject_id, reason, until, about, at")) {
            for (int i = 0; i < cases; i++) {
                DemoMember member = confirmed.get(1 + load.random().nextInt(confirmed.size() - 1));
                UUID unit = member.chapter().id();
                String reason = REASONS.get(i % REASONS.size());
                Instant at = DemoLoad.LOADED_AT.minus(Duration.ofHours(24L * (10 + load.random().nextInt(300))));
                Instant until = at.plus(Duration.ofDays(7));
                UUID entry = load.uuid();
                log.row(entry, unit, admin, LogAction.SUSPENDED.name(), member.id(), reason, until, null, at);
                Instant lifted = i % 3 == 1 ? at.plus(Duration.ofDays(2)) : null;
                if (lifted != null) {
                    log.row(load.uuid(), unit, admin, LogAction.LIFTED.name(), member.id(), null, null, entry, lifted);
                }
                suspended.add(new Object[] {load.uuid(), member.id(), unit, reason, at, until, lifted, entry});
            }
        }
        // after the log's rows are in: each suspension names the entry that made it
        try (BulkCopy suspensions = load.copy("moderation_suspension",
                "id, member_id, unit_id, reason, starts_at, ends_at, lifted_at, log_id")) {
            for (Object[] row : suspended) {
                suspensions.row(row);
            }
        }
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE moderation_appeal, moderation_suspension, moderation_flag, moderation_queue,"
                    + " moderation_log CASCADE");
        }
    }
}
