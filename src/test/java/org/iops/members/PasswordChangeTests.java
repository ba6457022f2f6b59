package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A new password ends every pending reset link and is confirmed by email; passwords are compared normalized. */
class PasswordChangeTests extends MembersIntegrationTest {

    private static final String NEW_PASSWORD = "lantern orchard velvet";

    @Test
    void changingThePasswordEndsAPendingResetLinkAndTellsTheMember() throws Exception {
        String email = newEmail("changer");
        verifiedMember(email, "Changer", "PT", "Braga");
        perform(post("/password/reset").with(csrf()).param("email", email));
        String resetLink = Outbox.latest(email, 2).link("/password/reset/");

        Cookie session = login(email, PASSWORD);
        assertThat(perform(post("/me/password").with(csrf()).cookie(session).param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD)).getRedirectedUrl()).isEqualTo("/me");

        Outbox.Mail notice = Outbox.latest(email, 3);
        assertThat(notice.subject()).isEqualTo("Your password was changed");
        assertThat(notice.text()).contains("Changer").contains("/password/reset");

        MockHttpServletResponse oldLink = perform(post(resetLink).with(csrf()).param("password", "an attacker's choice"));
        assertThat(oldLink.getStatus()).as("the reset link sent before the change").isBetween(400, 410);
        login(email, NEW_PASSWORD);
    }

    @Test
    void resettingThePasswordIsConfirmedByEmail() throws Exception {
        String email = newEmail("resetter");
        verifiedMember(email, "Resetter", "PT", "Faro");
        perform(post("/password/reset").with(csrf()).param("email", email));
        String link = Outbox.latest(email, 2).link("/password/reset/");
        assertThat(perform(post(link).with(csrf()).param("password", NEW_PASSWORD)).getRedirectedUrl())
                .isEqualTo("/login");
        Outbox.Mail notice = Outbox.latest(email, 3);
        assertThat(notice.subject()).isEqualTo("Your password was reset");
        assertThat(notice.text()).contains("Resetter");
    }

    @Test
    void aPasswordIsComparedAsNormalizedSoPaddingAndFullWidthDoNotMatter() throws Exception {
        String email = newEmail("normal");
        verifiedMember(email, "Normal", "PT", "Évora");
        login(email, "  " + PASSWORD.replace(" ", "   ") + " ");
        login(email, "ｃｏｒｒｅｃｔ ｈｏｒｓｅ ｂａｔｔｅｒｙ");
    }

    @Test
    void twelveSpacesOrAPaddedBreachedPasswordAreRefusedOnTheForms() throws Exception {
        String email = newEmail("weak");
        verifiedMember(email, "Weak", "PT", "Porto");
        Cookie session = login(email, PASSWORD);
        for (String weak : new String[] {" ".repeat(12), "  password1234"}) {
            MockHttpServletResponse refused = perform(post("/me/password").with(csrf()).cookie(session)
                    .param("currentPassword", PASSWORD).param("newPassword", weak));
            assertThat(refused.getStatus()).as("'" + weak + "'").isEqualTo(422);
        }
        login(email, PASSWORD);
    }
}
