package org.iops.units.tree;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.iops.units.UnitLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.iops.web.CacheSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The whole unit tree (every unit with its kept member count) in memory, read in one query and kept until a unit
 * changes. It changes rarely (a few hundred to a few thousand units; placements adjust the counts), and every page
 * reads it, so {@link UnitRepository} answers its reads from here whenever the caller is not inside a writing
 * transaction; a writing transaction always reads the table, locks and all.
 *
 * <p>Every write of {@link UnitRepository} calls {@link #invalidate()}; code that changes the {@code units} table
 * some other way (a bulk load, a listener of the unit events) must call it too. Each invalidation is announced to
 * the other nodes ({@link CacheSignals}, topic {@code tree}), which forget their copy as well.
 */
@Component
public class UnitTreeCache {

    /** Orders like the table's {@code ORDER BY lower(u.name)}. */
    static final Comparator<Unit> BY_NAME = Comparator.comparing(u -> u.name().toLowerCase(Locale.ROOT));

    /** The tree as one query read it. */
    record Snapshot(Map<UUID, Unit> byId, Map<UUID, List<Unit>> children, List<Unit> branches) {

        Optional<Unit> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        List<Unit> findAll(Collection<UUID> ids) {
            return ids.stream().distinct().map(byId::get).filter(u -> u != null).toList();
        }

        List<Unit> children(UUID parentId) {
            return children.getOrDefault(parentId, List.of());
        }

        List<Unit> twoLevelsBelow(UUID unitId) {
            List<Unit> below = new ArrayList<>(children(unitId));
            children(unitId).forEach(child -> below.addAll(children(child.id())));
            below.sort(BY_NAME);
            return below;
        }

        List<Unit> chaptersBelow(UUID unitId) {
            return byId.values().stream()
                    .filter(u -> u.level() == UnitLevel.CHAPTER && !u.id().equals(unitId) && u.path().contains(unitId))
                    .sorted(BY_NAME).toList();
        }
    }

    private final JdbcClient jdbc;
    // a snapshot is filed under the generation current when its load began: a load that raced a change is filed
    // under a generation nobody asks for any more (Caffeine leaves invalidation during a load undefined)
    private final AtomicLong generation = new AtomicLong();
    private final Cache<Long, Snapshot> snapshots = Caffeine.newBuilder().maximumSize(2).build();

    private final CacheSignals signals;

    UnitTreeCache(JdbcClient jdbc, CacheSignals signals) {
        this.jdbc = jdbc;
        this.signals = signals;
        signals.subscribe(TOPIC, key -> generation.incrementAndGet());
    }

    static final String TOPIC = "tree";

    /** Changes whenever the tree may have changed: what is computed from the tree can be kept under it. */
    long generation() {
        return generation.get();
    }

    Snapshot snapshot() {
        return snapshots.get(generation.get(), g -> load());
    }

    /**
     * Forgets the tree now and again when the current transaction ends, so that no reader keeps the tree as it was
     * before the change. Called by every write to the units table; the unit events' listeners may call it as well.
     */
    public void invalidate() {
        generation.incrementAndGet();
        if (!TransactionSynchronizationManager.hasResource(this)) {
            signals.announce(TOPIC, CacheSignals.EVERYTHING);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UnitTreeCache.this);
                    generation.incrementAndGet();
                }
            });
        }
    }

    /** Whether a read may come from the cache: outside any transaction, or in a read-only one. */
    static boolean mayReadCached() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private Snapshot load() {
        List<Unit> all = jdbc.sql("SELECT " + UnitRepository.COLUMNS + " FROM units u").query(UnitRepository.UNIT).list();
        Map<UUID, Unit> byId = new HashMap<>();
        Map<UUID, List<Unit>> children = new HashMap<>();
        List<Unit> branches = new ArrayList<>();
        for (Unit unit : all) {
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
            }
            if (unit.level() == UnitLevel.BRANCH) {
                branches.add(unit);
            }
        }
        children.replaceAll((parent, list) -> list.stream().sorted(BY_NAME).toList());
        return new Snapshot(Map.copyOf(byId), Map.copyOf(children), List.copyOf(branches));
    }
}
