package org.iops.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Parameter;
import org.iops.notifications.mail.ParameterValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The members' notification lists (the bell). A notification of a declared kind is recorded here in the sender's
 * transaction; while a line is unread, later notifications of the same kind about the same link join it.
 */
@Component
public class NotificationList {

    /** How many names a joined line keeps (the grouped message names the latest). */
    static final int NAMES_KEPT = 3;

    private static final String COLUMNS = "id, kind, link, parameters::text, names, count, unit_name, thread_type, "
            + "thread_id, updated_at, read_at IS NULL";

    private final JdbcClient db;
    private final Clock clock;

    NotificationList(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a notification for the member's list, joining an unread line of the same kind and link.
     *
     * @param delivery DAILY or WEEKLY make the line wait for that digest
     */
    public void record(UUID member, String kind, @Nullable String link, NotificationPlace place, Delivery delivery,
            List<Parameter> parameters) {
        Timestamp now = Timestamp.from(clock.instant());
        String json = ParameterValues.write(parameters);
        @Nullable String name = parameters.stream().filter(Parameter.Text.class::isInstance)
                .map(p -> ((Parameter.Text) p).value()).findFirst().orElse(null);
        @Nullable String digest = delivery == Delivery.DAILY || delivery == Delivery.WEEKLY ? delivery.name() : null;
        int joined = link == null ? 0 : db.sql("""
                UPDATE member_notification SET count = count + 1, parameters = ?::jsonb, updated_at = ?,
                    names = CASE WHEN ?::text IS NULL THEN names ELSE (array_prepend(?::text, array_remove(names, ?::text)))[1:3] END,
                    digest = coalesce(?::text, digest), digest_id = CASE WHEN ?::text IS NULL THEN digest_id END
                WHERE id = (SELECT id FROM member_notification WHERE member_id = ? AND kind = ? AND link = ?
                    AND read_at IS NULL ORDER BY updated_at DESC LIMIT 1 FOR UPDATE)""")
                .params(json, now, name, name, name, digest, digest, member, kind, link).update();
        if (joined == 0) {
            db.sql("""
                    INSERT INTO member_notification (id, member_id, kind, link, parameters, names, unit_id, unit_name,
                        thread_type, thread_id, created_at, updated_at, digest)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), member, kind, link, json,
                            name == null ? new String[0] : new String[] {name}, place.unit(), place.unitName(),
                            place.thread() == null ? null : place.thread().type(),
                            place.thread() == null ? null : place.thread().id(), now, now, digest)
                    .update();
        }
    }

    /** The bell's figure: how many lines are unread (one indexed query). */
    public int unreadCount(UUID member) {
        return db.sql("SELECT count(*) FROM member_notification WHERE member_id = ? AND read_at IS NULL")
                .param(member).query(Integer.class).single();
    }

    /** A page of the member's list, newest first, after the line {@code after} (null: from the top). */
    public List<Line> page(UUID member, @Nullable UUID after, int size) {
        if (after == null) {
            return db.sql("SELECT " + COLUMNS + " FROM member_notification WHERE member_id = ? "
                    + "ORDER BY updated_at DESC, id DESC LIMIT ?").params(member, size)
                    .query(NotificationList::line).list();
        }
        return db.sql("SELECT " + COLUMNS + " FROM member_notification WHERE member_id = ? AND (updated_at, id) < "
                + "(SELECT updated_at, id FROM member_notification WHERE id = ? AND member_id = ?) "
                + "ORDER BY updated_at DESC, id DESC LIMIT ?").params(member, after, member, size)
                .query(NotificationList::line).list();
    }

    /** Marks the member's line read and gives its link; empty when the member has no such line. */
    public Optional<Optional<String>> markRead(UUID member, UUID line) {
        db.sql("UPDATE member_notification SET read_at = ? WHERE id = ? AND member_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), line, member).update();
        return db.sql("SELECT link FROM member_notification WHERE id = ? AND member_id = ?").params(line, member)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
    }

    public int markAllRead(UUID member) {
        return db.sql("UPDATE member_notification SET read_at = ? WHERE member_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), member).update();
    }

    /** Every line of the member, for their data export, newest first. */
    public List<Line> all(UUID member) {
        return db.sql("SELECT " + COLUMNS + " FROM member_notification WHERE member_id = ? "
                + "ORDER BY updated_at DESC, id DESC").param(member).query(NotificationList::line).list();
    }

    public void erase(UUID member) {
        db.sql("DELETE FROM member_notification WHERE member_id = ?").param(member).update();
    }

    static Line line(ResultSet rs, int row) throws SQLException {
        String[] names = (String[]) rs.getArray(5).getArray();
        return new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                ParameterValues.read(rs.getString(4)), Arrays.asList(names), rs.getInt(6), rs.getString(7),
                rs.getString(8), rs.getObject(9, UUID.class), rs.getTimestamp(10).toInstant(), rs.getBoolean(11));
    }
}
