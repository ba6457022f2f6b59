package org.iops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production runs on an external PostgreSQL 15+: the migrations run there from scratch (in a schema of their own)
 * and a visitor can join. Switched on by IOPS_TEST_DATABASE_URL (CI sets it to the machine's own server).
 */
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
@EnabledIfEnvironmentVariable(named = "IOPS_TEST_DATABASE_URL", matches = ".+")
class ExternalPostgresIT {

    static final String SCHEMA = "iops_it_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        String url = System.getenv("IOPS_TEST_DATABASE_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("IOPS_TEST_DATABASE_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("IOPS_TEST_DATABASE_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void migrationsRunOnTheExternalServer() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(Integer.parseInt(version.split("[.\\s]")[0])).isGreaterThanOrEqualTo(15);
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single();
        Integer failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single();
        assertThat(applied).isPositive();
        assertThat(failed).isZero();
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
    }

    @Test
    void aVisitorJoinsConfirmsTheirAddressAndIsPlacedInTheirBranchAndChapter() throws Exception {
        String email = "external-" + SCHEMA + "@example.org";
        mvc.perform(post("/join").with(csrf())
                        .param("email", email)
                        .param("password", "a long and unusual passphrase")
                        .param("displayName", "Ada on PostgreSQL 15")
                        .param("country", "PT")
                        .param("locality", "  Évora ")
                        .param("neighbourhood", "")
                        .param("bio", "Testing the external server.")
                        .param("privacyConsent", "true"))
                .andExpect(status().is3xxRedirection());
        // placed only once the address is confirmed
        mvc.perform(post(Outbox.latest(email, 1).link("/verify/")).with(csrf())).andExpect(status().is3xxRedirection());
        UUID member = jdbc.sql("SELECT id FROM member WHERE email = ?").param(email).query(UUID.class).single();
        String chapter = jdbc.sql("SELECT c.name FROM member_placements p JOIN units c ON c.id = p.chapter_id "
                        + "JOIN units b ON b.id = p.branch_id WHERE p.member_id = ? AND b.country_code = 'PT'")
                .param(member).query(String.class).single();
        assertThat(chapter).isEqualTo("Évora");
    }
}
