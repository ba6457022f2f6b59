package org.iops.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL: attributes are written with {@code INSERT ... ON CONFLICT DO UPDATE}, so two requests of one
 * session that store the same attribute at once (a double click, two tabs saving; each stores its message for the
 * next page) both succeed instead of one failing on the attribute's unique key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
