package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A member chooses the language of their emails on their own page; every email to them is then written in it,
 * whatever language the browser that caused the email (or that they last logged in with) speaks.
 */
class EmailLanguageTests extends MembersIntegrationTest {

    @Test
    void theChosenLanguageDecidesTheEmailsLanguageWhateverTheBrowsers() throws Exception {
        String email = newEmail("polyglot");
        verifiedMember(email, "Lena", "DE", "Leipzig");
        Cookie session = login(email, PASSWORD);

        String me = perform(get("/me").cookie(session).header("Accept-Language", "en")).getContentAsString();
        assertThat(me).contains("Language of your emails")
                .containsPattern("<option value=\"en\" lang=\"en\" selected>English</option>");

        MockHttpServletResponse saved = perform(post("/me/language").with(csrf()).cookie(session)
                .header("Accept-Language", "en").param("emailLanguage", "fr"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/me");
        assertThat(perform(get("/me").cookie(session).header("Accept-Language", "en")).getContentAsString())
                .contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>");

        // logging in again from a German browser no longer changes it, and a German page's action mails in French
        Cookie german = perform(post("/login").with(csrf()).header("Accept-Language", "de")
                .param("email", email).param("password", PASSWORD)).getCookie("SESSION");
        perform(post("/me/password").with(csrf()).cookie(german).header("Accept-Language", "de")
                .param("currentPassword", PASSWORD).param("newPassword", "another horse battery staple"));
        Outbox.Mail changed = Outbox.latest(email, 2);
        assertThat(changed.subject()).isEqualTo("Ton mot de passe a été changé");
        assertThat(changed.html()).contains("lang=\"fr\"", "http://localhost:8080/me");
        assertThat(changed.text()).contains("Tes réglages, et la langue de ces messages : http://localhost:8080/me");
    }

    @Test
    void aLanguageTheSiteDoesNotSpeakIsRefusedOnTheFormInTheReadersLanguage() throws Exception {
        String email = newEmail("tamperer");
        verifiedMember(email, "Tom", "FR", "Lyon");
        Cookie session = login(email, PASSWORD);

        MockHttpServletResponse refused = perform(post("/me/language").with(csrf()).cookie(session)
                .header("Accept-Language", "es").param("emailLanguage", "xx"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Elige uno de los idiomas de la lista.",
                "href=\"#emailLanguage\"");
        assertThat(db.sql("SELECT language FROM member WHERE email = ?").param(email).query(String.class).single())
                .isEqualTo("en");
    }
}
