package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.account.Accounts;
import org.iops.members.privacy.Audience;
import org.iops.members.privacy.PrivacySettings;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in member's chapter page answers from memory what it read before (their units, the chapter's admins,
 * its figures, the governing rules) and still shows every change at once: a new member in the count, a new admin in
 * the list, a renamed admin by the new name; its member list comes from memory too, and still follows every
 * privacy choice of the listed members at once.
 */
class PageCachesTests extends MembersIntegrationTest {

    @Autowired
    UnitFixtures fixtures;

    @Autowired
    Accounts accounts;

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

    @Test
    void aChapterMemberListReadAgainComesFromMemoryAndShowsEachPrivacyChangeAtOnce() throws Exception {
        String locality = "Tartu " + UUID.randomUUID().toString().substring(0, 8);
        String email = newEmail("lister");
        UUID reader = verifiedMember(email, "List Reader", "EE", locality);
        String name = "Neighbour " + UUID.randomUUID().toString().substring(0, 6);
        UUID neighbour = verifiedMember(newEmail("neighbour"), name, "EE", locality);
        // both have lived there long enough to be chapter mates, who see each other's locality (the default)
        db.sql("UPDATE unit_memberships SET since = now() - interval '400 days' WHERE member_id IN (?, ?)")
                .params(reader, neighbour).update();
        standingsForTests.forgetEveryone();
        Cookie session = login(email, PASSWORD);
        String path = "/units/" + fixtures.chapterOf(reader);
        assertThat(members(page(path, session))).contains(name);

        List<String> again = StatementLog.during(() -> assertThat(members(page(path, session))).contains(name));
        assertThat(again).as("read again: the chapter's members, their entries and who are the reader's mates")
                .noneMatch(sql -> sql.matches("(?is).*\\bFROM member WHERE id = ANY.*"))
                .noneMatch(sql -> sql.matches("(?is).*\\bFROM unit_memberships WHERE unit_id = .*"))
                .noneMatch(sql -> sql.matches("(?is)\\s*SELECT DISTINCT b\\.member_id.*"));

        accounts.updatePrivacy(neighbour, new PrivacySettings(Audience.ADMINS, Audience.ADMINS, Audience.ADMINS,
                Audience.ADMINS, Audience.ADMINS, false));
        assertThat(members(page(path, session))).as("a member who shows their town only to admins is not listed to a mate")
                .doesNotContain(name);
        accounts.updatePrivacy(neighbour, PrivacySettings.DEFAULTS);
        assertThat(members(page(path, session))).as("shown to the chapter again").contains(name);
        accounts.updatePrivacy(neighbour, new PrivacySettings(Audience.CHAPTER, Audience.CHAPTER, Audience.ADMINS,
                Audience.MEMBERS, Audience.ADMINS, true));
        assertThat(members(page(path, session))).as("a member who hides from lists is gone at once").doesNotContain(name);
        accounts.updatePrivacy(neighbour, PrivacySettings.DEFAULTS);
        assertThat(members(page(path, session))).contains(name);

        db.sql("UPDATE unit_memberships SET since = now() WHERE member_id = ? AND until IS NULL").param(reader).update();
        standingsForTests.forgetEveryone();
        assertThat(members(page(path, session))).as("a reader who only just moved in is no mate yet: the town is not told")
                .doesNotContain(name);
    }

    @Test
    void aLongMemberListIsSortedOnceAndStillFollowsEachRenameAndHidingAtOnce() throws Exception {
        String locality = "Viljandi " + UUID.randomUUID().toString().substring(0, 8);
        String email = newEmail("longlist");
        UUID reader = verifiedMember(email, "Long List Reader", "EE", locality);
        String tag = "M" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> listed = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) { // a list this long is kept whole, in order, between views
            listed.add(fixtures.memberIn(String.format("%s %02d", tag, i), "EE", locality));
        }
        db.sql("UPDATE unit_memberships SET since = now() - interval '400 days' WHERE member_id = ANY(?)")
                .param(java.util.stream.Stream.concat(listed.stream(), java.util.stream.Stream.of(reader))
                        .toArray(UUID[]::new)).update();
        standingsForTests.forgetEveryone();
        Cookie session = login(email, PASSWORD);
        String path = "/units/" + fixtures.chapterOf(reader);
        String first = members(page(path, session));
        assertThat(first.indexOf(tag + " 05")).as("by name").isPositive().isLessThan(first.indexOf(tag + " 06"));

        List<String> again = StatementLog.during(() -> assertThat(members(page(path, session))).isEqualTo(first));
        assertThat(again).as("read again: no member row").noneMatch(sql -> sql.matches("(?is).*\\bFROM member WHERE id = ANY.*"));

        accounts.updateProfile(listed.get(5), tag + " 99", null, null);
        String renamed = members(page(path, session));
        assertThat(renamed).as("a renamed member is listed by the new name at once, in its place")
                .doesNotContain(tag + " 05");
        assertThat(renamed.indexOf(tag + " 99")).isGreaterThan(renamed.indexOf(tag + " 59"));

        accounts.updatePrivacy(listed.get(10), new PrivacySettings(Audience.CHAPTER, Audience.CHAPTER, Audience.ADMINS,
                Audience.MEMBERS, Audience.ADMINS, true));
        assertThat(members(page(path, session))).as("a member who hides from lists is gone at once")
                .doesNotContain(tag + " 10").contains(tag + " 11");
    }

    /** The page's list of the chapter's members. */
    private static String members(String html) {
        int start = html.indexOf("id=\"members\"");
        assertThat(start).as("the members' section").isPositive();
        return html.substring(start, html.indexOf("</section>", start));
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
