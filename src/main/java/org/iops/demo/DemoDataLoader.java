package org.iops.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.iops.demo.DemoWorld.Country;
import org.iops.shared.Text;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo organization when started with {@code --iops.demo.members=N}: 40
 * countries, about 300 chapters in every lifecycle state, N members with varied privacy settings and roles. The
 * same seed gives the same organization. Everything is written in one transaction with COPY, so a failed load
 * leaves nothing behind; then every unit's member count is recomputed.
 */
@Component
@Order(0)
@ConditionalOnProperty("iops.demo.members")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final UUID INTERNATIONAL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final String DEMO_PASSWORD = "demo-password-2026";
    static final String EMAIL_DOMAIN = "demo.iops.example";
    private static final String[] AUDIENCES = {"EVERYONE", "MEMBERS", "CHAPTER", "ADMINS"};
    private static final Instant FIRST_JOIN = LocalDate.of(2012, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LOADED_AT = LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final UnitDirectory units;
    private final PasswordEncoder passwords;
    private final ConfigurableApplicationContext context;
    private final int memberCount;
    private final long seed;
    private final boolean replace;
    private final boolean exitAfterLoad;

    DemoDataLoader(DataSource dataSource, UnitDirectory units, PasswordEncoder passwords, ConfigurableApplicationContext context,
            @Value("${iops.demo.members}") int memberCount, @Value("${iops.demo.seed:2026}") long seed,
            @Value("${iops.demo.replace:false}") boolean replace,
            @Value("${iops.demo.exit-after-load:false}") boolean exitAfterLoad) {
        if (memberCount < 0 || memberCount > 5_000_000) {
            throw new IllegalArgumentException("iops.demo.members must be between 0 and 5,000,000");
        }
        this.dataSource = dataSource;
        this.units = units;
        this.passwords = passwords;
        this.context = context;
        this.memberCount = memberCount;
        this.seed = seed;
        this.replace = replace;
        this.exitAfterLoad = exitAfterLoad;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (hasMembers(connection) && !replace) {
                log.warn("Demo data: the database already has members; nothing loaded "
                        + "(start with --iops.demo.replace=true to replace everything by the demo organization)");
            } else {
                Instant start = Instant.now();
                if (replace) {
                    wipe(connection);
                }
                load(connection);
                connection.commit();
                units.recountMembers();
                try (Statement analyze = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    analyze.execute("ANALYZE");
                }
                log.info("Demo data: loaded {} members in {} s. Log in as admin@{} with password {}", memberCount,
                        Duration.between(start, Instant.now()).toSeconds(), EMAIL_DOMAIN, DEMO_PASSWORD);
            }
        }
        if (exitAfterLoad) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static boolean hasMembers(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("SELECT EXISTS (SELECT 1 FROM member)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void wipe(Connection connection) throws SQLException {
        log.info("Demo data: removing existing members and units");
        try (Statement wipe = connection.createStatement()) {
            wipe.execute("TRUNCATE member, member_token, setup_link, member_placements, unit_memberships, unit_roles, "
                    + "unit_audit, unit_aliases, spring_session, persistent_logins CASCADE");
            wipe.execute("DELETE FROM units WHERE level <> 'INTERNATIONAL'");
        }
    }

    /** A chapter or other unit being generated. */
    private static final class UnitRow {
        final UUID id;
        final @Nullable UnitRow parent;
        final String level;
        final @Nullable String kind;
        String status = "ACTIVE";
        final String name;
        final @Nullable UnitRow branch;
        final String country;
        final @Nullable String matchKey;
        @Nullable LocalDate foundedOn;
        @Nullable UnitRow mergedInto;
        double weight;
        @Nullable UUID firstMember;
        @Nullable UUID secondMember;

        UnitRow(UUID id, @Nullable UnitRow parent, String level, @Nullable String kind, String name,
                @Nullable UnitRow branch, String country, @Nullable String matchKey) {
            this.id = id;
            this.parent = parent;
            this.level = level;
            this.kind = kind;
            this.name = name;
            this.branch = branch;
            this.country = country;
            this.matchKey = matchKey;
        }

        String path() {
            List<UUID> ids = new ArrayList<>();
            for (UnitRow u = this; u != null; u = u.parent) {
                ids.add(0, u.id);
            }
            ids.add(0, INTERNATIONAL);
            return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        }

        boolean living() {
            return !status.equals("ARCHIVED") && !status.equals("MERGED");
        }
    }

    private void load(Connection connection) throws SQLException {
        Random random = new Random(seed);
        List<UnitRow> branches = new ArrayList<>();
        List<UnitRow> chapters = new ArrayList<>();
        buildTree(random, branches, chapters);
        List<UnitRow> all = new ArrayList<>();
        for (UnitRow branch : branches) {
            all.add(branch);
        }
        for (UnitRow chapter : chapters) {
            if (chapter.parent != null && chapter.parent.level.equals("REGION") && !all.contains(chapter.parent)) {
                all.add(chapter.parent);
            }
        }
        all.addAll(chapters);
        writeUnits(connection, all);
        log.info("Demo data: {} branches, {} chapters", branches.size(), chapters.size());

        UnitRow benchmark = chapters.stream().filter(c -> c.name.equals(DemoWorld.BENCHMARK_CHAPTER)).findFirst()
                .orElseThrow();
        List<UnitRow> living = chapters.stream().filter(UnitRow::living).filter(c -> c != benchmark).toList();
        double[] cumulative = new double[living.size()];
        double total = 0;
        for (int i = 0; i < living.size(); i++) {
            total += living.get(i).weight;
            cumulative[i] = total;
        }
        writeMembers(connection, random, benchmark, living, cumulative, total);
        writeRoles(connection, random, branches, chapters);
    }

    private void buildTree(Random random, List<UnitRow> branches, List<UnitRow> chapters) {
        for (Country country : DemoWorld.COUNTRIES) {
            String countryName = new Locale("", country.code()).getDisplayCountry(Locale.ENGLISH);
            UnitRow branch = new UnitRow(uuid(random), null, "BRANCH", null, countryName, null, country.code(), null);
            branch.foundedOn = LocalDate.of(2012 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
            branches.add(branch);
            Map<String, UnitRow> regions = new HashMap<>();
            for (String region : country.regions()) {
                regions.put(region, new UnitRow(uuid(random), branch, "REGION", null, region, branch, country.code(),
                        Text.matchKey(region)));
            }
            List<String> localities = country.localities();
            for (int i = 0; i < localities.size(); i++) {
                String locality = localities.get(i);
                // each town in its real region, or right below the branch where the demo has no regions
                UnitRow parent = regions.getOrDefault(country.regionOf().getOrDefault(locality, ""), branch);
                UnitRow chapter = new UnitRow(uuid(random), parent, "CHAPTER", "LOCALITY", locality, branch,
                        country.code(), Text.matchKey(locality));
                chapter.weight = 1.0 / (i + 1) * (1.0 / (1 + branches.size() * 0.08));
                chapters.add(chapter);
                if (i == 0) {
                    UnitRow district = new UnitRow(uuid(random), parent, "CHAPTER", "DISTRICT",
                            locality + " – " + DemoWorld.NEIGHBOURHOODS.get(random.nextInt(4)), branch,
                            country.code(), null);
                    district.weight = chapter.weight / 4;
                    chapters.add(district);
                    UnitRow campus = new UnitRow(uuid(random), parent, "CHAPTER", "CAMPUS",
                            locality + " " + DemoWorld.CAMPUSES.get(random.nextInt(DemoWorld.CAMPUSES.size())),
                            branch, country.code(), null);
                    campus.weight = chapter.weight / 5;
                    chapters.add(campus);
                }
            }
            if (localities.size() >= 3) {
                UnitRow online = new UnitRow(uuid(random), branch, "CHAPTER", "ONLINE", countryName + " online",
                        branch, country.code(), null);
                online.weight = chapters.get(chapters.size() - 1).weight;
                chapters.add(online);
            }
        }
        assignLifecycle(random, chapters);
    }

    /** Roughly: 55% active, 28% provisional, 10% dormant, 4% archived, 3% merged into their branch's first chapter. */
    private static void assignLifecycle(Random random, List<UnitRow> chapters) {
        for (UnitRow chapter : chapters) {
            int roll = random.nextInt(100);
            boolean isBenchmark = chapter.name.equals(DemoWorld.BENCHMARK_CHAPTER);
            UnitRow capital = chapters.stream().filter(c -> c.branch == chapter.branch && "LOCALITY".equals(c.kind))
                    .findFirst().orElseThrow();
            if (isBenchmark || roll < 55 || chapter == capital) {
                chapter.status = "ACTIVE";
                chapter.foundedOn = LocalDate.of(2013 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28));
            } else if (roll < 83) {
                chapter.status = "PROVISIONAL";
            } else if (roll < 93) {
                chapter.status = "DORMANT";
                chapter.foundedOn = LocalDate.of(2013 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                chapter.weight /= 6;
            } else if (roll < 97 || !"LOCALITY".equals(chapter.kind)) {
                chapter.status = "ARCHIVED";
            } else {
                chapter.status = "MERGED";
                chapter.mergedInto = capital;
            }
        }
    }

    private static void writeUnits(Connection connection, List<UnitRow> units) throws SQLException {
        try (BulkCopy copy = new BulkCopy(connection, "units", "id, parent_id, level, chapter_kind, status, name, "
                + "branch_id, country_code, match_key, path, founded_on, merged_into, created_at")) {
            for (UnitRow u : units) {
                UnitRow branch = u.level.equals("BRANCH") ? u : u.branch;
                copy.row(u.id, u.parent == null ? INTERNATIONAL : u.parent.id, u.level, u.kind, u.status, u.name,
                        branch == null ? null : branch.id, u.country, u.matchKey, u.path(), u.foundedOn,
                        u.mergedInto == null ? null : u.mergedInto.id, FIRST_JOIN);
            }
        }
    }

    private void writeMembers(Connection connection, Random random, UnitRow benchmark, List<UnitRow> living,
            double[] cumulative, double total) throws SQLException {
        String hash = passwords.encode(DEMO_PASSWORD);
        Instant start = Instant.now();
        long span = Duration.between(FIRST_JOIN, LOADED_AT).toSeconds();
        int progressStep = Math.max(10_000, memberCount / 20);
        int benchmarkMembers = memberCount >= 2_000 ? DemoWorld.BENCHMARK_CHAPTER_MEMBERS : 0;
        try (BulkCopy members = new BulkCopy(connection, "member", "id, email, email_verified_at, password_hash, "
                + "display_name, real_name, bio, country_code, locality, neighbourhood, language, hidden, "
                + "locality_audience, neighbourhood_audience, real_name_audience, bio_audience, email_audience, "
                + "joined_at, updated_at");
                BulkCopy placements = new BulkCopy(connection, "member_placements",
                        "member_id, branch_id, chapter_id, placed_at");
                BulkCopy memberships = new BulkCopy(connection, "unit_memberships",
                        "id, member_id, unit_id, kind, since")) {
            for (int i = 0; i < memberCount; i++) {
                UnitRow chapter = i < benchmarkMembers ? benchmark : pick(random, living, cumulative, total);
                UnitRow branch = chapter.branch;
                Country country = DemoWorld.COUNTRIES.stream().filter(c -> c.code().equals(chapter.country))
                        .findFirst().orElseThrow();
                UUID id = uuid(random);
                if (chapter.firstMember == null) {
                    chapter.firstMember = id;
                } else if (chapter.secondMember == null) {
                    chapter.secondMember = id;
                }
                Instant joined = FIRST_JOIN.plusSeconds((long) (span * Math.sqrt(random.nextDouble())));
                boolean verified = random.nextInt(100) >= 3;
                String first = DemoWorld.FIRST_NAMES.get(random.nextInt(DemoWorld.FIRST_NAMES.size()));
                String displayName = random.nextInt(100) < 25
                        ? DemoWorld.PSEUDONYM_WORDS.get(random.nextInt(DemoWorld.PSEUDONYM_WORDS.size())) + "-"
                                + (10 + random.nextInt(90))
                        : first + " " + (char) ('A' + random.nextInt(26)) + ".";
                String locality = "LOCALITY".equals(chapter.kind) ? chapter.name : country.localities().get(0);
                members.row(id, i == 0 ? "admin@" + EMAIL_DOMAIN : "member" + i + "@" + EMAIL_DOMAIN,
                        verified ? joined.plusSeconds(600) : null, hash, i == 0 ? "Demo Admin" : displayName,
                        random.nextInt(100) < 30 ? first + " " + surname(random) : null,
                        random.nextInt(100) < 60 ? DemoWorld.BIOS.get(random.nextInt(DemoWorld.BIOS.size())) : null,
                        chapter.country, locality,
                        random.nextInt(100) < 20 ? DemoWorld.NEIGHBOURHOODS.get(random.nextInt(DemoWorld.NEIGHBOURHOODS.size())) : null,
                        country.language(), i > 0 && random.nextInt(100) < 5,
                        audience(random, 15, 25, 50), audience(random, 5, 15, 60), audience(random, 5, 10, 15),
                        audience(random, 30, 50, 10), audience(random, 2, 5, 8), joined, joined);
                placements.row(id, branch.id, chapter.id, joined);
                memberships.row(uuid(random), id, branch.id, "RESIDENCE", joined);
                memberships.row(uuid(random), id, chapter.id, "RESIDENCE", joined);
                if ((i + 1) % progressStep == 0) {
                    long seconds = Math.max(1, Duration.between(start, Instant.now()).toSeconds());
                    log.info("Demo data: {} / {} members ({}%), {} members/s", i + 1, memberCount,
                            (i + 1) * 100L / memberCount, (i + 1) / seconds);
                }
            }
        }
    }

    private static UnitRow pick(Random random, List<UnitRow> living, double[] cumulative, double total) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return living.get(index >= 0 ? index : Math.min(-index - 1, living.size() - 1));
    }

    /** Roles: two international admins and a committee of twelve; an admin per branch; admins and moderators in chapters. */
    private static void writeRoles(Connection connection, Random random, List<UnitRow> branches,
            List<UnitRow> chapters) throws SQLException {
        try (BulkCopy roles = new BulkCopy(connection, "unit_roles", "id, unit_id, member_id, role, starts_at, granted_by");
                BulkCopy audit = new BulkCopy(connection, "unit_audit",
                        "unit_id, at, actor_id, action, subject_member_id, detail")) {
            UUID admin = chapters.stream().map(c -> c.firstMember).filter(m -> m != null).findFirst().orElse(null);
            List<UUID> committee = new ArrayList<>();
            if (admin != null) {
                grant(roles, audit, random, INTERNATIONAL, firstMemberOf(connection), "ADMIN", null);
            }
            for (UnitRow branch : branches) {
                UUID branchAdmin = chapters.stream().filter(c -> c.branch == branch && c.firstMember != null)
                        .map(c -> c.firstMember).findFirst().orElse(null);
                if (branchAdmin != null) {
                    grant(roles, audit, random, branch.id, branchAdmin, "ADMIN", null);
                    if (committee.size() < 12) {
                        committee.add(branchAdmin);
                    }
                }
            }
            for (UUID member : committee) {
                grant(roles, audit, random, INTERNATIONAL, member, "COMMITTEE_MEMBER", null);
            }
            for (UnitRow chapter : chapters) {
                if (chapter.status.equals("ACTIVE") && chapter.secondMember != null) {
                    grant(roles, audit, random, chapter.id, chapter.secondMember, "ADMIN", null);
                    if (random.nextInt(3) == 0 && chapter.firstMember != null) {
                        grant(roles, audit, random, chapter.id, chapter.firstMember, "MODERATOR", null);
                    }
                }
            }
        }
    }

    private static UUID firstMemberOf(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM member WHERE email = ?")) {
            query.setString(1, "admin@" + EMAIL_DOMAIN);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static void grant(BulkCopy roles, BulkCopy audit, Random random, UUID unit, UUID member, String role,
            @Nullable UUID grantedBy) throws SQLException {
        Instant since = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28))
                .atStartOfDay().toInstant(ZoneOffset.UTC);
        roles.row(uuid(random), unit, member, role, since, grantedBy);
        audit.row(unit, since, grantedBy, "ROLE_ASSIGNED", member, role);
    }

    /** EVERYONE, MEMBERS or CHAPTER with the given percentages, ADMINS for the rest. */
    private static String audience(Random random, int everyone, int members, int chapter) {
        int roll = random.nextInt(100);
        if (roll < everyone) {
            return AUDIENCES[0];
        }
        if (roll < everyone + members) {
            return AUDIENCES[1];
        }
        return roll < everyone + members + chapter ? AUDIENCES[2] : AUDIENCES[3];
    }

    private static String surname(Random random) {
        String[] syllables = {"ka", "lo", "mi", "ra", "son", "ber", "di", "ne", "to", "va", "el", "an"};
        String name = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                + syllables[random.nextInt(syllables.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A version-4 UUID drawn from the seeded generator, so the same seed gives the same ids. */
    private static UUID uuid(Random random) {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
