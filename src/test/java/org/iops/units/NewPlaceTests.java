package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first member of a new place gets a next step on their chapter's page, and the admins above them hear that a
 * new chapter (or country) appeared.
 */
class NewPlaceTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void branchAdminsAreToldOfANewChapterAndItsFirstMemberSeesWhatToDo() throws Exception {
        String adminEmail = newEmail("branch-admin");
        UUID admin = verifiedMember(adminEmail, "Bea Branch", "MT", "Valletta");
        UUID branch = units.placementOf(admin).orElseThrow().branch().id().value();
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), branch, admin).update();
        // the notices of her own new chapter and country are sent after commit: let them arrive before counting
        int before = Outbox.settledCount(adminEmail);

        String town = "Mdina " + UUID.randomUUID().toString().substring(0, 5);
        String firstEmail = newEmail("first");
        UUID first = verifiedMember(firstEmail, "Fiona First", "MT", town);
        Outbox.Mail notice = Outbox.latest(adminEmail, before + 1);
        assertThat(notice.subject()).isEqualTo("A new chapter appeared: " + town);
        assertThat(notice.text()).contains(town).contains("Malta");
        // a second member in the same place is no news
        verifiedMember(newEmail("second"), "Sam Second", "MT", town.toLowerCase());
        assertThat(Outbox.settledCount(adminEmail)).isEqualTo(before + 1);

        UUID chapter = units.placementOf(first).orElseThrow().chapter().id().value();
        Cookie session = login(firstEmail, PASSWORD);
        String page = perform(get("/units/" + chapter).cookie(session).header("Accept-Language", "en")).getContentAsString();
        assertThat(page).contains("What you can do now").contains("Invite people.").contains("href=\"/join\"")
                .contains("href=\"/units/" + branch + "#admins\"").contains("Found the chapter with others.")
                .doesNotContain(adminEmail);
        assertThat(perform(get("/units/" + branch)).getContentAsString()).contains("id=\"admins\"").doesNotContain(adminEmail);
    }

    @Test
    void internationalAdminsAreToldOfANewCountry() throws Exception {
        String adminEmail = newEmail("int-admin");
        UUID admin = verifiedMember(adminEmail, "Ines International", "IE", "Cork");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), org.iops.units.tree.Unit.INTERNATIONAL, admin).update();
        // the notices of her own new chapter and country are sent after commit: let them arrive before counting
        int before = Outbox.settledCount(adminEmail);
        verifiedMember(newEmail("tonga"), "Tevita First", "TO", "Nukuʻalofa");
        assertThat(Outbox.await(adminEmail, before + 1).stream().map(Outbox.Mail::subject))
                .contains("A new country joined: Tonga");
    }
}
