package org.iops.polls.core;

import java.util.List;
import java.util.UUID;
import org.iops.notifications.Audience;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whom {@link PollNotices} tells, as audiences of {@code Notifications.notifyAudience} (the key: the poll's id), so
 * that telling a roll of a million members writes one row in the opening, counting or cancelling transaction:
 * {@code polls.roll}, everyone on the poll's frozen roll, and {@code polls.notVoted}, those on it who have not voted
 * (when their page of the audience is read). Both walk the roll's primary key (poll, member) in member order; an
 * erased member has left the roll.
 */
@Configuration(proxyBeanMethods = false)
class PollAudiences {

    static final String ROLL = "polls.roll";
    static final String NOT_VOTED = "polls.notVoted";

    @Bean(ROLL)
    Audience pollRoll(JdbcClient jdbc) {
        return (key, after, limit) -> page(jdbc, "", key, after, limit);
    }

    @Bean(NOT_VOTED)
    Audience pollNonVoters(JdbcClient jdbc) {
        return (key, after, limit) -> page(jdbc, "AND NOT EXISTS (SELECT 1 FROM poll_participation v "
                + "WHERE v.poll_id = r.poll_id AND v.member_id = r.member_id) ", key, after, limit);
    }

    private static List<UUID> page(JdbcClient jdbc, String condition, String key, @Nullable UUID after, int limit) {
        UUID poll;
        try {
            poll = UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            return List.of();
        }
        return jdbc.sql("SELECT r.member_id FROM poll_roll r WHERE r.poll_id = ? "
                        + "AND (CAST(? AS uuid) IS NULL OR r.member_id > ?) " + condition + "ORDER BY r.member_id LIMIT ?")
                .params(poll, after, after, limit).query(UUID.class).list();
    }
}
