package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Reading a page stores nothing: no session row for a visitor, no language change for a member. */
class StateOnlyByPostTests extends MembersIntegrationTest {

    private long sessionRows() {
        return count("SELECT count(*) FROM spring_session");
    }

    @Test
    void fiftyAnonymousRequestsForMemberPagesCreateNoSessionRow() throws Exception {
        long before = sessionRows();
        for (int i = 0; i < 50; i++) {
            String path = switch (i % 3) {
                case 0 -> "/me";
                case 1 -> "/me/export";
                default -> "/admin/pages";
            };
            MockHttpServletResponse response = perform(get(path));
            assertThat(response.getRedirectedUrl()).as(path).isEqualTo("/login");
            assertThat(response.getCookie("SESSION")).as(path).isNull();
        }
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void neitherSwitchingTheLanguageOnAPageNorLoggingInChangesTheLanguageOfEmailsChoosingItDoes() throws Exception {
        String email = newEmail("polyglot");
        UUID id = verifiedMember(email, "Polyglot", "BE", "Gent");
        Cookie session = login(email, PASSWORD);
        MockHttpServletResponse german = perform(get("/me").param("lang", "de").cookie(session));
        assertThat(german.getStatus()).isEqualTo(200);
        assertThat(german.getContentAsString()).contains("lang=\"de\"");
        assertThat(db.sql("SELECT language FROM member WHERE id = ?").param(id).query(String.class).single())
                .as("a GET changed nothing").isEqualTo("en");

        MockHttpServletResponse loggedIn = perform(post("/login").with(csrf()).cookie(new Cookie("iops_lang", "de"))
                .param("email", email).param("password", PASSWORD));
        assertThat(loggedIn.getRedirectedUrl()).isEqualTo("/me");
        assertThat(db.sql("SELECT language FROM member WHERE id = ?").param(id).query(String.class).single())
                .as("logging in from a German browser keeps the language the member chose").isEqualTo("en");

        perform(post("/me/language").with(csrf()).cookie(loggedIn.getCookie("SESSION")).param("emailLanguage", "de"));
        assertThat(db.sql("SELECT language FROM member WHERE id = ?").param(id).query(String.class).single())
                .as("choosing it on /me changes it").isEqualTo("de");
    }

    @Test
    void aFormSentWithoutScriptAnswersAtTheFormAndItsAddressOpenedAgainLeadsBackToIt() throws Exception {
        String email = newEmail("noscript");
        verifiedMember(email, "No Script", "BE", "Namur");
        Cookie session = login(email, PASSWORD);
        String me = perform(get("/me").cookie(session)).getContentAsString();
        for (String form : java.util.List.of("profile", "residence", "privacy", "email", "password", "sessions",
                "language")) {
            // the browser keeps the anchor of the form's address: the answer, with errors or not, opens at the form
            assertThat(me).as(form).contains("action=\"/me/" + form + "#" + form + "\"").contains("id=\"" + form + "\"");
            MockHttpServletResponse again = perform(get("/me/" + form).cookie(session));
            assertThat(again.getRedirectedUrl()).as(form).isEqualTo("/me#" + form);
        }
        // a POST with errors answers 422 at /me/email; reloading that address by hand is a GET that changes nothing
        MockHttpServletResponse wrong = perform(post("/me/email").with(csrf()).cookie(session)
                .param("newEmail", "not an address").param("emailPassword", "wrong"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(db.sql("SELECT email FROM member WHERE lower(email) = lower(?)").param(email).query(String.class)
                .optional()).isPresent();
    }
}
