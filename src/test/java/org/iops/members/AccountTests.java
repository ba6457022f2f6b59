package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Password reset, email change, other sessions, data export and account deletion. */
class AccountTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void resetAnswersTheSameWhetherOrNotTheAddressIsRegisteredAndTheLinkSetsANewPassword() throws Exception {
        String email = newEmail("reset");
        verifiedMember(email, "Reset", "NO", "Bergen");
        String unknown = newEmail("unknown");

        MockHttpServletResponse registered = perform(post("/password/reset").with(csrf()).param("email", email));
        MockHttpServletResponse unregistered = perform(post("/password/reset").with(csrf()).param("email", unknown));
        assertThat(registered.getStatus()).isEqualTo(unregistered.getStatus()).isEqualTo(302);
        assertThat(registered.getRedirectedUrl()).isEqualTo(unregistered.getRedirectedUrl())
                .isEqualTo("/password/reset/sent");
        assertThat(Outbox.settledCount(unknown)).isZero();

        String link = Outbox.latest(email, 2).link("/password/reset/");
        assertThat(perform(get(link)).getStatus()).isEqualTo(200);
        MockHttpServletResponse breached = perform(post(link).with(csrf()).param("password", "qwertyuiop123"));
        assertThat(breached.getStatus()).isEqualTo(422);
        assertThat(breached.getContentAsString()).contains("most common passwords");

        assertThat(perform(post(link).with(csrf()).param("password", "a brand new passphrase"))
                .getRedirectedUrl()).isEqualTo("/login");
        assertThat(perform(post(link).with(csrf()).param("password", "another new passphrase")).getStatus())
                .isEqualTo(410);
        login(email, "a brand new passphrase");
        assertThat(perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void resetIsRateLimitedPerIpAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            perform(post("/password/reset").with(csrf()).param("email", newEmail("reset-limit")));
        }
        assertThat(perform(post("/password/reset").with(csrf()).param("email", newEmail("reset-limit")))
                .getStatus()).isEqualTo(429);
    }

    @Test
    void resetRequestsBySomeoneElseNeverBlockTheOwnersReset() throws Exception {
        String email = newEmail("reset-target");
        verifiedMember(email, "Reset Target", "FI", "Oulu");
        for (int i = 0; i < 6; i++) {
            assertThat(perform(post("/password/reset").with(csrf()).param("email", email)).getRedirectedUrl())
                    .isEqualTo("/password/reset/sent");
        }
        String link = Outbox.latest(email, 4).link("/password/reset/");
        assertThat(Outbox.settledCount(email)).as("no further email").isEqualTo(4);
        assertThat(perform(post(link).with(csrf()).param("password", "the owner's new passphrase"))
                .getRedirectedUrl()).as("the last link sent still works").isEqualTo("/login");
        login(email, "the owner's new passphrase");
    }

    @Test
    void changingTheAddressNeedsTheNewOneConfirmedAndTellsTheOldOne() throws Exception {
        String oldEmail = newEmail("old");
        String newEmail = newEmail("new");
        verifiedMember(oldEmail, "Mover", "FI", "Turku");
        Cookie session = login(oldEmail, PASSWORD);

        MockHttpServletResponse wrongPassword = perform(post("/me/email").with(csrf()).cookie(session)
                .param("newEmail", newEmail).param("emailPassword", "not my password"));
        assertThat(wrongPassword.getStatus()).isEqualTo(422);

        assertThat(perform(post("/me/email").with(csrf()).cookie(session)
                .param("newEmail", newEmail).param("emailPassword", PASSWORD)).getRedirectedUrl()).isEqualTo("/me");
        Outbox.Mail notice = Outbox.latest(oldEmail, 2);
        assertThat(notice.subject()).isEqualTo("Your email address is being changed");
        assertThat(notice.text()).contains(newEmail);
        String link = Outbox.latest(newEmail, 1).link("/verify/email/");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", oldEmail)).isOne();

        assertThat(perform(post(link).with(csrf())).getRedirectedUrl()).isEqualTo("/me");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", newEmail)).isOne();
        login(newEmail, PASSWORD);
        // the session from before the change still works: sessions are keyed by member id
        assertThat(perform(get("/me").cookie(session)).getContentAsString()).contains(newEmail);
    }

    @Test
    void loggingOutOtherSessionsEndsThemButKeepsThisOne() throws Exception {
        String email = newEmail("sessions");
        verifiedMember(email, "Sessions", "DK", "Aarhus");
        Cookie laptop = login(email, PASSWORD);
        Cookie phone = login(email, PASSWORD);
        assertThat(perform(get("/me").cookie(laptop)).getStatus()).isEqualTo(200);

        assertThat(perform(post("/me/sessions").with(csrf()).cookie(phone)).getRedirectedUrl()).isEqualTo("/me");
        assertThat(perform(get("/me").cookie(phone)).getStatus()).isEqualTo(200);
        assertThat(perform(get("/me").cookie(laptop)).getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theExportHoldsTheMembersAccountProfilePrivacyAndPlacement() throws Exception {
        String email = newEmail("export");
        UUID id = verifiedMember(email, "Exporter", "NZ", "Wellington");
        Cookie session = login(email, PASSWORD);
        MockHttpServletResponse export = perform(get("/me/export").cookie(session));
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/json");
        assertThat(export.getHeader("Content-Disposition")).contains("attachment");
        String json = export.getContentAsString();
        assertThat(json).contains("\"id\":\"" + id + "\"", "\"email\":\"" + email + "\"",
                "\"displayName\":\"Exporter\"", "\"country\":\"NZ\"", "\"locality\":\"Wellington\"",
                "\"locality\":\"CHAPTER\"", "\"email\":\"ADMINS\"", "\"placement\"", "\"placementHistory\"",
                "\"name\":\"Wellington\"", "\"roles\"");
        assertThat(json).doesNotContain("argon2");
        assertThat(perform(get("/me/export")).getStatus()).as("visitors get nothing").isNotEqualTo(200);
    }

    @Test
    void deletionNeedsThePasswordAndLeavesNoPersonalData() throws Exception {
        String email = newEmail("leaver");
        UUID id = verifiedMember(email, "Leaver", "IE", "Galway");
        db.sql("UPDATE member SET real_name = 'Real Leaver', bio = 'about me' WHERE id = ?").param(id).update();
        Cookie session = login(email, PASSWORD);
        perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD)
                .param("remember", "on"));
        assertThat(count("SELECT count(*) FROM persistent_logins WHERE username = ?", id.toString())).isOne();

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", "wrong one"))
                .getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NULL", id)).isOne();

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/?deleted");

        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NOT NULL AND email IS NULL "
                + "AND password_hash IS NULL AND display_name IS NULL AND real_name IS NULL AND bio IS NULL "
                + "AND country_code IS NULL AND locality IS NULL AND neighbourhood IS NULL", id)).isOne();
        assertThat(count("SELECT count(*) FROM member_token WHERE member_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM persistent_logins WHERE username = ?", id.toString())).isZero();
        assertThat(count("SELECT count(*) FROM spring_session WHERE principal_name = ?", id.toString())).isZero();
        assertThat(units.placementOf(id)).isEmpty();
        assertThat(count("SELECT count(*) FROM member WHERE lower(email) = ? OR display_name = 'Leaver' "
                + "OR real_name = 'Real Leaver'", email)).isZero();
        assertThat(count("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                "%" + email + "%")).isZero();
        assertThat(perform(get("/members/" + id)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/me").cookie(session)).getRedirectedUrl()).endsWith("/login");
        assertThat(perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/login?error");
    }
}
