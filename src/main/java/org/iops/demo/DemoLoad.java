package org.iops.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One load of the demo organization, handed to every {@link DemoContribution} in turn: the transaction's
 * connection, the seeded generator (the same seed gives the same organization, ids included) and what the earlier
 * contributions made (the units, then the members), for the later ones to hang their rows off.
 */
public final class DemoLoad {

    public static final UUID INTERNATIONAL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final String DEMO_PASSWORD = "demo-password-2026";
    public static final String EMAIL_DOMAIN = "demo.iops.example";
    /** The first demo member joined on this day; everything the demo dates lies between it and {@link #LOADED_AT}. */
    public static final Instant FIRST_JOIN = LocalDate.of(2012, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant LOADED_AT = LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private final Connection connection;
    private final Random random;
    private final int memberCount;
    private final List<DemoUnit> branches = new ArrayList<>();
    private final List<DemoUnit> chapters = new ArrayList<>();
    private final List<DemoMember> members = new ArrayList<>();
    private final DeferredIndexes deferred;

    DemoLoad(Connection connection, long seed, int memberCount) {
        this.connection = connection;
        this.random = new Random(seed);
        this.memberCount = memberCount;
        this.deferred = new DeferredIndexes(connection);
    }

    public Connection connection() {
        return connection;
    }

    public Random random() {
        return random;
    }

    /** How many members the demo has ({@code iops.demo.members}). */
    public int memberCount() {
        return memberCount;
    }

    /** How many of them live in the benchmarks' chapter: all of its members are confirmed. */
    public int benchmarkMembers() {
        return memberCount >= 2_000 ? DemoWorld.BENCHMARK_CHAPTER_MEMBERS : 0;
    }

    /**
     * A COPY into the table, to close when done (try-with-resources). The table's foreign keys and plain indexes are
     * dropped the first time and built again, in one pass each, once every part is written ({@link DeferredIndexes}):
     * a part that reads back what it copied reads it without them.
     */
    public BulkCopy copy(String table, String columns) throws SQLException {
        deferred.before(table);
        return new BulkCopy(connection, table, columns);
    }

    /** Builds the indexes and foreign keys that the COPYs deferred; before the commit. */
    void rebuildIndexes() throws SQLException {
        deferred.rebuild();
    }

    /** A version-4 UUID drawn from the seeded generator. */
    public UUID uuid() {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The branches, once the tree is made; add to it while making it. */
    public List<DemoUnit> branches() {
        return branches;
    }

    /** The chapters, once the tree is made. */
    public List<DemoUnit> chapters() {
        return chapters;
    }

    /** The members, once made, the demo admin first. */
    public List<DemoMember> members() {
        return members;
    }

    public DemoUnit benchmarkChapter() {
        return chapters.stream().filter(c -> c.name().equals(DemoWorld.BENCHMARK_CHAPTER)).findFirst().orElseThrow();
    }
}
