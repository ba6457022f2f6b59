package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.iops.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** Verification links (valid, tampered, expired, reused) and logging in only after verification. */
class VerificationAndLoginTests extends MembersIntegrationTest {

    @Autowired
    TestClock clock;

    @Test
    void aFailedLoginKeepsTheTypedAddressButNeverThePasswordInTheSession() throws Exception {
        String email = newEmail("ines");
        verifiedMember(email, "Ines", "AR", "Rosario");
        String guess = "a wrong guess 4711";
        MvcResult failed = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", guess))
                .andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        Cookie session = failed.getResponse().getCookie("SESSION");
        assertThat(session).as("the failed login keeps what the form needs in a session").isNotNull();
        // sessions are stored in the database, serialized: nothing stored may hold the password
        java.util.List<byte[]> stored = db.sql("SELECT attribute_bytes FROM spring_session_attributes")
                .query(byte[].class).list();
        assertThat(stored).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(guess));
        assertThat(stored).anyMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(email));

        String page = mvc.perform(get("/login").param("error", "").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("The email address or the password is not right.").contains("value=\"" + email + "\"");
    }

    @Test
    void aMemberCannotLogInBeforeFollowingTheLinkAndCanAfterwards() throws Exception {
        String email = newEmail("eva");
        perform(joinRequest(email, "Eva", "AR", "Córdoba"));
        String link = Outbox.latest(email, 1).link("/verify/");

        MockHttpServletResponse refused = perform(post("/login").with(csrf())
                .param("email", email).param("password", PASSWORD));
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
        String page = perform(get("/login").param("error", "")).getContentAsString();
        assertThat(page).contains("The email address or the password is not right.");

        MockHttpServletResponse opened = perform(get(link));
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("Confirm my address");
        assertThat(count("SELECT count(*) FROM member WHERE email = ? AND email_verified_at IS NULL", email))
                .as("opening the link alone verifies nothing").isOne();

        assertThat(perform(post(link).with(csrf())).getRedirectedUrl()).isEqualTo("/welcome");
        Cookie session = login(email, PASSWORD);
        String me = perform(get("/me").cookie(session)).getContentAsString();
        assertThat(me).contains("Córdoba").contains("Eva");
    }

    @Test
    void theLoginPageTellsAnUnverifiedMemberWithTheRightPasswordToVerifyAndOffersANewLink() throws Exception {
        String email = newEmail("unverified");
        perform(joinRequest(email, "U", "AR", "Rosario"));
        Outbox.await(email, 1);
        var result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession(false);
        Cookie cookie = result.getResponse().getCookie("SESSION");
        var request = get("/login").param("error", "");
        if (cookie != null) {
            request = request.cookie(cookie);
        } else if (session != null) {
            request = request.session(session);
        }
        String page = perform(request).getContentAsString();
        assertThat(page).contains("not confirmed yet").contains("action=\"/verify/resend\"");

        assertThat(perform(post("/verify/resend").with(csrf()).param("resend-email", email)).getRedirectedUrl())
                .isEqualTo("/verify/sent");
        assertThat(Outbox.latest(email, 2).link("/verify/")).startsWith("/verify/");
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameAnswer() throws Exception {
        String email = newEmail("known");
        verifiedMember(email, "Known", "CL", "Valparaíso");
        MockHttpServletResponse wrongPassword = perform(post("/login").with(csrf())
                .param("email", email).param("password", "not the password at all"));
        MockHttpServletResponse unknown = perform(post("/login").with(csrf())
                .param("email", newEmail("nobody")).param("password", "not the password at all"));
        assertThat(wrongPassword.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
        assertThat(wrongPassword.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void aTamperedLinkIsRefusedWithA400Page() throws Exception {
        String email = newEmail("tamper");
        perform(joinRequest(email, "T", "PE", "Lima"));
        String link = Outbox.latest(email, 1).link("/verify/");
        char last = link.charAt(link.length() - 1);
        String tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

        MockHttpServletResponse opened = perform(get(tampered));
        assertThat(opened.getStatus()).isEqualTo(400);
        assertThat(opened.getContentAsString()).contains("This link is not valid");
        assertThat(perform(post(tampered).with(csrf())).getStatus()).isEqualTo(400);
        assertThat(perform(get("/verify/<script>")).getStatus()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM member WHERE email = ? AND email_verified_at IS NULL", email)).isOne();
    }

    /** A link expires by the application's clock (which a test moves), as every deadline does. */
    @Test
    void aLinkExpiresWhenTheApplicationsClockSaysSo() throws Exception {
        String email = newEmail("clock");
        perform(joinRequest(email, "Y", "PE", "Puno"));
        String link = Outbox.latest(email, 1).link("/verify/");
        clock.advance(Duration.ofDays(30));
        MockHttpServletResponse response = perform(post(link).with(csrf()));
        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getContentAsString()).contains("This link has expired");
    }

    @Test
    void anExpiredLinkIsRefusedWithA410Page() throws Exception {
        String email = newEmail("expired");
        perform(joinRequest(email, "X", "PE", "Cusco"));
        String link = Outbox.latest(email, 1).link("/verify/");
        db.sql("UPDATE member_token SET expires_at = now() - interval '1 minute' WHERE member_id = ?")
                .param(memberId(email)).update();

        MockHttpServletResponse response = perform(post(link).with(csrf()));
        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getContentAsString()).contains("This link has expired");
        assertThat(count("SELECT count(*) FROM member WHERE email = ? AND email_verified_at IS NULL", email)).isOne();
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        String email = newEmail("twice");
        perform(joinRequest(email, "Tw", "PE", "Arequipa"));
        String link = Outbox.latest(email, 1).link("/verify/");
        assertThat(perform(post(link).with(csrf())).getStatus()).isEqualTo(302);
        MockHttpServletResponse again = perform(post(link).with(csrf()));
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("already been used");
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() throws Exception {
        String email = newEmail("hash");
        perform(joinRequest(email, "H", "PE", "Trujillo"));
        String token = Outbox.latest(email, 1).link("/verify/").substring("/verify/".length());
        byte[] stored = db.sql("SELECT token_hash FROM member_token WHERE member_id = ?").param(memberId(email))
                .query(byte[].class).single();
        assertThat(stored).hasSize(32).isEqualTo(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void loginIsRateLimitedPerAccountWithA429Page() throws Exception {
        String email = newEmail("guess");
        verifiedMember(email, "Guess", "UY", "Montevideo");
        for (int i = 0; i < 10; i++) {
            perform(post("/login").with(csrf()).param("email", email).param("password", "wrong guess " + i));
        }
        MockHttpServletResponse limited = perform(post("/login").with(csrf())
                .param("email", email).param("password", PASSWORD));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void rememberMeKeepsAMemberLoggedInAcrossSessions() throws Exception {
        String email = newEmail("remember");
        verifiedMember(email, "Rem", "UY", "Salto");
        MockHttpServletResponse response = perform(post("/login").with(csrf())
                .param("email", email).param("password", PASSWORD).param("remember", "on"));
        Cookie rememberMe = response.getCookie("remember-me");
        assertThat(rememberMe).isNotNull();
        MockHttpServletResponse me = perform(get("/me").cookie(rememberMe));
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString()).contains("Rem");
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        String email = newEmail("logout");
        verifiedMember(email, "Leaving", "UY", "Paysandú");
        Cookie session = login(email, PASSWORD);
        assertThat(perform(get("/me").cookie(session)).getStatus()).isEqualTo(200);
        assertThat(perform(post("/logout").with(csrf()).cookie(session)).getRedirectedUrl()).isEqualTo("/?signedOut");
        assertThat(perform(get("/me").cookie(session)).getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void askingForNewConfirmationLinksIsRateLimited() throws Exception {
        String email = newEmail("resend");
        for (int i = 0; i < 3; i++) {
            assertThat(perform(post("/verify/resend").with(csrf()).param("resend-email", email)).getStatus())
                    .isEqualTo(302);
        }
        assertThat(perform(post("/verify/resend").with(csrf()).param("resend-email", email)).getStatus())
                .isEqualTo(429);
    }
}
