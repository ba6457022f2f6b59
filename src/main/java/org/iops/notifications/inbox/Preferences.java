package org.iops.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How each member chose to receive each declared kind by email; a kind never chosen gets its default. */
@Component
public class Preferences {

    private final JdbcClient db;
    private final Clock clock;

    Preferences(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Delivery of(UUID member, NotificationKind kind) {
        return db.sql("SELECT delivery FROM notification_preference WHERE member_id = ? AND kind = ?")
                .params(member, kind.name()).query(String.class).optional().map(Delivery::valueOf)
                .orElse(kind.defaultDelivery());
    }

    /** {@link #of(UUID, NotificationKind)} for many members at once (one query), by member. */
    public Map<UUID, Delivery> of(Collection<UUID> members, NotificationKind kind) {
        Map<UUID, Delivery> deliveries = new HashMap<>();
        db.sql("SELECT member_id, delivery FROM notification_preference WHERE kind = ? AND member_id = ANY(?)")
                .params(kind.name(), members.toArray(UUID[]::new))
                .query((rs, n) -> deliveries.put(rs.getObject(1, UUID.class), Delivery.valueOf(rs.getString(2)))).list();
        members.forEach(member -> deliveries.putIfAbsent(member, kind.defaultDelivery()));
        return deliveries;
    }

    /** The member's own choices, by kind (kinds left at their default are absent). */
    public Map<String, Delivery> chosen(UUID member) {
        Map<String, Delivery> chosen = new HashMap<>();
        db.sql("SELECT kind, delivery FROM notification_preference WHERE member_id = ?").param(member)
                .query((rs, n) -> chosen.put(rs.getString(1), Delivery.valueOf(rs.getString(2)))).list();
        return chosen;
    }

    @Transactional
    public void choose(UUID member, Map<String, Delivery> choices) {
        Timestamp now = Timestamp.from(clock.instant());
        choices.forEach((kind, delivery) -> db.sql("""
                INSERT INTO notification_preference (member_id, kind, delivery, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (member_id, kind) DO UPDATE SET delivery = excluded.delivery, changed_at = excluded.changed_at
                WHERE notification_preference.delivery <> excluded.delivery""")
                .params(member, kind, delivery.name(), now).update());
    }

    public void erase(UUID member) {
        db.sql("DELETE FROM notification_preference WHERE member_id = ?").param(member).update();
    }
}
