package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bad input gets a clear message and a 4xx, is stored as text when it is accepted, and is never half-written. */
class BadInputTests extends MembersIntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    private long members() {
        return count("SELECT count(*) FROM member");
    }

    private MockHttpServletResponse rejectedJoin(String field, String value, String message) throws Exception {
        long before = members();
        String email = newEmail("bad");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("email", email,
                "password", PASSWORD, "displayName", "Bad Input", "country", "DE", "locality", "Leipzig"));
        fields.put(field, value);
        var request = post("/join").with(csrf());
        for (var entry : fields.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(field).isEqualTo(422);
        assertThat(response.getContentAsString()).as(field).contains(message).contains("aria-invalid=\"true\"")
                .doesNotContain("Exception");
        assertThat(members()).as("nothing stored for " + field).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM units WHERE name = 'Leipzig' AND member_count > 0 "
                + "AND NOT EXISTS (SELECT 1 FROM unit_memberships WHERE unit_id = units.id)")).isZero();
        return response;
    }

    @Test
    void weakAndBreachedPasswordsAreRefused() throws Exception {
        rejectedJoin("password", "", "Enter a password.");
        rejectedJoin("password", "short", "at least 12 characters");
        rejectedJoin("password", "x".repeat(129), "at most 128 characters");
        rejectedJoin("password", "1q2w3e4r5t6y", "most common passwords");
        rejectedJoin("password", "QWERTYUIOP123", "most common passwords");
    }

    @Test
    void anUnknownCountryCodeIsRefused() throws Exception {
        rejectedJoin("country", "XX", "Choose a country from the list.");
        rejectedJoin("country", "germany", "Choose a country from the list.");
        rejectedJoin("country", "", "Choose your country.");
    }

    @Test
    void emptyRequiredFieldsAreRefused() throws Exception {
        rejectedJoin("email", "", "Enter your email address.");
        rejectedJoin("email", "not an address", "Enter a valid email address");
        rejectedJoin("displayName", "   ", "Enter a display name.");
        rejectedJoin("locality", "", "Enter your city or town.");
    }

    @Test
    void tenThousandCharacterFieldsAreRefused() throws Exception {
        String huge = "a".repeat(10_000);
        rejectedJoin("email", huge + "@example.org", "Enter a valid email address");
        rejectedJoin("displayName", huge, "at most 60 characters");
        rejectedJoin("realName", huge, "at most 120 characters");
        rejectedJoin("locality", huge, "at most 100 characters");
        rejectedJoin("neighbourhood", huge, "at most 100 characters");
        rejectedJoin("bio", huge, "at most 500 characters");
        MockHttpServletResponse response = rejectedJoin("bio", huge, "at most 500 characters");
        assertThat(response.getContentAsString()).as("the rejected text is given back to correct").contains(huge);
    }

    @Test
    void markupInEveryTextFieldIsStoredAsTextAndShownEscaped() throws Exception {
        String email = newEmail("markup");
        MockHttpServletResponse joined = perform(post("/join").with(csrf())
                .param("email", email).param("password", PASSWORD)
                .param("displayName", SCRIPT).param("realName", "<b>Real</b>" + SCRIPT)
                .param("country", "DE").param("locality", "<i>Town</i>")
                .param("neighbourhood", "<img src=x onerror=alert(1)>").param("bio", SCRIPT + " & more")
                .param("privacyConsent", "true"));
        assertThat(joined.getRedirectedUrl()).isEqualTo("/join/sent");
        UUID id = memberId(email);
        assertThat(db.sql("SELECT display_name FROM member WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(SCRIPT);
        db.sql("UPDATE member SET locality_audience = 'EVERYONE', neighbourhood_audience = 'EVERYONE', "
                + "real_name_audience = 'EVERYONE', bio_audience = 'EVERYONE' WHERE id = ?").param(id).update();
        String link = Outbox.latest(email, 1).link("/verify/");
        perform(post(link).with(csrf()));
        Cookie session = login(email, PASSWORD);

        for (String page : List.of(perform(get("/members/" + id)).getContentAsString(),
                perform(get("/me").cookie(session)).getContentAsString())) {
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b>Real</b>").doesNotContain("<i>Town</i>")
                    .doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(");
        }
        String verifyMail = Outbox.latest(email, 1).html();
        assertThat(verifyMail).doesNotContain(SCRIPT).contains("&lt;script&gt;");
    }

    @Test
    void badInputOnTheOwnPageIsRefusedWithoutChangingAnything() throws Exception {
        String email = newEmail("editor");
        UUID id = verifiedMember(email, "Editor", "AT", "Graz");
        Cookie session = login(email, PASSWORD);
        MockHttpServletResponse profile = perform(post("/me/profile").with(csrf()).cookie(session)
                .param("displayName", "").param("realName", "x".repeat(10_000)).param("bio", "fine"));
        assertThat(profile.getStatus()).isEqualTo(422);
        assertThat(profile.getContentAsString()).contains("Enter a display name.");
        MockHttpServletResponse residence = perform(post("/me/residence").with(csrf()).cookie(session)
                .param("country", "ZZ").param("locality", "Graz"));
        assertThat(residence.getStatus()).isEqualTo(422);
        MockHttpServletResponse privacy = perform(post("/me/privacy").with(csrf()).cookie(session)
                .param("locality", "NOBODY"));
        assertThat(privacy.getStatus()).isEqualTo(422);
        MockHttpServletResponse password = perform(post("/me/password").with(csrf()).cookie(session)
                .param("currentPassword", PASSWORD).param("newPassword", "password1234"));
        assertThat(password.getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND display_name = 'Editor' AND real_name IS NULL "
                + "AND country_code = 'AT' AND locality_audience = 'CHAPTER'", id)).isOne();
        login(email, PASSWORD);
    }

    @Test
    void aForgedCsrfTokenOnTheOwnPageIsRefused() throws Exception {
        String email = newEmail("forged");
        UUID id = verifiedMember(email, "Forged", "AT", "Linz");
        Cookie session = login(email, PASSWORD);
        MockHttpServletResponse response = perform(post("/me/profile").with(csrf().useInvalidToken())
                .cookie(session).param("displayName", "Hacked"));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND display_name = 'Forged'", id)).isOne();
        assertThat(perform(post("/me/delete").cookie(session).param("password", PASSWORD)).getStatus())
                .isEqualTo(403);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NULL", id)).isOne();
    }
}
