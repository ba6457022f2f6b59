package org.iops.members.account;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links sent by email. The token in the link is 256 random bits; only its SHA-256 is stored, so a copy of
 * the database does not let anyone follow a link.
 */
@Component
public class Tokens {

    /** What a link is for and how long it lives. */
    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(2)), CHANGE_EMAIL(Duration.ofHours(48)),
        /** Offered to the owner of an account whose password logins are paused after many wrong guesses. */
        SIGN_IN(Duration.ofMinutes(30));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** What a presented token turned out to be. */
    public enum State { VALID, INVALID, EXPIRED, USED }

    /** The result of checking a token: its state and, unless invalid, whose it is. */
    public record Check(State state, @Nullable UUID memberId, @Nullable String newEmail) {

        public boolean valid() {
            return state == State.VALID;
        }
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient db;
    private final Clock clock;

    Tokens(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issues a link, replacing any unused one the member had for the same purpose. */
    public String issue(UUID memberId, Purpose purpose, @Nullable String newEmail) {
        Instant now = clock.instant();
        db.sql("DELETE FROM member_token WHERE member_id = ? AND purpose = ? AND used_at IS NULL")
                .params(memberId, purpose.name()).update();
        String token = newToken();
        db.sql("INSERT INTO member_token (token_hash, member_id, purpose, new_email, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(hash(token), memberId, purpose.name(), newEmail, MemberRepository.utc(now),
                        MemberRepository.utc(now.plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** Looks at a token without spending it. */
    public Check check(String token, Purpose purpose) {
        return find(token, purpose, false);
    }

    /** Spends a token: of two concurrent uses only one gets VALID. */
    public Check use(String token, Purpose purpose) {
        return find(token, purpose, true);
    }

    private Check find(String token, Purpose purpose, boolean spend) {
        if (!SHAPE.matcher(token).matches()) {
            return new Check(State.INVALID, null, null);
        }
        record Row(UUID memberId, @Nullable String newEmail, OffsetDateTime expiresAt, @Nullable OffsetDateTime usedAt) {
        }
        Optional<Row> found = db.sql("SELECT member_id, new_email, expires_at, used_at FROM member_token "
                        + "WHERE token_hash = ? AND purpose = ?" + (spend ? " FOR UPDATE" : ""))
                .params(hash(token), purpose.name())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
                .optional();
        if (found.isEmpty()) {
            return new Check(State.INVALID, null, null);
        }
        Row row = found.get();
        Instant now = clock.instant();
        if (row.usedAt() != null) {
            return new Check(State.USED, row.memberId(), row.newEmail());
        }
        if (!row.expiresAt().toInstant().isAfter(now)) {
            return new Check(State.EXPIRED, row.memberId(), row.newEmail());
        }
        if (spend) {
            db.sql("UPDATE member_token SET used_at = ? WHERE token_hash = ?")
                    .params(MemberRepository.utc(now), hash(token)).update();
        }
        return new Check(State.VALID, row.memberId(), row.newEmail());
    }

    /** Ends the member's unused links of one purpose, for example every pending reset after a password change. */
    public void forget(UUID memberId, Purpose purpose) {
        db.sql("DELETE FROM member_token WHERE member_id = ? AND purpose = ? AND used_at IS NULL")
                .params(memberId, purpose.name()).update();
    }

    public void forgetAll(UUID memberId) {
        db.sql("DELETE FROM member_token WHERE member_id = ?").param(memberId).update();
    }
}
