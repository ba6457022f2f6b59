package org.iops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.iops.IopsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo organization is realistic, complete and the same for the same seed. */
@SpringBootTest(classes = IopsApplication.class, properties = {"iops.demo.members=3000", "iops.demo.seed=7"})
@Import(DemoDataLoaderTests.LaterModule.class)
class DemoDataLoaderTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void loadsFortyCountriesAndAboutThreeHundredChaptersInEveryLifecycleState() {
        assertThat(jdbc.sql("SELECT count(*) FROM units WHERE level = 'BRANCH'").query(Long.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT count(*) FROM units WHERE level = 'CHAPTER'").query(Long.class).single())
                .isBetween(280L, 320L);
        List<String> states = jdbc.sql("SELECT DISTINCT status FROM units WHERE level = 'CHAPTER'")
                .query(String.class).list();
        assertThat(states).contains("PROVISIONAL", "ACTIVE", "DORMANT", "ARCHIVED", "MERGED");
        List<String> kinds = jdbc.sql("SELECT DISTINCT chapter_kind FROM units WHERE level = 'CHAPTER'")
                .query(String.class).list();
        assertThat(kinds).contains("LOCALITY", "DISTRICT", "CAMPUS", "ONLINE");
    }

    @Test
    void placesEveryConfirmedMemberInALivingChapterOfTheirCountryAndCountsThem() {
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single()).isEqualTo(3000);
        long confirmed = jdbc.sql("SELECT count(*) FROM member WHERE email_verified_at IS NOT NULL")
                .query(Long.class).single();
        assertThat(confirmed).as("about 3% never confirmed").isBetween(2850L, 2990L);
        Long misplaced = jdbc.sql("""
                SELECT count(*) FROM member m JOIN member_placements p ON p.member_id = m.id
                JOIN units c ON c.id = p.chapter_id
                WHERE c.country_code <> m.country_code OR c.status IN ('ARCHIVED', 'MERGED')""")
                .query(Long.class).single();
        assertThat(misplaced).isZero();
        Long chapterTotals = jdbc.sql("SELECT sum(member_count) FROM units WHERE level = 'BRANCH'")
                .query(Long.class).single();
        assertThat(chapterTotals).isEqualTo(confirmed);
        assertThat(jdbc.sql("SELECT member_count FROM units WHERE name = 'Porto Alegre'").query(Integer.class).single())
                .isEqualTo(500);
    }

    @Test
    void placesNoSignUpThatNeverConfirmedItsAddress() {
        // as in the real join: a member is placed when they confirm, so the figures need not leave anyone out
        assertThat(jdbc.sql("""
                SELECT count(*) FROM member m WHERE m.email_verified_at IS NULL
                  AND (EXISTS (SELECT 1 FROM member_placements p WHERE p.member_id = m.id)
                       OR EXISTS (SELECT 1 FROM unit_memberships u WHERE u.member_id = m.id))""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE email_verified_at IS NULL").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aModuleAddsItsPartOfTheDemoWithoutEditingTheLoader() {
        // the test module below is just another DemoContribution bean, ordered after the members
        assertThat(LaterModule.seenMembers).isEqualTo(3000);
        assertThat(LaterModule.seenChapters).isBetween(280, 320);
        assertThat(jdbc.sql("SELECT count(*) FROM unit_audit WHERE action = 'DEMO_LATER_MODULE'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LaterModule {

        static int seenMembers;
        static int seenChapters;

        @Bean
        @Order(1000)
        DemoContribution laterModuleDemo() {
            return new DemoContribution() {
                @Override
                public void write(DemoLoad load) throws java.sql.SQLException {
                    seenMembers = load.members().size();
                    seenChapters = load.chapters().size();
                    try (BulkCopy audit = load.copy("unit_audit", "unit_id, at, action, subject_member_id")) {
                        audit.row(load.benchmarkChapter().id(), DemoLoad.LOADED_AT, "DEMO_LATER_MODULE",
                                load.members().get(0).id());
                    }
                }

                @Override
                public void wipe(DemoLoad load) {
                }
            };
        }
    }

    @Test
    void variesPrivacyAndHidesSomeMembers() {
        Map<String, Long> localityAudiences = jdbc.sql("SELECT locality_audience, count(*) FROM member GROUP BY 1")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(localityAudiences).containsKeys("EVERYONE", "MEMBERS", "CHAPTER", "ADMINS");
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE hidden").query(Long.class).single()).isBetween(60L, 300L);
    }

    @Test
    void givesRolesAndADemoAdminWhoCanLogIn() {
        String hash = jdbc.sql("SELECT password_hash FROM member WHERE email = 'admin@demo.iops.example'")
                .query(String.class).single();
        assertThat(passwords.matches(DemoLoad.DEMO_PASSWORD, hash)).isTrue();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM unit_roles r JOIN member m ON m.id = r.member_id
                WHERE m.email = 'admin@demo.iops.example' AND r.role = 'ADMIN'
                  AND r.unit_id = '00000000-0000-0000-0000-000000000001'""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM unit_roles WHERE role = 'COMMITTEE_MEMBER'").query(Long.class).single())
                .isEqualTo(12);
        assertThat(jdbc.sql("SELECT count(DISTINCT unit_id) FROM unit_roles r JOIN units u ON u.id = r.unit_id "
                + "WHERE u.level = 'BRANCH'").query(Long.class).single()).isEqualTo(40);
    }

    @Test
    void theSameSeedGivesTheSameOrganization() {
        // ids are drawn from the seeded generator: these are the values seed 7 gives
        String firstBranch = jdbc.sql("SELECT id::text FROM units WHERE level = 'BRANCH' AND country_code = 'US'")
                .query(String.class).single();
        java.util.Random random = new java.util.Random(7);
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        assertThat(firstBranch).isEqualTo(new java.util.UUID(most, least).toString());
    }

    @Test
    void chaptersAreInTheirRealRegions() {
        String sql = "SELECT r.name FROM units c JOIN units r ON r.id = c.parent_id WHERE c.name = ? AND c.chapter_kind = 'LOCALITY'";
        assertThat(jdbc.sql(sql).param("Porto Alegre").query(String.class).single()).isEqualTo("Rio Grande do Sul");
        assertThat(jdbc.sql(sql).param("Marseille").query(String.class).single()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(jdbc.sql(sql).param("Lille").query(String.class).single()).isEqualTo("Hauts-de-France");
    }
}
