package org.iops.units.tree;

import java.time.Clock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.units.Role;
import org.iops.units.RoleAssigned;
import org.iops.units.RoleEnded;
import org.iops.units.Standing;
import org.iops.units.Standing.HeldRole;
import org.iops.units.Standing.Membership;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.web.CacheSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Members' standings: loaded with two indexed queries, kept for the request that asked (a request attribute) and
 * across requests (Caffeine). A role given or ended drops the holder's copy once the change is committed; anything
 * else that changes roles or memberships calls {@link #forget} or {@link #forgetEveryone}. Every drop is announced to
 * the other nodes ({@link CacheSignals}, topic {@code standing}), which drop their copy too; the cache's time to live
 * ({@code iops.permissions.standing-ttl}, a minute) bounds how long a node that missed an announcement may go on
 * with an old copy.
 */
@Component
public class Standings {

    private static final String REQUEST_KEY = Standings.class.getName();
    static final String TOPIC = "standing";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<UUID, Standing> cache;
    private final CacheSignals signals;
    // changes whenever a standing is dropped: what other caches derive from roles and memberships is kept under it
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    Standings(JdbcClient jdbc, Clock clock, @Value("${iops.permissions.standing-ttl:PT1M}") Duration timeToLive,
            CacheSignals signals) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(100_000).build();
        this.signals = signals;
        signals.subscribe(TOPIC, key -> {
            generation.incrementAndGet();
            if (key.equals(CacheSignals.EVERYTHING)) {
                cache.invalidateAll();
            } else {
                cache.invalidate(UUID.fromString(key));
            }
        });
    }

    /**
     * The member's standing, a visitor's for null: this request's copy, else the cached one, else loaded. Every
     * check of a request sees the same copy unless a change committed meanwhile dropped it.
     */
    public Standing of(@Nullable UUID member) {
        if (member == null) {
            return Standing.visitor();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return cache.get(member, this::load);
        }
        Map<UUID, Held> held = heldBy(request, true);
        long now = generation.get();
        Held kept = held.get(member);
        // the request's copy holds as long as no change dropped it, whichever request (or test) made the change: while
        // no standing was dropped at all it holds without asking the cache
        if (kept != null && (kept.generation() == now || kept.standing() == cache.getIfPresent(member))) {
            if (kept.generation() != now) {
                held.put(member, new Held(now, kept.standing()));
            }
            return kept.standing();
        }
        Standing loaded = cache.get(member, this::load);
        held.put(member, new Held(now, loaded));
        return loaded;
    }

    /** A standing a request read, and the {@link #generation()} it was known to hold under. */
    private record Held(long generation, Standing standing) {
    }

    /**
     * The standings this request read, by member: one request attribute (asking the request for an attribute goes
     * through each of its wrappers, and a page checks permissions dozens of times).
     */
    @SuppressWarnings("unchecked")
    private static @Nullable Map<UUID, Held> heldBy(RequestAttributes request, boolean create) {
        Object found = request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
        if (found instanceof Map<?, ?> map) {
            return (Map<UUID, Held>) map;
        }
        if (!create) {
            return null;
        }
        Map<UUID, Held> held = new ConcurrentHashMap<>();
        request.setAttribute(REQUEST_KEY, held, RequestAttributes.SCOPE_REQUEST);
        return held;
    }

    /**
     * Changes whenever some member's roles or memberships may have changed (here or, by {@link CacheSignals}, on
     * another node): lists of role holders and members can be kept under it.
     */
    long generation() {
        return generation.get();
    }

    /**
     * The standing this request already loaded for the member, if it still holds (no change dropped it since), or
     * null: for answers that may come from it instead of a query of their own, without loading one for a member
     * the request did not ask about.
     */
    @Nullable
    Standing keptByRequest(UUID member) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Map<UUID, Held> held = heldBy(request, false);
        Held kept = held == null ? null : held.get(member);
        return kept != null && (kept.generation() == generation.get() || kept.standing() == cache.getIfPresent(member))
                ? kept.standing() : null;
    }

    /** Drops the member's cached standing: the next request loads it again. */
    public void forget(UUID member) {
        generation.incrementAndGet();
        cache.invalidate(member);
        signals.announce(TOPIC, member.toString());
    }

    /**
     * Drops every cached standing: the hook for changes that touch many members at once (a chapter merged, moved
     * or archived, memberships loaded in bulk).
     */
    public void forgetEveryone() {
        generation.incrementAndGet();
        cache.invalidateAll();
        signals.announce(TOPIC, CacheSignals.EVERYTHING);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoleAssigned assigned) {
        forget(assigned.memberId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoleEnded ended) {
        forget(ended.memberId());
    }

    private Standing load(UUID member) {
        List<HeldRole> roles = jdbc.sql("""
                SELECT r.role, r.unit_id, u.level, r.starts_at, r.ends_at FROM unit_roles r JOIN units u ON u.id = r.unit_id
                WHERE r.member_id = ? AND (r.ends_at IS NULL OR r.ends_at > ?)""")
                .params(member, java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new HeldRole(Role.valueOf(rs.getString(1)), new UnitId(rs.getObject(2, UUID.class)),
                        UnitLevel.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
        List<Membership> memberships = jdbc.sql("SELECT unit_id, since FROM unit_memberships WHERE member_id = ? AND until IS NULL")
                .param(member)
                .query((rs, n) -> new Membership(new UnitId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
                .list();
        return new Standing(member, roles, memberships);
    }
}
