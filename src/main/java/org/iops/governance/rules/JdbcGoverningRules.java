package org.iops.governance.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.iops.content.ContentRef;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleChanged;
import org.iops.governance.RuleKey;
import org.iops.governance.RuleStatus;
import org.iops.governance.RuleVersion;
import org.iops.shared.PersonalData;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.CacheSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** {@link GoverningRules} on the {@code governing_rule} table: one row per version, values as JSON. */
@Service
@Order(700)
class JdbcGoverningRules implements GoverningRules, PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CacheSignals signals;
    // pages read a unit's current versions from memory until a rule is set (here, or on another node)
    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    private record Kept(long generation, Optional<RuleVersion<?>> version) {
    }

    JdbcGoverningRules(JdbcClient jdbc, UnitDirectory units, ApplicationEventPublisher events, Clock clock,
            CacheSignals signals) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.signals = signals;
        signals.subscribe(TOPIC, key -> generation.incrementAndGet());
    }

    static final String TOPIC = "rules";

    @Override
    public <T> T current(RuleKey<T> key, UnitId unit) {
        RuleVersion<T> version = currentVersion(key, unit);
        return version == null ? key.defaultValue() : version.value();
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public <T> @Nullable RuleVersion<T> currentVersion(RuleKey<T> key, UnitId unit) {
        if (!org.iops.web.PageReads.inProgress()) {
            return find(key, unit);
        }
        long now = generation.get();
        String cacheKey = key.name() + '|' + unit.value();
        Kept known = kept.getIfPresent(cacheKey);
        if (known == null || known.generation() != now) {
            known = new Kept(now, Optional.ofNullable(find(key, unit)));
            kept.put(cacheKey, known);
        }
        return (RuleVersion<T>) known.version().orElse(null);
    }

    private <T> @Nullable RuleVersion<T> find(RuleKey<T> key, UnitId unit) {
        List<UnitId> chain = new ArrayList<>();
        chain.add(unit);
        List<UnitRef> ancestors = units.ancestorsOf(unit);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            chain.add(ancestors.get(i).id());
        }
        UUID[] ids = chain.stream().map(UnitId::value).toArray(UUID[]::new);
        Map<UUID, RuleVersion<T>> latest = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (unit_id) * FROM governing_rule
                 WHERE rule_key = ? AND unit_id = ANY(?) ORDER BY unit_id, version DESC""")
                .params(key.name(), ids)
                .query((rs, n) -> version(key, rs))
                .list()
                .forEach(version -> latest.put(version.unit().value(), version));
        for (UnitId id : chain) {
            RuleVersion<T> found = latest.get(id.value());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    @Transactional
    public <T> RuleVersion<T> set(RuleKey<T> key, UnitId unit, T value, RuleStatus status, @Nullable UUID setBy,
            @Nullable ContentRef decidedBy, String note) {
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException("the value of " + key.name() + " is a " + key.type().getSimpleName());
        }
        // One writer at a time per rule and unit, so two recorders cannot both take the next number.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params(key.name(), unit.value().toString()).query((rs, n) -> 1).list();
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM governing_rule WHERE rule_key = ? AND unit_id = ?")
                .params(key.name(), unit.value()).query(Integer.class).single();
        RuleVersion<T> version = new RuleVersion<>(UUID.randomUUID(), key.name(), unit, next, value, status,
                clock.instant(), setBy, decidedBy, note == null ? "" : note.strip());
        jdbc.sql("""
                INSERT INTO governing_rule (id, rule_key, unit_id, version, value, status, since, set_by, decided_by, note)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(version.id(), key.name(), unit.value(), next, JSON.writeValueAsString(value), status.name(),
                        Timestamp.from(version.since()), setBy, decidedBy == null ? null : decidedBy.toString(),
                        version.note())
                .update();
        forgetKept();
        events.publishEvent(new RuleChanged(key.name(), unit, next, status));
        return version;
    }

    /** Pages read rules afresh from now on, here and (after the commit) on the other nodes. */
    private void forgetKept() {
        generation.incrementAndGet();
        signals.announce(TOPIC, CacheSignals.EVERYTHING);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public <T> List<RuleVersion<T>> history(RuleKey<T> key, UnitId unit) {
        return jdbc.sql("SELECT * FROM governing_rule WHERE rule_key = ? AND unit_id = ? ORDER BY version DESC")
                .params(key.name(), unit.value())
                .query((rs, n) -> version(key, rs))
                .list();
    }

    private static <T> RuleVersion<T> version(RuleKey<T> key, ResultSet rs) throws SQLException {
        String decidedBy = rs.getString("decided_by");
        Instant since = rs.getTimestamp("since").toInstant();
        return new RuleVersion<>(rs.getObject("id", UUID.class), key.name(),
                new UnitId(rs.getObject("unit_id", UUID.class)), rs.getInt("version"),
                JSON.readValue(rs.getString("value"), key.type()), RuleStatus.valueOf(rs.getString("status")), since,
                rs.getObject("set_by", UUID.class), decidedBy == null ? null : ContentRef.parse(decidedBy),
                rs.getString("note"));
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> recorded = jdbc.sql("""
                SELECT rule_key, unit_id, version, since FROM governing_rule WHERE set_by = ? ORDER BY since""")
                .param(memberId)
                .query((rs, n) -> Map.<String, Object>of("rule", rs.getString("rule_key"),
                        "unit", rs.getObject("unit_id", UUID.class).toString(), "version", rs.getInt("version"),
                        "since", rs.getTimestamp("since").toInstant().toString()))
                .list();
        return recorded.isEmpty() ? Map.of() : Map.of("governingRulesRecorded", recorded);
    }

    /** The rules stay as they were made; only the name of who recorded them goes. */
    @Override
    public void erase(UUID memberId) {
        jdbc.sql("UPDATE governing_rule SET set_by = NULL WHERE set_by = ?").param(memberId).update();
        forgetKept();
    }
}
