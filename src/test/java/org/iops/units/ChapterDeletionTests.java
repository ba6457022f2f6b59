package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A spam chapter is deleted by its branch's admins once nobody lives there, whatever other modules kept about it:
 * the flags on its spam, a moderator's action in it, a meeting an admin recorded there, a proposal. Those modules
 * follow {@link ChapterDeleted} after the commit; their rows must not stand in the way of the deletion itself.
 */
class ChapterDeletionTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectory directory;
    @Autowired
    TestContent items;
    @Autowired
    JdbcClient db;

    @Test
    void aSpamChapterWhoseSpamWasFlaggedAndHiddenIsDeletedAndItsModerationHistoryMovesToTheBranch() throws Exception {
        String spamTown = UnitFixtures.unique("CHEAP WATCHES www.spam-example.com");
        UUID spammer = fixtures.memberIn("UY", spamTown);
        UUID chapter = fixtures.chapterOf(spammer);
        UUID branch = fixtures.branchOf(spammer);
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
        UUID chapterModerator = fixtures.memberWithRole(Role.MODERATOR, chapter);
        ContentItem spam = items.add(new UnitId(chapter), spammer, Visibility.PUBLIC);
        UUID flagger = fixtures.memberIn("UY", UnitFixtures.unique("Salto"));
        assertThat(send(flagger, post("/moderation/flag").param("item", spam.ref().toString()).param("reason", "SPAM"))
                .getStatus()).as("flagged").isEqualTo(302);
        assertThat(send(chapterModerator, post("/units/" + chapter + "/moderation/act").param("item", spam.ref().toString())
                .param("action", "hide").param("reason", "Advertising")).getStatus()).as("hidden").isEqualTo(302);
        assertThat(send(branchAdmin, post("/units/" + chapter + "/meetings").param("metOn", "2026-11-02")
                .param("note", "Nobody came")).getStatus()).as("a meeting recorded").isEqualTo(302);
        MockHttpServletResponse proposed = send(spammer, post("/units/" + chapter + "/proposals/new")
                .param("title", "Cheap watches for all").param("body", "Buy them at www.spam-example.com.")
                .param("language", "en").param("visibility", "PUBLIC").param("discussionDays", "7")
                .param("votingDays", "3"));
        assertThat(proposed.getRedirectedUrl()).as("a proposal put").startsWith("/proposals/");
        directory.place(spammer, new Residence("UY", UnitFixtures.unique("Paysandú"), null));

        MockHttpServletResponse deleted = send(branchAdmin, post("/units/" + chapter + "/delete"));

        assertThat(deleted.getRedirectedUrl()).as("deleted").isEqualTo("/units/" + branch + "/admin");
        assertThat(directory.find(new UnitId(chapter))).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String table : new String[] {"moderation_flag", "moderation_queue", "moderation_log",
                    "moderation_suspension", "moderation_appeal"}) {
                assertThat(fixtures.count("SELECT count(*) FROM " + table + " WHERE unit_id = ?", chapter))
                        .as(table + " of the deleted chapter").isZero();
            }
            assertThat(fixtures.count("SELECT count(*) FROM convention_meeting WHERE chapter_id = ?", chapter))
                    .as("its meetings").isZero();
            assertThat(fixtures.count("SELECT count(*) FROM proposal WHERE unit_id = ?", chapter))
                    .as("its proposals").isZero();
        });
        String log = mvc.perform(get("/units/" + branch + "/moderation/log").with(fixtures.as(branchAdmin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(log).as("what the chapter's moderator did is still in the branch's log").contains("Advertising");
        assertThat(mvc.perform(get(proposed.getRedirectedUrl())).andReturn().getResponse().getStatus())
                .as("the spam proposal").isEqualTo(404);
    }

    private MockHttpServletResponse send(UUID member,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(member))).andReturn().getResponse();
    }
}
