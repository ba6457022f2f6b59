package org.iops.units;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.iops.web.CurrentMember;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members for the units tests, written as real confirmed accounts (no town of their own, so every reader may list
 * them, unless hidden from directories) that the real members module then shows, searches and names. A test
 * component imported by the shared test configuration; nothing here stands in for a module.
 */
@TestComponent
public class TestMembers {

    /**
     * A signed-in member for MockMvc's {@code authentication()}, and the principal a browser test's session keeps
     * ({@code BrowserTestSupport.signIn}).
     */
    public record Principal(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    // a well-formed Argon2 hash of no password anyone types: these members never log in through the form
    private static final String NO_PASSWORD = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$"
            + "AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private final JdbcClient jdbc;

    TestMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(String name) {
        return add(name, false);
    }

    /**
     * A confirmed member (for a year: not a new account) with that display name and the address
     * {@code <id>@example.org}; returns the id.
     */
    public UUID add(String name, boolean hidden) {
        return add(UUID.randomUUID(), name, hidden);
    }

    /** The member with that id, made unless a test made it before (for members a test class names once). */
    public UUID add(UUID id, String name, boolean hidden) {
        Timestamp now = Timestamp.from(Instant.now());
        // confirmed a year ago: an account as most members' are, past the spam defences' first week
        // (moderation's tests make their new accounts new)
        Timestamp confirmed = Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(365)));
        jdbc.sql("INSERT INTO member (id, email, email_verified_at, password_hash, display_name, hidden, joined_at, "
                        + "updated_at, privacy_consent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
                .params(id, id + "@example.org", confirmed, NO_PASSWORD, name, hidden, now, now, now).update();
        return id;
    }

    public Principal principal(UUID id) {
        String name = jdbc.sql("SELECT display_name FROM member WHERE id = ?").param(id).query(String.class).single();
        return new Principal(id, name);
    }
}
