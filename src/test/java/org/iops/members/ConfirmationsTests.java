package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A member is told when something is done: confirming the address signs them in (in a new session) on a welcome
 * page with a next step; deleting the account says so on the page they land on and in a last email.
 */
class ConfirmationsTests extends MembersIntegrationTest {

    @Test
    void confirmingTheAddressSignsTheMemberInWithANewSessionAndWelcomesThem() throws Exception {
        String email = newEmail("welcome");
        assertThat(perform(joinRequest(email, "Welcome Me", "PT", "Coimbra")).getRedirectedUrl())
                .isEqualTo("/join/sent");
        String link = Outbox.latest(email, 1).link("/verify/");
        Cookie visitor = perform(get(link)).getCookie("SESSION");
        assertThat(visitor).as("the confirm page's form opened a visitor session").isNotNull();

        MockHttpServletResponse confirmed = perform(post(link).with(csrf()).cookie(visitor));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/welcome");
        Cookie member = confirmed.getCookie("SESSION");
        assertThat(member).isNotNull();
        assertThat(member.getValue()).as("a new session, not the visitor's").isNotEqualTo(visitor.getValue());

        String welcome = perform(get("/welcome").cookie(member)).getContentAsString();
        assertThat(welcome).contains("<h1>Welcome, Welcome Me</h1>").contains("you are logged in")
                .contains("Portugal").contains("Coimbra").contains("Meet your chapter").contains("href=\"/me#profile\"");
        assertThat(perform(get("/me").cookie(member)).getStatus()).isEqualTo(200);
        // the visitor's session did not become the member's (no session fixation)
        assertThat(perform(get("/me").cookie(visitor)).getStatus()).isNotEqualTo(200);
        // the link is spent: following it again signs nobody in
        assertThat(perform(post(link).with(csrf())).getStatus()).isEqualTo(410);
    }

    @Test
    void deletingTheAccountSaysItIsDoneAndSendsALastEmailToTheAddressItHad() throws Exception {
        String email = newEmail("leaving");
        verifiedMember(email, "Leaving Member", "NO", "Tromsø");
        Cookie session = login(email, PASSWORD);
        MockHttpServletResponse deleted = perform(post("/me/delete").with(csrf()).cookie(session)
                .param("password", PASSWORD));
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/?deleted");
        assertThat(perform(get("/").param("deleted", "")).getContentAsString())
                .contains("Your account is deleted.").contains("role=\"status\"");
        assertThat(perform(get("/").param("deleted", "").header("Accept-Language", "de")).getContentAsString())
                .contains("Dein Konto ist gelöscht.");

        Outbox.Mail last = Outbox.latest(email, 2);
        assertThat(last.subject()).isEqualTo("Your account is deleted");
        assertThat(last.text()).contains("Hello Leaving Member").contains("last message");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isZero();
    }
}
