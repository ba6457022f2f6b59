package org.iops.notifications.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module keeps about a member: their notification list, their email choices, the digests they were sent
 * and the emails waiting for them (or sent to them) in the outbox. Exported as the list and the choices; all of it
 * goes with the account, pending emails included, so nothing is sent to an account that is gone.
 */
@Component
@Order(900)
class NotificationPersonalData implements PersonalData {

    private final NotificationList list;
    private final Preferences preferences;
    private final DigestQueue digests;
    private final JdbcClient db;

    NotificationPersonalData(NotificationList list, Preferences preferences, DigestQueue digests, JdbcClient db) {
        this.list = list;
        this.preferences = preferences;
        this.digests = digests;
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> lines = list.all(memberId).stream().map(line -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", line.kind());
            entry.put("link", line.link());
            entry.put("parameters", line.parameters().stream().map(Object::toString).toList());
            entry.put("names", line.names());
            entry.put("count", line.count());
            entry.put("unit", line.unitName());
            entry.put("updated", line.updated().toString());
            entry.put("unread", line.unread());
            return entry;
        }).toList();
        Map<String, Object> choices = new LinkedHashMap<>();
        preferences.chosen(memberId).forEach((kind, delivery) -> choices.put(kind, delivery.name()));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("notifications", lines);
        export.put("notificationChoices", choices);
        return export;
    }

    @Override
    public void erase(UUID memberId) {
        list.erase(memberId);
        preferences.erase(memberId);
        digests.erase(memberId);
        db.sql("DELETE FROM notification WHERE member_id = ?").param(memberId).update();
        // an audience notification that left the member out keeps no trace of them
        db.sql("UPDATE notification_fanout SET except_members = array_remove(except_members, ?) "
                + "WHERE ? = ANY(except_members)").params(memberId, memberId).update();
    }
}
