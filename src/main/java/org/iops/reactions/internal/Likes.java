package org.iops.reactions.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Liking and unliking, and the counts. The table's primary key (item, member) makes a like count once however often
 * it is sent; the form says which it wants (like or unlike), so a double click does not undo itself.
 */
@Service
class Likes implements NotificationCatalog {

    static final String KIND = "reactions.like";
    static final Duration NOTICE_EVERY = Duration.ofHours(1);

    /** What a reader sees of an item's likes. */
    record Tally(long count, boolean mine) {
        static final Tally NONE = new Tally(0, false);
    }

    private final JdbcClient db;
    private final ObjectProvider<Contents> contents;
    private final Notifications notifications;
    private final Clock clock;
    private final String baseUrl;

    Likes(JdbcClient db, ObjectProvider<Contents> contents, Notifications notifications, Clock clock,
            @Value("${iops.base-url}") String baseUrl) {
        this.db = db;
        this.contents = contents;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(KIND, Delivery.IMMEDIATELY));
    }

    /**
     * Likes the item ({@code like}) or takes the like back, and returns the item's likes as the member now sees them.
     *
     * @throws NotFoundException for an item the member may not see, or none
     */
    @Transactional
    ContentItem set(UUID member, ContentRef ref, boolean like) {
        Contents registry = contents.getObject();
        ContentItem item = registry.find(ref).filter(found -> registry.maySee(member, found))
                .orElseThrow(() -> new NotFoundException("item " + ref));
        if (item.state() != ContentState.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "reactions.notPublished");
        }
        if (!like) {
            db.sql("DELETE FROM reaction WHERE item_ref = ? AND member_id = ?").params(ref.toString(), member).update();
            return item;
        }
        Instant now = clock.instant();
        int added = db.sql("INSERT INTO reaction (item_ref, member_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(ref.toString(), member, Timestamp.from(now)).update();
        if (added == 1 && item.author() != null && !item.author().equals(member) && registry.maySee(item.author(), item)) {
            tellAuthor(item, now);
        }
        return item;
    }

    /** At most one notice an hour per item, with the count at that moment. */
    private void tellAuthor(ContentItem item, Instant now) {
        boolean due = !db.sql("INSERT INTO reaction_notice (item_ref, notified_at) VALUES (?, ?) "
                        + "ON CONFLICT (item_ref) DO UPDATE SET notified_at = EXCLUDED.notified_at "
                        + "WHERE reaction_notice.notified_at <= ? RETURNING 1")
                .params(item.ref().toString(), Timestamp.from(now), Timestamp.from(now.minus(NOTICE_EVERY)))
                .query(Integer.class).list().isEmpty();
        if (due) {
            long count = db.sql("SELECT count(*) FROM reaction WHERE item_ref = ? AND member_id <> ?")
                    .params(item.ref().toString(), item.author()).query(Long.class).single();
            notifications.notify(item.author(), KIND, baseUrl + item.path(), Parameter.number(count),
                    Parameter.text(item.title()), Parameter.recipientName());
        }
    }

    /** The likes of each item for this reader (null: a visitor), in one query; items without likes are left out. */
    Map<ContentRef, Tally> tallies(Collection<ContentRef> refs, @Nullable UUID reader) {
        Map<ContentRef, Tally> tallies = new HashMap<>();
        if (refs.isEmpty()) {
            return tallies;
        }
        db.sql("SELECT item_ref, count(*) AS likes, coalesce(bool_or(member_id = CAST(? AS uuid)), false) AS mine "
                        + "FROM reaction WHERE item_ref = ANY(?) GROUP BY item_ref")
                .params(reader, refs.stream().map(ContentRef::toString).toArray(String[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    tallies.put(ContentRef.parse(rs.getString("item_ref")),
                            new Tally(rs.getLong("likes"), rs.getBoolean("mine")));
                });
        return tallies;
    }

    /** Every item the member liked, for the data export. */
    List<Map<String, Object>> likedBy(UUID member) {
        return db.sql("SELECT item_ref, created_at FROM reaction WHERE member_id = ? ORDER BY created_at")
                .param(member).query((rs, n) -> Map.<String, Object>of("item", rs.getString(1),
                        "likedAt", rs.getTimestamp(2).toInstant().toString())).list();
    }

    /** The member's likes go, and the counts drop. */
    void forget(UUID member) {
        db.sql("DELETE FROM reaction WHERE member_id = ?").param(member).update();
    }
}
