package org.iops.notifications.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients;
import org.iops.notifications.mail.ParameterValues;
import org.iops.shared.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module keeps about a member: their notification list, their email choices, the digests they were sent
 * and the emails waiting for them (or sent to them) in the outbox. Exported as the list and the choices; all of it
 * goes with the account, pending emails included, so nothing is sent to an account that is gone. The member's name
 * goes from everyone else's notifications too (lists, digests to come, emails waiting): it becomes "former member".
 */
@Component
@Order(900)
class NotificationPersonalData implements PersonalData {

    private final NotificationList list;
    private final Preferences preferences;
    private final DigestQueue digests;
    private final JdbcClient db;
    private final ObjectProvider<Recipients> recipients;

    NotificationPersonalData(NotificationList list, Preferences preferences, DigestQueue digests, JdbcClient db,
            ObjectProvider<Recipients> recipients) {
        this.recipients = recipients;
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
        // the account is still there while modules erase (MemberDeleted comes first), so its name can be found
        Recipients members = recipients.getIfAvailable();
        if (members != null) {
            members.find(memberId).ifPresent(member -> forgetName(member.displayName(), member.address()));
        }
        list.erase(memberId);
        preferences.erase(memberId);
        digests.erase(memberId);
        db.sql("DELETE FROM notification WHERE member_id = ?").param(memberId).update();
        // an audience notification that left the member out keeps no trace of them
        db.sql("UPDATE notification_fanout SET except_members = array_remove(except_members, ?) "
                + "WHERE ? = ANY(except_members)").params(memberId, memberId).update();
    }

    /**
     * Others' notifications name the member as a text parameter ("Ana replied"), kept as it was written: each such
     * parameter becomes the message "former member", and the name leaves the names of joined lines. A namesake's
     * notifications (display names need not be unique) say "former member" too: better than keeping the name. The
     * member's own last email, to the address the account had, keeps it.
     */
    private void forgetName(String name, String address) {
        String named = ParameterValues.write(List.of(Parameter.text(name)));
        String former = ParameterValues.write(List.of(Parameter.message("members.former")));
        String replaced = "parameters = (SELECT jsonb_agg(CASE WHEN p = CAST(:named AS jsonb)->0 "
                + "THEN CAST(:former AS jsonb)->0 ELSE p END ORDER BY i) "
                + "FROM jsonb_array_elements(parameters) WITH ORDINALITY AS e(p, i))";
        String where = " WHERE parameters @> CAST(:named AS jsonb)";
        // the last email to the member's own address ("your account is deleted") still greets them by name
        db.sql("UPDATE notification SET " + replaced + where + " AND address IS DISTINCT FROM :address")
                .param("named", named).param("former", former).param("address", address).update();
        db.sql("UPDATE notification_fanout SET " + replaced + where).param("named", named).param("former", former)
                .update();
        db.sql("UPDATE member_notification SET " + replaced + ", names = array_remove(names, CAST(:name AS text))"
                + where + " OR CAST(:name AS text) = ANY(names)").param("named", named).param("former", former)
                .param("name", name).update();
    }
}
