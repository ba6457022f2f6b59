package org.iops.members.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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
import java.util.function.Function;
import org.iops.members.account.MemberRepository.Listed;
import org.iops.web.CacheSignals;
import org.iops.web.PageReads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What pages read of members most, kept in memory: display names (next to posts, topics, comments and lists) and
 * directory entries (a member list of 500 reads no member row it has met before; privacy is still decided per
 * reader, from the kept entry). A member's entries are forgotten whenever their row changes ({@link #changed}), at
 * once and again after the commit, and on the other nodes through {@link CacheSignals} (topic {@code members}); at
 * the latest after ten minutes. A read that raced a change keeps nothing: what is read is kept only if no member
 * changed while it was read (statements read committed data as of their start), so a member who hides themselves is
 * never listed from an entry read before.
 */
@Component
class KeptMembers {

    static final String TOPIC = "members";

    /** A member with the keys of directory order, worked out once per member rather than once per comparison. */
    private record Keyed(String name, String id, Listed member) {
        static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::name).thenComparing(Keyed::id);

        Keyed(Listed member) {
            this(member.displayName().toLowerCase(Locale.ROOT), member.id().toString(), member);
        }
    }

    /**
     * Directory order: by name ignoring case, then by id, as PostgreSQL's "C" collation orders lower(name), id. A
     * chapter's page sorts its 500 members on every view: the keys are made once each (lower-casing them in the
     * comparator was the page's most sampled method).
     */
    static List<Listed> inDirectoryOrder(Collection<Listed> members) {
        return members.stream().map(Keyed::new).sorted(Keyed.ORDER).map(Keyed::member).toList();
    }

    private final Cache<UUID, String> names = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    /** Empty: not listable (hidden, unconfirmed, suspended, deleted or no member). */
    private final Cache<UUID, Optional<Listed>> listed = Caffeine.newBuilder().maximumSize(300_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    /**
     * Whole lists in directory order, by the identity of the id list they were made from: a unit's roll
     * ({@code UnitRolls}) hands out the same list until a membership changes, so a chapter page of 500 members sorts
     * them once, not once a view. Each is made under the {@link #changes} count and answers only while that count
     * stands (any member's change anywhere makes every list be made again).
     */
    private final Cache<Collection<UUID>, Sorted> sorted = Caffeine.newBuilder().weakKeys().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final AtomicLong changes = new AtomicLong();
    private final CacheSignals signals;
    /** Shorter lists (a unit's admins, a page's authors) are made afresh for each view: sorting them costs little. */
    private static final int SORTED_FROM = 50;

    /** A list in directory order, and the {@link #changes} count it was made under. */
    private record Sorted(long changes, List<Listed> members) {
    }

    KeptMembers(CacheSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, key -> {
            changes.incrementAndGet();
            if (key.equals(CacheSignals.EVERYTHING)) {
                names.invalidateAll();
                listed.invalidateAll();
                sorted.invalidateAll();
            } else {
                forget(UUID.fromString(key));
            }
        });
    }

    /** The kept names of {@code ids}; those not kept are read by {@code load} (ids that are no member stay out). */
    Map<UUID, String> displayNames(Collection<UUID> ids, Function<List<UUID>, Map<UUID, String>> load) {
        Map<UUID, String> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : ids) {
            String name = names.getIfPresent(id);
            if (name != null) {
                found.put(id, name);
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long before = changes.get();
            Map<UUID, String> read = load.apply(missing.stream().distinct().toList());
            if (changes.get() == before) {
                names.putAll(read);
                if (changes.get() != before) { // a change between the check and the put
                    names.invalidateAll(read.keySet());
                }
            }
            found.putAll(read);
        }
        return found;
    }

    /**
     * The listable members of {@code ids} in directory order; those not kept are read by {@code load}. Kept entries
     * answer only while a page is shown ({@link PageReads#inProgress()}): a transaction that writes reads the table.
     */
    List<Listed> listable(Collection<UUID> ids, Function<List<UUID>, List<Listed>> load) {
        if (!PageReads.inProgress()) {
            return inDirectoryOrder(load.apply(ids.stream().distinct().toList()));
        }
        if (ids.size() < SORTED_FROM) {
            return listableByEntry(ids, load);
        }
        long before = changes.get();
        Sorted known = sorted.getIfPresent(ids);
        if (known != null && known.changes() == before) {
            return known.members();
        }
        List<Listed> made = listableByEntry(ids, load);
        if (changes.get() == before) {
            sorted.put(ids, new Sorted(before, made));
        }
        return made;
    }

    private List<Listed> listableByEntry(Collection<UUID> ids, Function<List<UUID>, List<Listed>> load) {
        List<Listed> found = new ArrayList<>(ids.size());
        List<UUID> missing = new ArrayList<>();
        for (UUID id : ids) {
            Optional<Listed> kept = listed.getIfPresent(id);
            if (kept == null) {
                missing.add(id);
            } else {
                kept.ifPresent(found::add);
            }
        }
        if (!missing.isEmpty()) {
            List<UUID> asked = missing.stream().distinct().toList();
            long before = changes.get();
            List<Listed> read = load.apply(asked);
            found.addAll(read);
            if (changes.get() == before) {
                Map<UUID, Optional<Listed>> entries = new HashMap<>();
                asked.forEach(id -> entries.put(id, Optional.empty()));
                read.forEach(member -> entries.put(member.id(), Optional.of(member)));
                listed.putAll(entries);
                if (changes.get() != before) { // a change between the check and the put
                    listed.invalidateAll(entries.keySet());
                }
            }
        }
        return inDirectoryOrder(found.stream().distinct().toList());
    }

    /** The member's row changed (or is about to, in this transaction): forget what is kept of them, everywhere. */
    void changed(UUID id) {
        changes.incrementAndGet();
        forget(id);
        signals.announce(TOPIC, id.toString());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    forget(id);
                }
            });
        }
    }

    private void forget(UUID id) {
        names.invalidate(id);
        listed.invalidate(id);
        sorted.invalidateAll();
    }
}
