package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** A member writes to their chapter's admins through the site; no admin address ever reaches the member. */
class ContactAdminsTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void aMemberWritesToTheAdminsWithoutSeeingTheirAddresses() throws Exception {
        String town = "Gozo " + UUID.randomUUID().toString().substring(0, 5);
        String adminEmail = newEmail("chapter-admin");
        UUID admin = verifiedMember(adminEmail, "Carla Chapter", "MT", town);
        UUID chapter = units.placementOf(admin).orElseThrow().chapter().id().value();
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), chapter, admin).update();
        String memberEmail = newEmail("writer");
        verifiedMember(memberEmail, "Willa Writer", "MT", town);
        Cookie session = login(memberEmail, PASSWORD);
        int before = Outbox.to(adminEmail).size();

        MockHttpServletResponse form = perform(get("/units/" + chapter + "/contact").cookie(session));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Share my email address").doesNotContain(adminEmail);
        assertThat(perform(get("/units/" + chapter).cookie(session)).getContentAsString())
                .contains("href=\"/units/" + chapter + "/contact\"").doesNotContain(adminEmail);

        MockHttpServletResponse sent = perform(post("/units/" + chapter + "/contact").cookie(session).with(csrf())
                .param("message", "Shall we meet on Saturday?"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/units/" + chapter);
        assertThat(sent.getContentAsString()).doesNotContain(adminEmail);
        Outbox.Mail mail = Outbox.latest(adminEmail, before + 1);
        assertThat(mail.subject()).isEqualTo("Willa Writer writes to the admins of " + town);
        assertThat(mail.text()).contains("Shall we meet on Saturday?").doesNotContain(memberEmail);

        perform(post("/units/" + chapter + "/contact").cookie(session).with(csrf())
                .param("message", "Here is my address.").param("shareAddress", "true"));
        assertThat(Outbox.latest(adminEmail, before + 2).text()).contains("you can reply to " + memberEmail.toLowerCase());

        MockHttpServletResponse empty = perform(post("/units/" + chapter + "/contact").cookie(session).with(csrf())
                .param("message", "   "));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Write a message first.").doesNotContain(adminEmail);

        // five messages an hour; the sixth is refused and sends nothing
        for (int i = 3; i <= 5; i++) {
            assertThat(perform(post("/units/" + chapter + "/contact").cookie(session).with(csrf()).param("message", "Note " + i))
                    .getStatus()).isEqualTo(302);
        }
        assertThat(perform(post("/units/" + chapter + "/contact").cookie(session).with(csrf()).param("message", "Sixth"))
                .getStatus()).isEqualTo(429);
        assertThat(Outbox.settledCount(adminEmail)).isEqualTo(before + 5);

        // someone from elsewhere may not write to this chapter's admins
        String outsider = newEmail("outsider");
        verifiedMember(outsider, "Otto Outside", "MT", "Sliema");
        assertThat(perform(post("/units/" + chapter + "/contact").cookie(login(outsider, PASSWORD)).with(csrf())
                .param("message", "Hi")).getStatus()).isEqualTo(403);
    }
}
