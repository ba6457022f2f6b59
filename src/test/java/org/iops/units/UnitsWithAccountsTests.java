package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.tree.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tree with the real accounts module: members join through the form, land in one chapter whatever the
 * spelling of their city, see each other on its page, and an admin finds one of them by name and gives them a role.
 */
class UnitsWithAccountsTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;
    @Autowired
    Permissions permissions;

    @Test
    void membersWhoJoinFromOneCityMeetInItsChapterAndAnAdminGivesOneARole() throws Exception {
        String city = "Zürich " + UUID.randomUUID().toString().substring(0, 6);
        String lea = newEmail("lea");
        String marco = newEmail("marco");
        UUID leaId = verifiedMember(lea, "Lea Steiner", "CH", city);
        UUID marcoId = verifiedMember(marco, "Marco Rossi", "CH", "  " + city.toUpperCase().replace("Ü", "U") + " ");

        Placement placement = units.placementOf(leaId).orElseThrow();
        assertThat(units.placementOf(marcoId)).contains(placement);
        assertThat(placement.chapter().status()).isEqualTo(UnitStatus.PROVISIONAL);
        assertThat(units.shareAChapter(leaId, marcoId, java.time.Instant.now())).isTrue();
        settle(leaId, marcoId);

        Cookie leaSession = login(lea, PASSWORD);
        String chapterPage = perform(get(placement.chapter().path()).cookie(leaSession)).getContentAsString();
        assertThat(chapterPage).contains("Marco Rossi").contains("Lea Steiner").contains("2 members in all");

        String admin = newEmail("admin");
        UUID adminId = verifiedMember(admin, "Ada Admin", "CH", "Bern");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), placement.branch().id().value(), adminId).update();
        Cookie adminSession = login(admin, PASSWORD);

        assertThat(perform(post(placement.chapter().path() + "/roles").cookie(adminSession).with(csrf())
                        .param("member", marcoId.toString()).param("role", "ADMIN")).getRedirectedUrl())
                .isEqualTo(placement.chapter().path() + "/admin");
        assertThat(permissions.holds(marcoId, Role.ADMIN, placement.chapter().id())).isTrue();
        assertThat(permissions.holds(marcoId, Role.ADMIN, placement.branch().id())).isFalse();

        // Marco, now an admin of the chapter, founds it; Lea, a plain member, may not see its admin screen
        Cookie marcoSession = login(marco, PASSWORD);
        assertThat(perform(post(placement.chapter().path() + "/found").cookie(marcoSession).with(csrf())
                .param("foundedOn", "2026-11-01")).getStatus()).isEqualTo(302);
        assertThat(units.find(placement.chapter().id()).orElseThrow().status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(perform(get(placement.chapter().path() + "/admin").cookie(leaSession)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/units/" + Unit.INTERNATIONAL + "/audit").cookie(marcoSession)).getStatus())
                .isEqualTo(403);
    }
}
