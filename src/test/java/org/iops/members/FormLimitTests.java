package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Limits on the account forms count only what reaches the account logic, are generous enough for a chapter
 * meeting on one Wi-Fi, keep what was typed, and cap password guesses from a signed-in session.
 */
class FormLimitTests extends MembersIntegrationTest {

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void aChapterMeetingOnOneWifiCanJoinAndMistypedFormsCostNothing() throws Exception {
        String wifi = "203.0.113.77";
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse mistyped = perform(from(joinRequest(newEmail("typo"), "", "CL", "Temuco"),
                    wifi));
            assertThat(mistyped.getStatus()).isEqualTo(422);
        }
        for (int i = 0; i < 30; i++) {
            MockHttpServletResponse joined = perform(from(joinRequest(newEmail("meeting"), "Meeting " + i, "CL",
                    "Temuco"), wifi));
            assertThat(joined.getRedirectedUrl()).as("join " + (i + 1)).isEqualTo("/join/sent");
        }
        MockHttpServletResponse limited = perform(from(joinRequest(newEmail("late"), "Late Comer", "CL", "Temuco")
                .param("realName", "Ana María Late").param("bio", "Came late to the meeting"), wifi));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString())
                .contains("everything you typed is still here")
                .contains("value=\"Late Comer\"").contains("Ana María Late").contains("Came late to the meeting")
                .contains("value=\"Temuco\"");
        assertThat(count("SELECT count(*) FROM member WHERE display_name = 'Late Comer'")).isZero();
    }

    @Test
    void aStolenSessionCannotGuessThePasswordOnTheFormsThatAskForIt() throws Exception {
        String email = newEmail("stolen");
        UUID id = verifiedMember(email, "Stolen", "CL", "Osorno");
        Cookie session = login(email, PASSWORD);
        MockHttpServletRequestBuilder[] guesses = {
            post("/me/password").param("currentPassword", "guess one").param("newPassword", "a brand new passphrase"),
            post("/me/email").param("newEmail", newEmail("thief")).param("emailPassword", "guess two"),
            post("/me/delete").param("password", "guess three"),
            post("/me/password").param("currentPassword", "guess four").param("newPassword", "a brand new passphrase"),
            post("/me/delete").param("password", "guess five"),
        };
        for (MockHttpServletRequestBuilder guess : guesses) {
            assertThat(perform(guess.with(csrf()).cookie(session)).getStatus()).isEqualTo(422);
        }
        MockHttpServletResponse limited = perform(post("/me/delete").with(csrf()).cookie(session)
                .param("password", PASSWORD));
        assertThat(limited.getStatus()).as("even the right password waits once the guesses are used up")
                .isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NULL", id)).isOne();
        assertThat(perform(post("/me/password").with(csrf()).cookie(session).param("currentPassword", PASSWORD)
                .param("newPassword", "a brand new passphrase")).getStatus()).isEqualTo(429);
    }
}
