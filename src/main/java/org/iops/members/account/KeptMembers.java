package org.iops.members.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.iops.web.CacheSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Members' display names as pages show them next to posts, topics, comments and lists, kept in memory: a page of
 * twenty replies reads no member row for authors it has met before. A name is forgotten when its member changes it
 * or is deleted, at once and again after the commit (so that no read racing the change keeps the old name), and on
 * the other nodes through {@link CacheSignals} (topic {@code names}); at the latest after ten minutes.
 */
@Component
class MemberNameCache {

    static final String TOPIC = "names";

    private final Cache<UUID, String> names = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final CacheSignals signals;

    MemberNameCache(CacheSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, key -> {
            if (key.equals(CacheSignals.EVERYTHING)) {
                names.invalidateAll();
            } else {
                names.invalidate(UUID.fromString(key));
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
            Map<UUID, String> read = load.apply(missing.stream().distinct().toList());
            names.putAll(read);
            found.putAll(read);
        }
        return found;
    }

    void changed(UUID id) {
        names.invalidate(id);
        signals.announce(TOPIC, id.toString());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    names.invalidate(id);
                }
            });
        }
    }
}
