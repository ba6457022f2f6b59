package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin finds the members they administer by name, and sees who signed up in their unit without confirming
 * their address yet: names, the town typed and how long ago, never an address.
 */
class AdminMembersTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void anAdminFindsTheirMembersByNameAndSeesWhoIsWaitingToConfirm() throws Exception {
        String town = "Esch " + UUID.randomUUID().toString().substring(0, 6);
        String zoraEmail = newEmail("zora");
        UUID zora = verifiedMember(zoraEmail, "Zora Quillfeather", "LU", town);
        verifiedMember(newEmail("other"), "Otto Brandt", "LU", town);
        verifiedMember(newEmail("abroad"), "Zora Quillfeather Abroad", "BE", "Liège");
        String piaEmail = newEmail("pia");
        perform(joinRequest(piaEmail, "Pia Waiting", "LU", town.toUpperCase()));
        perform(joinRequest(newEmail("paul"), "Paul Elsewhere", "FR", "Metz"));
        String adminEmail = newEmail("admin");
        UUID admin = verifiedMember(adminEmail, "Ada Chapter", "LU", town);
        UUID chapter = units.placementOf(zora).orElseThrow().chapter().id().value();
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), chapter, admin).update();
        Cookie session = login(adminEmail, PASSWORD);

        String found = perform(get("/units/" + chapter + "/admin/members").param("q", "quillfeather").cookie(session))
                .getContentAsString();
        assertThat(found).contains("Zora Quillfeather").contains("1 member found.")
                .doesNotContain("Abroad").doesNotContain("Otto Brandt").doesNotContain(zoraEmail);
        assertThat(perform(get("/units/" + chapter + "/admin/members").cookie(session)).getContentAsString())
                .contains("Otto Brandt").contains("Zora Quillfeather").contains("3 members found.");

        assertThat(found).contains("Pia Waiting").contains(town.toUpperCase()).contains("today")
                .doesNotContain(piaEmail).doesNotContain("Paul Elsewhere");
        assertThat(perform(get("/units/" + chapter + "/admin/members").param("q", "pia waiting").cookie(session))
                .getContentAsString()).contains("No member found.");

        Cookie plainMember = login(zoraEmail, PASSWORD);
        assertThat(perform(get("/units/" + chapter + "/admin/members").cookie(plainMember)).getStatus()).isEqualTo(403);
    }
}
