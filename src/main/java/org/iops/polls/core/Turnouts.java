package org.iops.polls.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.iops.web.PageReads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A poll's turnout as its page shows it, live to within two seconds: a branch poll's page would otherwise count its
 * 60,000 roll rows and its ballots per chapter on every view. The roll per chapter is frozen when voting opens (kept
 * a minute: a merge or an erasure may still change it); the ballots cast are kept two seconds, and forgotten on this
 * node as soon as a ballot here commits, so a member who has just voted sees their ballot counted. Only pages
 * ({@link PageReads#inProgress()}) read what is kept.
 */
@Component
class Turnouts {

    private final Cache<UUID, Map<Optional<UUID>, Long>> rolls = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<UUID, Map<Optional<UUID>, Long>> voted = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofSeconds(2)).build();
    private final Cache<UUID, Long> cast = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofSeconds(2)).build();

    Map<Optional<UUID>, Long> rollPerChapter(UUID poll, Supplier<Map<Optional<UUID>, Long>> count) {
        return kept(rolls, poll, count);
    }

    Map<Optional<UUID>, Long> votedPerChapter(UUID poll, Supplier<Map<Optional<UUID>, Long>> count) {
        return kept(voted, poll, count);
    }

    long ballots(UUID poll, Supplier<Long> count) {
        return kept(cast, poll, count);
    }

    /** A ballot was cast or a poll's ballots changed in this transaction: forget its turnout when it commits. */
    void changed(UUID poll) {
        forget(poll);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(poll);
                }
            });
        }
    }

    private void forget(UUID poll) {
        voted.invalidate(poll);
        cast.invalidate(poll);
        rolls.invalidate(poll);
    }

    private static <T> T kept(Cache<UUID, T> cache, UUID poll, Supplier<T> count) {
        if (!PageReads.inProgress()) {
            return count.get();
        }
        Function<UUID, T> load = key -> count.get();
        return cache.get(poll, load);
    }
}
