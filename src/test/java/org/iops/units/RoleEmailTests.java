package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.iops.units.tree.RoleBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member given a role is told by email, in their language, and so is a member whose role ends. */
class RoleEmailTests extends MembersIntegrationTest {

    @Autowired
    TestClock clock;

    @Autowired
    RoleBook roles;

    @Autowired
    org.iops.units.Permissions permissions;

    String town;
    UUID chapter;
    Cookie admin;
    String holderEmail;
    UUID holder;

    @BeforeEach
    void chapterWithAnAdminAndAGermanSpeakingMember() throws Exception {
        town = "Graz " + UUID.randomUUID().toString().substring(0, 6);
        holderEmail = newEmail("holder");
        perform(joinRequest(holderEmail, "Hanna", "AT", town).header("Accept-Language", "de"));
        perform(post(Outbox.latest(holderEmail, 1).link("/verify/")).with(csrf()));
        holder = memberId(holderEmail);
        chapter = db.sql("SELECT chapter_id FROM member_placements WHERE member_id = ?").param(holder)
                .query(UUID.class).single();
        String adminEmail = newEmail("admin");
        UUID adminId = verifiedMember(adminEmail, "Admin", "AT", "Linz");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), chapter, adminId).update();
        admin = login(adminEmail, PASSWORD);
    }

    private void assign(String end) throws Exception {
        var request = post("/units/" + chapter + "/roles").with(csrf()).cookie(admin)
                .param("member", holder.toString()).param("role", "MODERATOR");
        if (end != null) {
            request = request.param("end", end);
        }
        assertThat(perform(request).getRedirectedUrl()).isEqualTo("/units/" + chapter + "/admin");
    }

    @Test
    void theNewHolderIsToldInTheirLanguageAndToldAgainWhenAnAdminEndsTheRole() throws Exception {
        assign(null);
        Outbox.Mail given = Outbox.latest(holderEmail, 2);
        assertThat(given.subject()).isEqualTo("Du hast eine neue Rolle: Moderation von " + town);
        assertThat(given.text()).contains("Hallo Hanna").contains("ohne Enddatum").contains("/units/" + chapter);

        UUID term = db.sql("SELECT id FROM unit_roles WHERE member_id = ?").param(holder).query(UUID.class).single();
        perform(post("/units/" + chapter + "/roles/" + term + "/end").param("confirmed", "yes").with(csrf()).cookie(admin));
        Outbox.Mail ended = Outbox.latest(holderEmail, 3);
        assertThat(ended.subject()).isEqualTo("Deine Rolle Moderation von " + town + " ist beendet");
        assertThat(roles.announceEndedTerms()).as("an ended role is announced once").isZero();
    }

    @Test
    void aBranchIsNamedInTheHoldersLanguage() throws Exception {
        UUID branch = db.sql("SELECT branch_id FROM member_placements WHERE member_id = ?").param(holder)
                .query(UUID.class).single();
        UUID branchAdmin = memberId(newEmailVerified("branch-admin"));
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), branch, branchAdmin).update();
        permissions.forget(branchAdmin);
        roles.assign(branchAdmin, branch, holder, org.iops.units.Role.MODERATOR, null, null);
        // stored under its English name, "Austria"; Hanna reads German
        assertThat(Outbox.latest(holderEmail, 2).subject()).isEqualTo("Du hast eine neue Rolle: Moderation von Österreich");
    }

    private String newEmailVerified(String name) throws Exception {
        String email = newEmail(name);
        verifiedMember(email, "Branch Admin", "AT", "Wien");
        return email;
    }

    @Test
    void whenTheTermIsOverTheHolderIsToldOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assign(today.toString());
        assertThat(Outbox.latest(holderEmail, 2).text()).contains("bis ");
        clock.set(Instant.now());
        // terms other tests ended by a merge or an archive (announced by the task) go first
        while (roles.announceEndedTerms() > 0) {
            // drained
        }
        assertThat(Outbox.settledCount(holderEmail)).as("not over yet: nothing more for the holder").isEqualTo(2);

        clock.set(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(1)));
        assertThat(roles.announceEndedTerms()).as("the holder's term among those over by now").isPositive();
        Outbox.Mail over = Outbox.latest(holderEmail, 3);
        assertThat(over.subject()).isEqualTo("Deine Amtszeit als Moderation von " + town + " ist vorbei");
        assertThat(roles.announceEndedTerms()).isZero();
        assertThat(Outbox.settledCount(holderEmail)).isEqualTo(3);
    }
}
