package org.iops.members.account;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.iops.demo.DemoUnit;
import org.iops.demo.DemoWorld;
import org.iops.demo.DemoWorld.Country;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo members: spread unevenly over the living chapters (the benchmarks' chapter gets exactly its number, all
 * confirmed), a quarter with pseudonyms, varied privacy, 5% hidden from directories, 3% who never confirmed their
 * address. The first is the demo admin, {@code admin@demo.iops.example}; everyone's password is the demo password.
 */
@Component
@Order(200)
@ConditionalOnProperty("iops.demo.members")
class DemoMembers implements DemoContribution {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    private static final String[] AUDIENCES = {"EVERYONE", "MEMBERS", "CHAPTER", "ADMINS"};

    private final PasswordEncoder passwords;

    DemoMembers(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        Random random = load.random();
        DemoUnit benchmark = load.benchmarkChapter();
        List<DemoUnit> living = load.chapters().stream().filter(DemoUnit::living).filter(c -> c != benchmark).toList();
        double[] cumulative = new double[living.size()];
        double total = 0;
        for (int i = 0; i < living.size(); i++) {
            total += living.get(i).weight();
            cumulative[i] = total;
        }
        String hash = passwords.encode(DemoLoad.DEMO_PASSWORD);
        Instant start = Instant.now();
        long span = Duration.between(DemoLoad.FIRST_JOIN, DemoLoad.LOADED_AT).toSeconds();
        int count = load.memberCount();
        int progressStep = Math.max(10_000, count / 20);
        try (BulkCopy members = load.copy("member", "id, email, email_verified_at, password_hash, "
                + "display_name, real_name, bio, country_code, locality, neighbourhood, language, hidden, "
                + "locality_audience, neighbourhood_audience, real_name_audience, bio_audience, email_audience, "
                + "joined_at, updated_at")) {
            for (int i = 0; i < count; i++) {
                DemoUnit chapter = i < load.benchmarkMembers() ? benchmark : pick(random, living, cumulative, total);
                Country country = DemoWorld.country(chapter.countryCode());
                UUID id = load.uuid();
                Instant joined = DemoLoad.FIRST_JOIN.plusSeconds((long) (span * Math.sqrt(random.nextDouble())));
                // the admin and the benchmarks' chapter are always confirmed: only confirmed members are placed
                boolean confirmed = random.nextInt(100) >= 3 || i == 0 || chapter == benchmark;
                String first = DemoWorld.FIRST_NAMES.get(random.nextInt(DemoWorld.FIRST_NAMES.size()));
                String displayName = random.nextInt(100) < 25
                        ? DemoWorld.PSEUDONYM_WORDS.get(random.nextInt(DemoWorld.PSEUDONYM_WORDS.size())) + "-"
                                + (10 + random.nextInt(90))
                        : first + " " + (char) ('A' + random.nextInt(26)) + ".";
                String locality = "LOCALITY".equals(chapter.kind()) ? chapter.name() : country.localities().get(0);
                members.row(id, i == 0 ? "admin@" + DemoLoad.EMAIL_DOMAIN : "member" + i + "@" + DemoLoad.EMAIL_DOMAIN,
                        confirmed ? joined.plusSeconds(600) : null, hash, i == 0 ? "Demo Admin" : displayName,
                        random.nextInt(100) < 30 ? first + " " + surname(random) : null,
                        random.nextInt(100) < 60 ? DemoWorld.BIOS.get(random.nextInt(DemoWorld.BIOS.size())) : null,
                        chapter.countryCode(), locality,
                        random.nextInt(100) < 20
                                ? DemoWorld.NEIGHBOURHOODS.get(random.nextInt(DemoWorld.NEIGHBOURHOODS.size())) : null,
                        country.language(), i > 0 && random.nextInt(100) < 5,
                        audience(random, 15, 25, 50), audience(random, 5, 15, 60), audience(random, 5, 10, 15),
                        audience(random, 30, 50, 10), audience(random, 2, 5, 8), joined, joined);
                load.members().add(new DemoMember(id, i, chapter, confirmed, joined));
                if ((i + 1) % progressStep == 0) {
                    long seconds = Math.max(1, Duration.between(start, Instant.now()).toSeconds());
                    log.info("Demo data: {} / {} members ({}%), {} members/s", i + 1, count,
                            (i + 1) * 100L / count, (i + 1) / seconds);
                }
            }
        }
    }

    private static DemoUnit pick(Random random, List<DemoUnit> living, double[] cumulative, double total) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return living.get(index >= 0 ? index : Math.min(-index - 1, living.size() - 1));
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

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE member, member_token, setup_link, spring_session, persistent_logins CASCADE");
        }
    }
}
