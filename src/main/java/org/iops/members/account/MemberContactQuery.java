package org.iops.members.account;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iops.units.MemberContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The confirmed address and language of a member, for the emails the units module sends to admins. */
@Component
class MemberContactQuery implements MemberContacts {

    private final JdbcClient db;

    MemberContactQuery(JdbcClient db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> contactOf(UUID memberId) {
        return db.sql("SELECT email, language FROM member WHERE id = ? AND email_verified_at IS NOT NULL AND deleted_at IS NULL")
                .param(memberId)
                .query((rs, n) -> new Contact(rs.getString(1), Locale.forLanguageTag(rs.getString(2))))
                .optional();
    }
}
