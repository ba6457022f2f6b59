package org.iops.blogs.posts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts a unit features on its page, in the order its admins chose: a post of the unit itself, or one promoted
 * from a unit below it. Each change is written to the unit's featuring log (the units audit log has no API for
 * other modules), shown to its admins.
 */
@Service
@Transactional
class Featuring {

    /** How many posts a unit may feature at once: the section is a showcase, not a second blog. */
    static final int MOST = 12;

    /** One line of the log. */
    record LogLine(UUID post, @Nullable UUID actor, String action, Instant at) {
    }

    private final JdbcClient db;
    private final Permissions permissions;
    private final UnitDirectory units;
    private final Clock clock;

    Featuring(JdbcClient db, Permissions permissions, UnitDirectory units, Clock clock) {
        this.db = db;
        this.permissions = permissions;
        this.units = units;
        this.clock = clock;
    }

    /** The units whose page may show the post, nearest first: its own and every one above. */
    @Transactional(readOnly = true)
    List<UnitRef> placesFor(Post post) {
        List<UnitRef> places = new ArrayList<>();
        units.find(new UnitId(post.unit())).ifPresent(places::add);
        List<UnitRef> above = new ArrayList<>(units.ancestorsOf(new UnitId(post.unit())));
        java.util.Collections.reverse(above);
        places.addAll(above);
        return places;
    }

    boolean mayFeature(@Nullable UUID reader, UnitId unit) {
        return reader != null && permissions.may(reader, BlogActions.FEATURE, unit);
    }

    /** The featured posts' ids, in order. */
    @Transactional(readOnly = true)
    List<UUID> featured(UnitId unit) {
        return db.sql("SELECT post_id FROM blog_featured WHERE unit_id = ? ORDER BY position, featured_at")
                .param(unit.value()).query(UUID.class).list();
    }

    @Transactional(readOnly = true)
    boolean isFeatured(UnitId unit, UUID post) {
        return db.sql("SELECT count(*) FROM blog_featured WHERE unit_id = ? AND post_id = ?")
                .params(unit.value(), post).query(Long.class).single() > 0;
    }

    /**
     * Features the post on the unit's page, last; a post from a unit below is promoted.
     *
     * @return false when it was featured there already or the unit features {@link #MOST} already
     */
    boolean feature(UUID admin, Post post, UnitId unit) {
        requireAdmin(admin, unit);
        if (post.isDraft() || post.contentState() != ContentState.PUBLISHED
                || placesFor(post).stream().noneMatch(u -> u.id().equals(unit))) {
            throw new NotFoundException("post");
        }
        int count = db.sql("SELECT count(*) FROM blog_featured WHERE unit_id = ?").param(unit.value())
                .query(Integer.class).single();
        if (count >= MOST) {
            return false;
        }
        int added = db.sql("INSERT INTO blog_featured (unit_id, post_id, position, featured_by, featured_at) "
                        + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM blog_featured WHERE unit_id = ?), ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(unit.value(), post.id(), unit.value(), admin, PostRepository.ts(now())).update();
        if (added == 1) {
            log(unit, post.id(), admin, post.unit().equals(unit.value()) ? "FEATURED" : "PROMOTED");
        }
        return added == 1;
    }

    /** Moves a featured post one place up (towards the first) or down. */
    void move(UUID admin, UnitId unit, UUID post, boolean up) {
        requireAdmin(admin, unit);
        List<UUID> order = new ArrayList<>(featured(unit));
        int at = order.indexOf(post);
        if (at < 0) {
            throw new NotFoundException("featured post");
        }
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(at));
        for (int i = 0; i < order.size(); i++) {
            db.sql("UPDATE blog_featured SET position = ? WHERE unit_id = ? AND post_id = ?")
                    .params(i + 1, unit.value(), order.get(i)).update();
        }
        log(unit, post, admin, "MOVED");
    }

    void unfeature(UUID admin, UnitId unit, UUID post) {
        requireAdmin(admin, unit);
        if (db.sql("DELETE FROM blog_featured WHERE unit_id = ? AND post_id = ?").params(unit.value(), post).update() == 0) {
            throw new NotFoundException("featured post");
        }
        log(unit, post, admin, "UNFEATURED");
    }

    @Transactional(readOnly = true)
    List<LogLine> log(UnitId unit, int limit) {
        return db.sql("SELECT post_id, actor_id, action, at FROM blog_feature_log WHERE unit_id = ? ORDER BY at DESC, id "
                        + "LIMIT ?").params(unit.value(), limit)
                .query((rs, row) -> new LogLine(rs.getObject("post_id", UUID.class), rs.getObject("actor_id", UUID.class),
                        rs.getString("action"), rs.getTimestamp("at").toInstant())).list();
    }

    /** A merged chapter's featured posts go to the survivor's list, after its own, unless featured there already. */
    void moveUnit(UUID from, UUID to) {
        db.sql("UPDATE blog_featured f SET unit_id = :to, position = f.position + 1000 WHERE f.unit_id = :from AND NOT EXISTS "
                        + "(SELECT 1 FROM blog_featured s WHERE s.unit_id = :to AND s.post_id = f.post_id)")
                .param("from", from).param("to", to).update();
        db.sql("DELETE FROM blog_featured WHERE unit_id = ?").param(from).update();
    }

    /** Erasure: the log keeps what was done, without who. */
    void forget(UUID member) {
        db.sql("UPDATE blog_featured SET featured_by = NULL WHERE featured_by = ?").param(member).update();
        db.sql("UPDATE blog_feature_log SET actor_id = NULL WHERE actor_id = ?").param(member).update();
    }

    private void requireAdmin(UUID admin, UnitId unit) {
        if (!mayFeature(admin, unit)) {
            throw new ForbiddenException("blogs.feature");
        }
    }

    private void log(UnitId unit, UUID post, UUID actor, String action) {
        db.sql("INSERT INTO blog_feature_log (id, unit_id, post_id, actor_id, action, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), unit.value(), post, actor, action, PostRepository.ts(now())).update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
