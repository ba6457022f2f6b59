package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.iops.ApplicationTest;
import org.iops.web.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The members integration tests, which go through the real pages with MockMvc and read the emails from the outbox,
 * in the context every module's MockMvc tests share ({@link ApplicationTest}).
 */
@ApplicationTest
public abstract class MembersIntegrationTest {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    protected org.iops.units.tree.Standings standingsForTests;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient db;

    @Autowired
    protected RateLimiter limiter;

    @BeforeEach
    void freshLimits() {
        limiter.reset();
    }

    /** An address no other test uses. */
    protected static String newEmail(String who) {
        return who + "-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.org";
    }

    protected MockHttpServletRequestBuilder joinRequest(String email, String displayName, String country,
            String locality) {
        return post("/join").with(csrf())
                .param("email", email).param("password", PASSWORD).param("displayName", displayName)
                .param("country", country).param("locality", locality).param("neighbourhood", "")
                .param("bio", "").param("realName", "").param("privacyConsent", "true");
    }

    protected MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Joins through the form and follows the verification link; returns the new member's id. */
    protected UUID verifiedMember(String email, String displayName, String country, String locality)
            throws Exception {
        // "start a new chapter" if none has that name: a test's random town can come within two edits of another
        // test's, and the form would then ask whether that one was meant (TownSuggestionsTests test the asking)
        assertThat(perform(joinRequest(email, displayName, country, locality).param("newPlace", "true"))
                .getRedirectedUrl()).isEqualTo("/join/sent");
        String link = Outbox.latest(email, 1).link("/verify/");
        assertThat(perform(post(link).with(csrf())).getRedirectedUrl()).isEqualTo("/welcome");
        return memberId(email);
    }

    protected UUID memberId(String email) {
        return db.sql("SELECT id FROM member WHERE email = ?").param(email.toLowerCase()).query(UUID.class).single();
    }

    /** Logs in through the login form and returns the session cookie. */
    protected Cookie login(String email, String password) throws Exception {
        MockHttpServletResponse response = perform(post("/login").with(csrf())
                .param("email", email).param("password", password));
        assertThat(response.getRedirectedUrl()).as("login of " + email).isEqualTo("/me");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    /**
     * Makes the members' current residence memberships a month and a day old, as if they had lived in their chapter
     * long enough to be chapter mates ({@code PrivacyPolicy.CHAPTER_MATE_AFTER}).
     */
    protected void settle(UUID... members) {
        db.sql("UPDATE unit_memberships SET since = since - interval '31 days' WHERE member_id = ANY(?) AND until IS NULL")
                .param(members).update();
        // written behind the units module's back: what pages keep of memberships is read again
        standingsForTests.forgetEveryone();
    }

    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
