package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.Placement;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Joining: placement, the verification email, and the same answer for a registered address. */
class JoinTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void joinFormListsCountriesByNameInTheReadersLanguage() throws Exception {
        String english = perform(get("/join").header("Accept-Language", "en")).getContentAsString();
        assertThat(english).contains("name=\"email\"", "name=\"password\"", "name=\"displayName\"",
                "name=\"country\"", "name=\"locality\"", "name=\"neighbourhood\"", "name=\"bio\"")
                .contains("<option value=\"DE\">Germany</option>");
        assertThat(english.indexOf(">Austria<")).isLessThan(english.indexOf(">Germany<"));
        String german = perform(get("/join").header("Accept-Language", "de")).getContentAsString();
        assertThat(german).contains("<option value=\"DE\">Deutschland</option>");
        // sorted by German collation: Österreich comes between Oman and Pakistan, not after Z
        assertThat(german.indexOf(">Oman<")).isLessThan(german.indexOf(">Österreich<"));
        assertThat(german.indexOf(">Österreich<")).isLessThan(german.indexOf(">Pakistan<"));
    }

    @Test
    void joiningStoresAnUnverifiedMemberPlacedInBranchAndChapterOnlyOnConfirmation() throws Exception {
        String email = newEmail("ana");
        MockHttpServletResponse response = perform(joinRequest(email, "Ana", "BR", "São Paulo")
                .header("Accept-Language", "es"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/join/sent");

        UUID id = memberId(email);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND email_verified_at IS NULL", id)).isOne();
        assertThat(db.sql("SELECT password_hash FROM member WHERE id = ?").param(id).query(String.class).single())
                .startsWith("{argon2}").doesNotContain(PASSWORD);
        assertThat(units.placementOf(id)).as("placed only once the address is confirmed").isEmpty();

        Outbox.Mail mail = Outbox.latest(email, 1);
        assertThat(mail.subject()).isEqualTo("Confirma tu correo electrónico");
        assertThat(mail.link("/verify/")).matches("/verify/[A-Za-z0-9_-]{43}");
        assertThat(mail.html()).contains("<a href=\"http://");
        perform(post(mail.link("/verify/")).with(csrf()));
        Placement placement = units.placementOf(id).orElseThrow();
        assertThat(placement.branch().level()).isEqualTo(UnitLevel.BRANCH);
        assertThat(placement.chapter().name()).isEqualTo("São Paulo");
    }

    @Test
    void aRegisteredAddressGetsTheSamePageAndAnEmailSayingSomeoneTriedToJoin() throws Exception {
        String email = newEmail("bo");
        MockHttpServletResponse first = perform(joinRequest(email, "Bo", "SE", "Malmö"));
        Outbox.await(email, 1);
        long members = count("SELECT count(*) FROM member");

        MockHttpServletResponse again = perform(joinRequest(email.toUpperCase(), "Someone else", "FR", "Lyon"));
        MockHttpServletResponse unregistered = perform(joinRequest(newEmail("new"), "New", "FR", "Lyon"));

        assertThat(again.getStatus()).isEqualTo(first.getStatus()).isEqualTo(unregistered.getStatus());
        assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl())
                .isEqualTo(unregistered.getRedirectedUrl());
        assertThat(count("SELECT count(*) FROM member")).isEqualTo(members + 1);
        Outbox.Mail notice = Outbox.latest(email, 2);
        assertThat(notice.subject()).isEqualTo("Someone tried to join with your address");
        assertThat(notice.link("/password/reset")).isEqualTo("/password/reset");

        String sent = perform(get("/join/sent")).getContentAsString();
        assertThat(sent).contains("Check your email").doesNotContain(email);
    }

    @Test
    void theDatabaseRefusesASecondAccountForTheSameAddressInAnyCase() {
        String email = newEmail("dup");
        UUID id = UUID.randomUUID();
        String insert = "INSERT INTO member (id, email, password_hash, display_name, joined_at, updated_at) "
                + "VALUES (?, ?, 'x', 'x', now(), now())";
        db.sql(insert).params(id, email).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> db.sql(insert).params(UUID.randomUUID(), email.toUpperCase()).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void aRolledBackJoinSendsNoEmail() throws Exception {
        String email = newEmail("rollback");
        // only accents: the form accepts it, placement refuses it inside the join transaction
        MockHttpServletResponse response = perform(joinRequest(email, "Rolled", "PT", "\u0301\u0301"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Enter the name of your city or town.");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isZero();
        assertThat(Outbox.settledCount(email)).isZero();
    }

    @Test
    void joiningIsRateLimitedPerAddress() throws Exception {
        String email = newEmail("limited");
        for (int i = 0; i < 3; i++) {
            assertThat(perform(joinRequest(email, "L", "IT", "Roma")).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse limited = perform(joinRequest(email, "L", "IT", "Roma"));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString()).contains("Please wait").contains("value=\"" + email + "\"");
    }

    @Test
    void joiningIsRateLimitedPerIpAddress() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(perform(joinRequest(newEmail("ip"), "I", "IT", "Roma")).getStatus()).isEqualTo(302);
        }
        assertThat(perform(joinRequest(newEmail("ip"), "I", "IT", "Roma")).getStatus()).isEqualTo(429);
    }

    @Autowired
    org.iops.members.account.UnverifiedAccounts unverified;

    @Test
    void anAddressNotConfirmedWithinAWeekIsFreedForSomeoneElse() throws Exception {
        String email = newEmail("never-confirmed");
        perform(joinRequest(email, "Never", "IT", "Bari"));
        String recent = newEmail("recent");
        perform(joinRequest(recent, "Recent", "IT", "Bari"));
        UUID id = memberId(email);
        db.sql("UPDATE member SET joined_at = now() - interval '8 days' WHERE id = ?").param(id).update();

        assertThat(unverified.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM member WHERE id = ?", id)).isZero();
        assertThat(units.placementOf(id)).isEmpty();
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", recent)).isOne();
        assertThat(perform(joinRequest(email, "Rightful owner", "IT", "Bari")).getRedirectedUrl())
                .isEqualTo("/join/sent");
        assertThat(count("SELECT count(*) FROM member WHERE email = ? AND display_name = 'Rightful owner'", email))
                .isOne();
    }

    @Test
    void aForgedCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        String email = newEmail("csrf");
        MockHttpServletResponse response = perform(post("/join").with(csrf().useInvalidToken())
                .param("email", email).param("password", PASSWORD).param("displayName", "C")
                .param("country", "DE").param("locality", "Berlin"));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isZero();
    }
}
