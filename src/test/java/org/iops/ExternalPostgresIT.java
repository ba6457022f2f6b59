package org.iops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production runs on an external PostgreSQL 15+: the migrations run there from scratch (in a schema of their own)
 * and the application works on it. Switched on by IOPS_TEST_DATABASE_URL (CI sets it to the machine's server).
 */
@SpringBootTest(classes = IopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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

    @Test
    void migrationsRunOnTheExternalServer() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(Integer.parseInt(version.split("[.\\s]")[0])).isGreaterThanOrEqualTo(15);
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single();
        Integer pending = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single();
        assertThat(applied).isPositive();
        assertThat(pending).isZero();
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
    }
}
