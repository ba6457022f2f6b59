package org.iops.members.account;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iops.notifications.Recipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the notifications module sends a member's email: their confirmed address, in the language they chose on
 * their page (at first the one they joined in).
 */
@Component
class MemberContactQuery implements Recipients {

    private final JdbcClient db;

    MemberContactQuery(JdbcClient db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> find(UUID memberId) {
        return db.sql("SELECT email, display_name, language FROM member "
                        + "WHERE id = ? AND email_verified_at IS NOT NULL AND deleted_at IS NULL")
                .param(memberId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2),
                        Locale.forLanguageTag(rs.getString(3))))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> memberWithAddress(String address) {
        return db.sql("SELECT id FROM member WHERE lower(email) = lower(?) "
                        + "AND email_verified_at IS NOT NULL AND deleted_at IS NULL")
                .param(address)
                .query(UUID.class)
                .optional();
    }
}
