package org.iops.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * An audience as a feature module declares one ({@code test.crowd}): the members a test registered under a key, in
 * PostgreSQL's uuid order (that of the ids' text). A test may make it fail once when a page would start past a given
 * number of members, as a crash in the middle of an expansion would.
 */
@TestComponent(TestAudience.NAME)
public class TestAudience implements Audience {

    public static final String NAME = "test.crowd";

    private static final Comparator<UUID> POSTGRESQL_ORDER = Comparator.comparing(UUID::toString);

    private final Map<String, List<UUID>> crowds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    /** Registers the members as a new crowd; returns its key. */
    public String register(List<UUID> members) {
        String key = UUID.randomUUID().toString();
        List<UUID> sorted = new ArrayList<>(members);
        sorted.sort(POSTGRESQL_ORDER);
        crowds.put(key, List.copyOf(sorted));
        return key;
    }

    /** The next page asked of this crowd that would start at or past {@code served} members fails, once. */
    public void failOnceAfter(String key, int served) {
        failures.put(key, new AtomicInteger(served));
    }

    @Override
    public List<UUID> members(String key, @Nullable UUID after, int limit) {
        List<UUID> crowd = crowds.getOrDefault(key, List.of());
        int from = 0;
        if (after != null) {
            while (from < crowd.size() && POSTGRESQL_ORDER.compare(crowd.get(from), after) <= 0) {
                from++;
            }
        }
        AtomicInteger failAt = failures.get(key);
        if (failAt != null && from >= failAt.get() && failures.remove(key, failAt)) {
            throw new IllegalStateException("the crowd's store is unreachable, for the test");
        }
        return crowd.subList(from, Math.min(crowd.size(), from + limit));
    }
}
