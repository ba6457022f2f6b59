package org.iops.members.setup;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.members.account.Tokens;
import org.iops.units.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time link that makes the first international admin, like Jenkins' initial admin password: while the
 * international has no admin, every start prints a new link in the log. Only the link's hash is stored; claiming
 * the role spends every link.
 */
@Service
class SetupLinks {

    private static final Logger log = LoggerFactory.getLogger(SetupLinks.class);

    /** What following a link can lead to. */
    enum Outcome { CLAIMED, INVALID, SPENT }

    private final JdbcClient db;
    private final Permissions permissions;
    private final String baseUrl;

    private final Clock clock;

    SetupLinks(JdbcClient db, Permissions permissions, @Value("${iops.base-url}") String baseUrl, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.permissions = permissions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhileUnclaimed() {
        if (permissions.internationalHasAdmin()) {
            return;
        }
        String link = baseUrl + "/setup/" + issue();
        log.warn("""

                *************************************************************
                The international has no admin yet. To become its first admin,
                sign in as a verified member and open this one-time link:

                    {}

                A new link is printed at each start until the role is claimed.
                *************************************************************""", link);
    }

    /** Makes a new setup link and returns its token. */
    @Transactional
    String issue() {
        String token = Tokens.newToken();
        db.sql("INSERT INTO setup_link (token_hash, created_at) VALUES (?, ?)")
                .params(Tokens.hash(token), clock.instant().atOffset(ZoneOffset.UTC)).update();
        return token;
    }

    /** Whether the link can still be claimed. */
    Outcome check(String token) {
        if (permissions.internationalHasAdmin()) {
            return Outcome.SPENT;
        }
        return db.sql("SELECT spent_at IS NULL FROM setup_link WHERE token_hash = ?").param(Tokens.hash(token))
                .query(Boolean.class).optional()
                .map(unspent -> unspent ? Outcome.CLAIMED : Outcome.SPENT)
                .orElse(Outcome.INVALID);
    }

    /** Makes the member the first international admin and spends every link; of two claims only one wins. */
    @Transactional
    Outcome claim(String token, UUID memberId) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int taken = db.sql("UPDATE setup_link SET spent_at = ?, claimed_by = ? WHERE token_hash = ? "
                        + "AND spent_at IS NULL")
                .params(now, memberId, Tokens.hash(token)).update();
        if (taken == 0) {
            return check(token) == Outcome.INVALID ? Outcome.INVALID : Outcome.SPENT;
        }
        if (!permissions.claimFirstInternationalAdmin(memberId)) {
            db.sql("UPDATE setup_link SET spent_at = ? WHERE spent_at IS NULL").param(now).update();
            return Outcome.SPENT;
        }
        db.sql("UPDATE setup_link SET spent_at = ? WHERE spent_at IS NULL").param(now).update();
        return Outcome.CLAIMED;
    }
}
