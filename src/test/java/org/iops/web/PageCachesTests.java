package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in member's chapter page answers from memory what it read before (their units, the chapter's admins,
 * its figures, the governing rules) and still shows every change at once: a new member in the count, a new admin in
 * the list, a renamed admin by the new name.
 */
class PageCachesTests extends MembersIntegrationTest {

    @Autowired
    UnitFixtures fixtures;

    @Test
    void aChapterPageReadAgainAsksNothingItKnowsAndShowsEachChangeAtOnce() throws Exception {
        String locality = "Narva " + UUID.randomUUID().toString().substring(0, 8);
        String email = newEmail("cached");
        UUID reader = verifiedMember(email, "Cached Reader", "EE", locality);
        Cookie session = login(email, PASSWORD);
        UUID chapter = db.sql("SELECT m.unit_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.level = 'CHAPTER'")
                .param(reader).query(UUID.class).single();
        String path = "/units/" + chapter;
        assertThat(page(path, session)).contains("1 member in all");

        List<String> again = StatementLog.during(() -> page(path, session));
        assertThat(again).as("read again: the reader's units, the admins, the figures and the rules come from memory")
                .noneMatch(sql -> sql.matches("(?is).*\\bFROM unit_roles\\b.*"))
                .noneMatch(sql -> sql.matches("(?is).*\\bFROM governing_rule\\b.*"))
                .noneMatch(sql -> sql.matches("(?is)\\s*WITH counted AS.*"))
                .noneMatch(sql -> sql.matches("(?is)\\s*SELECT EXISTS \\(SELECT 1 FROM unit_memberships.*"));

        UUID neighbour = fixtures.memberIn("EE", locality);
        assertThat(page(path, session)).as("a member placed in the chapter counts at once").contains("2 members in all");

        String name = db.sql("SELECT display_name FROM member WHERE id = ?").param(neighbour).query(String.class).single();
        assertThat(admins(page(path, session))).doesNotContain(name);
        fixtures.grant(neighbour, Role.ADMIN, chapter);
        assertThat(admins(page(path, session))).as("a new admin is listed at once").contains(name);
        fixtures.endRoles(neighbour);
        assertThat(admins(page(path, session))).as("an admin whose role ended is no longer listed").doesNotContain(name);
    }

    /** The page's list of the chapter's admins. */
    private static String admins(String html) {
        int start = html.indexOf("id=\"admins\"");
        assertThat(start).as("the admins' section").isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private String page(String path, Cookie session) throws Exception {
        var response = perform(get(path).cookie(session));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
