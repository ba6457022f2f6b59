package org.iops.members.account;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.iops.units.PendingSignUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts whose address is not confirmed yet, for the admins of the units they chose. */
@Component
class PendingSignUpQuery implements PendingSignUps {

    private final JdbcClient db;

    PendingSignUpQuery(JdbcClient db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingSignUp> pendingIn(@Nullable String countryCode) {
        return db.sql("SELECT id, display_name, country_code, locality, joined_at FROM member "
                        + "WHERE email_verified_at IS NULL AND deleted_at IS NULL "
                        + "AND (CAST(:country AS text) IS NULL OR country_code = :country) ORDER BY joined_at, id")
                .param("country", countryCode == null ? null : countryCode.toUpperCase(java.util.Locale.ROOT))
                .query((rs, n) -> new PendingSignUp(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3).strip(),
                        rs.getString(4) == null ? "" : rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
