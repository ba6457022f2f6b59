package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.iops.units.MemberCard;
import org.iops.units.MemberCards;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each reader sees of a member, in the served HTML and in the member lists unit pages use: a chapter-mate, a
 * member of another chapter, a visitor and an admin of the chapter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTests extends MembersIntegrationTest {

    @Autowired
    MemberCards cards;

    @Autowired
    UnitDirectory units;

    String town;
    String otherTown;
    String aliceEmail;
    UUID alice;
    UUID bob;
    UUID carol;
    UUID admin;
    Cookie bobSession;
    Cookie carolSession;
    Cookie adminSession;
    Cookie aliceSession;

    @BeforeAll
    void members() throws Exception {
        limiter.reset();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        town = "Lochbridge " + suffix;
        otherTown = "Farhaven " + suffix;
        aliceEmail = newEmail("alice");
        alice = verifiedMember(aliceEmail, "Alice", "BE", town);
        bob = verifiedMember(newEmail("bob"), "Bob", "BE", town);
        carol = verifiedMember(newEmail("carol"), "Carol", "BE", otherTown);
        String adminEmail = newEmail("admin");
        admin = verifiedMember(adminEmail, "Chapter Admin", "BE", otherTown);
        settle(alice, bob, carol, admin);
        db.sql("UPDATE member SET real_name = 'Alice Realname', bio = 'Alice likes <b>bees</b>', "
                + "neighbourhood = 'Old Harbour' WHERE id = ?").param(alice).update();
        // the units module's own table: an admin of Alice's chapter, who lives elsewhere
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now())")
                .params(UUID.randomUUID(), units.placementOf(alice).orElseThrow().chapter().id().value(), admin)
                .update();
        aliceSession = login(aliceEmail, PASSWORD);
        bobSession = login(emailOf(bob), PASSWORD);
        carolSession = login(emailOf(carol), PASSWORD);
        adminSession = login(adminEmail, PASSWORD);
    }

    private String emailOf(UUID id) {
        return db.sql("SELECT email FROM member WHERE id = ?").param(id).query(String.class).single();
    }

    private String profile(UUID member, Cookie session) throws Exception {
        var request = get("/members/" + member);
        if (session != null) {
            request = request.cookie(session);
        }
        var response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aChapterMateSeesTheLocalityOthersDoNot() throws Exception {
        assertThat(profile(alice, bobSession)).contains(town).contains("Old Harbour");
        assertThat(profile(alice, carolSession)).contains("Alice").doesNotContain(town).doesNotContain("Old Harbour");
        assertThat(profile(alice, null)).contains("Alice").doesNotContain(town).doesNotContain("Old Harbour");
    }

    @Test
    void theBioIsForMembersAndRenderedAsText() throws Exception {
        assertThat(profile(alice, carolSession)).contains("Alice likes &lt;b&gt;bees&lt;/b&gt;")
                .doesNotContain("<b>bees</b>");
        assertThat(profile(alice, null)).doesNotContain("bees");
    }

    @Test
    void theRealNameAndEmailAreForAdminsOnly() throws Exception {
        for (Cookie reader : new Cookie[] {bobSession, carolSession, null}) {
            assertThat(profile(alice, reader)).doesNotContain("Alice Realname").doesNotContain(aliceEmail)
                    .doesNotContain("@example.org");
        }
        assertThat(profile(alice, adminSession)).contains("Alice Realname").contains(aliceEmail).contains(town);
    }

    @Test
    void memberListsShowAMemberOnlyToThoseAllowedToSeeTheirTown() {
        // being listed in a chapter tells where one lives: Alice (town for her chapter) is listed only for them
        List<UUID> ids = List.of(alice, bob, carol);
        assertThat(localityOfAlice(cards.visibleTo(bob, ids))).isEqualTo(town);
        assertThat(cards.visibleTo(carol, ids)).extracting(MemberCard::displayName).doesNotContain("Alice")
                .contains("Carol");
        assertThat(cards.visibleTo(null, ids)).isEmpty();
        assertThat(localityOfAlice(cards.visibleTo(admin, ids))).isEqualTo(town);
    }

    private static String localityOfAlice(List<MemberCard> list) {
        return list.stream().filter(c -> c.displayName().equals("Alice")).findFirst().orElseThrow().locality();
    }

    private String chapterPage(Cookie session) throws Exception {
        var request = get(units.placementOf(alice).orElseThrow().chapter().path());
        if (session != null) {
            request = request.cookie(session);
        }
        var response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theChapterPageListsMembersOnlyForReadersWhoMaySeeTheirTownAndNeverEmails() throws Exception {
        // the list does not repeat the chapter's own name (the town) on every entry; who may see a member's town
        // is proven on the cards above (localityOfAlice)
        String locality = "· " + town;
        assertThat(chapterPage(bobSession)).contains("Alice").doesNotContain(locality);
        assertThat(chapterPage(adminSession)).contains("Alice").doesNotContain(locality);
        assertThat(chapterPage(carolSession)).doesNotContain("Alice").doesNotContain(locality);
        assertThat(chapterPage(null)).doesNotContain("Alice").doesNotContain(locality);
        for (Cookie reader : new Cookie[] {bobSession, carolSession, null}) {
            assertThat(chapterPage(reader)).doesNotContain("@example.org").doesNotContain("Alice Realname");
        }
    }

    @Test
    void changingASettingChangesWhatOthersSee() throws Exception {
        UUID dora = verifiedMember(newEmail("dora"), "Dora", "BE", town);
        Cookie doraSession = login(emailOf(dora), PASSWORD);
        String doraTown = town;
        assertThat(profile(dora, null)).doesNotContain(doraTown);
        assertThat(perform(post("/me/privacy").with(csrf()).cookie(doraSession)
                .param("locality", "EVERYONE").param("neighbourhood", "CHAPTER").param("realName", "ADMINS")
                .param("bio", "MEMBERS").param("email", "ADMINS")).getRedirectedUrl()).isEqualTo("/me");
        assertThat(profile(dora, null)).contains(doraTown);
        assertThat(cards.visibleTo(null, List.of(dora)).get(0).locality()).isEqualTo(doraTown);
    }

    @Test
    void aHiddenMemberIsNeverListedAndTheirProfileIsNotFound() throws Exception {
        UUID erin = verifiedMember(newEmail("erin"), "Erin Hidden", "BE", town);
        Cookie erinSession = login(emailOf(erin), PASSWORD);
        perform(post("/me/privacy").with(csrf()).cookie(erinSession)
                .param("locality", "CHAPTER").param("neighbourhood", "CHAPTER").param("realName", "ADMINS")
                .param("bio", "MEMBERS").param("email", "ADMINS").param("hidden", "on"));

        for (UUID reader : new UUID[] {bob, admin}) {
            assertThat(cards.visibleTo(reader, List.of(erin, bob))).extracting(MemberCard::displayName)
                    .containsExactly("Bob");
        }
        for (UUID reader : new UUID[] {null, carol}) {
            assertThat(cards.visibleTo(reader, List.of(erin, bob))).extracting(MemberCard::displayName)
                    .doesNotContain("Erin Hidden");
        }
        assertThat(perform(get("/members/" + erin)).getStatus()).isEqualTo(404);
        for (Cookie reader : new Cookie[] {bobSession, carolSession, null}) {
            assertThat(chapterPage(reader)).doesNotContain("Erin Hidden");
        }
        assertThat(perform(get("/members/" + erin).cookie(bobSession)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/members/" + erin).cookie(erinSession)).getStatus()).isEqualTo(200);
        assertThat(units.membershipsOf(erin)).as("still a member, counted").isNotEmpty();
    }

    @Test
    void unverifiedAndUnknownMembersHaveNoProfile() throws Exception {
        String email = newEmail("pending");
        perform(joinRequest(email, "Pending", "BE", town));
        assertThat(perform(get("/members/" + memberId(email))).getStatus()).isEqualTo(404);
        assertThat(perform(get("/members/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(perform(get("/members/not-an-id")).getStatus()).isEqualTo(404);
        assertThat(cards.visibleTo(null, List.of(memberId(email)))).isEmpty();
    }

    @Test
    void theOwnPageShowsBranchAndChapterWithLinks() throws Exception {
        String me = perform(get("/me").cookie(aliceSession)).getContentAsString();
        var placement = units.placementOf(alice).orElseThrow();
        assertThat(me).contains("href=\"" + placement.branch().path() + "\"")
                .contains("href=\"" + placement.chapter().path() + "\"").contains(town);
    }

    @Test
    void theExportListsTheRolesAMemberHolds() throws Exception {
        String json = perform(get("/me/export").cookie(adminSession)).getContentAsString();
        assertThat(json).contains("\"role\":\"ADMIN\"").contains("\"level\":\"CHAPTER\"");
    }

    @Test
    void theExportIsOnlyTheMembersOwnData() throws Exception {
        String json = perform(get("/me/export").cookie(bobSession)).getContentAsString();
        assertThat(json).doesNotContain(aliceEmail).doesNotContain("Alice");
    }

    @Test
    void pagesForOthersNeverShowEmailAddresses() throws Exception {
        for (String path : List.of("/members/" + alice, "/members/" + bob, "/members/" + carol, "/join", "/login")) {
            assertThat(perform(get(path).cookie(carolSession)).getContentAsString()).as(path)
                    .doesNotContain(aliceEmail).doesNotContain(emailOf(bob));
        }
    }

    @Test
    void aNeighbourhoodSetForEveryoneIsShownOnlyWhereTheTownIs() throws Exception {
        UUID fay = verifiedMember(newEmail("fay"), "Fay", "BE", town);
        settle(fay);
        db.sql("UPDATE member SET neighbourhood = 'Hillside' WHERE id = ?").param(fay).update();
        Cookie faySession = login(emailOf(fay), PASSWORD);
        assertThat(perform(post("/me/privacy").with(csrf()).cookie(faySession)
                .param("locality", "CHAPTER").param("neighbourhood", "EVERYONE").param("realName", "ADMINS")
                .param("bio", "MEMBERS").param("email", "ADMINS")).getRedirectedUrl()).isEqualTo("/me");

        assertThat(profile(fay, null)).as("visitor").doesNotContain("Hillside").doesNotContain(town);
        assertThat(profile(fay, carolSession)).as("member elsewhere").doesNotContain("Hillside");
        assertThat(profile(fay, bobSession)).as("chapter mate").contains("Hillside").contains(town);
        assertThat(perform(get("/me").cookie(faySession)).getContentAsString())
                .contains("Never shown more widely than your city or town");
    }

    private String preview(String as) throws Exception {
        var response = perform(get("/me/preview").param("as", as).cookie(aliceSession));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String facts(String page) {
        int start = page.indexOf("<dl class=\"profile-facts\">");
        return page.substring(start, page.indexOf("</dl>", start)) + bio(page);
    }

    private static String bio(String page) {
        int start = page.indexOf("<p class=\"prose bio\">");
        return start < 0 ? "" : page.substring(start, page.indexOf("</p>", start));
    }

    @Test
    void thePreviewShowsExactlyWhatEachKindOfReaderSeesAndNeverWhatIsForAdminsOnly() throws Exception {
        for (String as : new String[] {"VISITOR", "MEMBER", "CHAPTER_MATE"}) {
            assertThat(preview(as)).as(as).doesNotContain("Alice Realname").doesNotContain(aliceEmail);
        }
        assertThat(preview("VISITOR")).doesNotContain(town).doesNotContain("bees");
        assertThat(preview("MEMBER")).doesNotContain(town).contains("bees");
        assertThat(preview("CHAPTER_MATE")).contains(town).contains("Old Harbour");
        assertThat(preview("ADMIN")).contains("Alice Realname").contains(aliceEmail);
        assertThat(preview("SELF")).as("not a kind of reader: shown as to a visitor").doesNotContain("Alice Realname");

        // the same policy and view as the real page: what the preview shows is what those readers get
        assertThat(facts(preview("VISITOR"))).isEqualTo(facts(profile(alice, null)));
        assertThat(facts(preview("MEMBER"))).isEqualTo(facts(profile(alice, carolSession)));
        assertThat(facts(preview("CHAPTER_MATE"))).isEqualTo(facts(profile(alice, bobSession)));
        assertThat(facts(preview("ADMIN"))).isEqualTo(facts(profile(alice, adminSession)));
        assertThat(perform(get("/me/preview").param("as", "ADMIN")).getStatus()).as("nobody else previews").isNotEqualTo(200);
        assertThat(perform(get("/me").cookie(aliceSession)).getContentAsString()).contains("href=\"/me/preview\"");
    }
}
