package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Login limits the way an attacker tries to get around them: other spellings of the login address, the member's
 * public id or odd variants of the address instead of the address, and guessing on someone else's account to lock
 * them out.
 */
class LoginLimitTests extends MembersIntegrationTest {

    private static final AtomicInteger clients = new AtomicInteger(10);

    /** A login attempt from a given client address. */
    private static MockHttpServletRequestBuilder attempt(URI path, String from, String email, String password) {
        return post(path).with(csrf()).with(request -> {
            request.setRemoteAddr(from);
            return request;
        }).param("email", email).param("password", password);
    }

    private static String newClient() {
        return "198.51.100." + clients.incrementAndGet();
    }

    @Test
    void everySpellingOfTheLoginAddressIsLimitedOrRefused() throws Exception {
        for (String path : List.of("/login", "/log%69n", "/%6cogin", "/%6C%6F%67%69%6E", "/login/", "/login;x=y",
                "/login;jsessionid=1", "/LOGIN", "//login", "/./login", "/login?x=y")) {
            String client = newClient();
            int reachedPasswordCheck = 0;
            int limited = 0;
            for (int i = 0; i < 26; i++) {
                MockHttpServletResponse response = perform(attempt(URI.create(path), client,
                        newEmail("nobody"), "some wrong password " + i));
                if ("/login?error".equals(response.getRedirectedUrl())) {
                    reachedPasswordCheck++;
                } else {
                    assertThat(response.getStatus()).as(path).isBetween(400, 499);
                    limited += response.getStatus() == 429 ? 1 : 0;
                }
            }
            assertThat(reachedPasswordCheck).as("password checks through " + path).isLessThanOrEqualTo(20);
            if (reachedPasswordCheck > 0) {
                assertThat(limited).as("429 answers through " + path).isEqualTo(26 - reachedPasswordCheck);
            }
        }
    }

    @Test
    void onlyAnEmailAddressLogsIn() throws Exception {
        String email = newEmail("byid");
        UUID id = verifiedMember(email, "By Id", "UY", "Rivera");
        for (String username : List.of(id.toString(), id.toString().toUpperCase(), "+" + id.toString().substring(1))) {
            MockHttpServletResponse response = perform(attempt(URI.create("/login"), newClient(), username, PASSWORD));
            assertThat(response.getRedirectedUrl()).as(username).isEqualTo("/login?error");
        }
        login(email, PASSWORD);
    }

    @Test
    void variantsOfAnAddressShareTheAccountsLimit() throws Exception {
        String email = newEmail("variants");
        verifiedMember(email, "Variants", "UY", "Melo");
        List<String> spellings = List.of(email, email.toUpperCase(), " " + email, email + " ",
                email.substring(0, 1).toUpperCase() + email.substring(1));
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse wrong = perform(attempt(URI.create("/login"), newClient(),
                    spellings.get(i % spellings.size()), "wrong guess " + i));
            assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpServletResponse paused = perform(attempt(URI.create("/login"), newClient(), email, PASSWORD));
        assertThat(paused.getStatus()).isEqualTo(429);
        assertThat(paused.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void theOwnerOfAGuessedAccountIsToldAndGetsInWithAnEmailedLink() throws Exception {
        String email = newEmail("target");
        verifiedMember(email, "Target", "UY", "Tacuarembó");
        String attacker = newClient();
        for (int i = 0; i < 15; i++) {
            perform(attempt(URI.create("/login"), attacker, email, "attacker guess " + i));
        }
        MockHttpServletResponse owner = perform(attempt(URI.create("/login"), newClient(), email, PASSWORD));
        assertThat(owner.getStatus()).as("password logins are paused, even with the right password").isEqualTo(429);
        assertThat(owner.getForwardedUrl()).isEqualTo("/login/limited");

        Outbox.Mail notice = Outbox.latest(email, 2);
        assertThat(notice.subject()).isEqualTo("Someone is trying to log in to your account");
        String link = notice.link("/login/link/");
        assertThat(Outbox.settledCount(email)).as("one notice, however many guesses").isEqualTo(2);

        MockHttpServletResponse page = perform(get(link));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Log me in");
        MockHttpServletResponse signedIn = perform(post(link).with(csrf()));
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/me");
        Cookie session = signedIn.getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(perform(get("/me").cookie(session)).getContentAsString()).contains("Target");

        assertThat(perform(post(link).with(csrf())).getStatus()).as("the link works once").isEqualTo(410);
    }

    @Test
    void anUnregisteredAddressIsLimitedTheSameWayAndNobodyIsMailed() throws Exception {
        String email = newEmail("ghost");
        for (int i = 0; i < 10; i++) {
            perform(attempt(URI.create("/login"), newClient(), email, "guess " + i));
        }
        MockHttpServletResponse limited = perform(attempt(URI.create("/login"), newClient(), email, PASSWORD));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Outbox.to(email)).isEmpty();
    }

    @Test
    void aSignInLinkFromAnotherPurposeOrTamperedDoesNotSignIn() throws Exception {
        String email = newEmail("tampered");
        verifiedMember(email, "Tampered", "UY", "Durazno");
        String verifyLink = Outbox.latest(email, 1).link("/verify/");
        String token = verifyLink.substring("/verify/".length());
        assertThat(perform(post("/login/link/" + token).with(csrf())).getStatus()).isEqualTo(400);
        assertThat(perform(get("/login/link/not-a-token")).getStatus()).isEqualTo(400);
    }
}
