package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.content.Visibility;
import org.iops.forums.store.ForumPosting;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's forum data in their export (topics, replies, follows); on deletion their posts stay as "former member"
 * while their follows, mutes and read positions go.
 */
class ForumPersonalDataTests extends MembersIntegrationTest {

    @Autowired
    ForumPosting posting;
    @Autowired
    UnitDirectory units;

    @Test
    void theExportHoldsTheirPostsAndFollowsAndErasureLeavesPostsAsFormerMember() throws Exception {
        String email = newEmail("forum-writer");
        String town = "Tromso " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = verifiedMember(email, "Frida Forum", "NO", town);
        UUID chapter = units.placementOf(id).orElseThrow().chapter().id().value();
        UUID reader = verifiedMember(newEmail("forum-reader"), "Other Reader", "NO", town);
        Cookie session = login(email, PASSWORD);
        perform(get("/units/" + chapter + "/forum").cookie(session));
        UUID category = ForumSeeds.defaultCategory(db, chapter);
        UUID topic = posting.startTopic(id, category, "Northern lights walk", "Friday night?", "en", Visibility.PUBLIC).id();
        posting.reply(reader, topic, "Yes!", null);
        posting.reply(id, topic, "Great, at nine.", null);
        perform(post("/units/" + chapter + "/forum/follow").with(csrf()).cookie(session).param("mode", "-1"));
        perform(get("/topics/" + topic + "?page=1").cookie(session));

        String json = perform(get("/me/export").cookie(session)).getContentAsString();
        assertThat(json).contains("\"forumTopics\":[", "Northern lights walk", "\"forumReplies\":[", "Great, at nine.",
                "\"forumFollows\":[", "\"mode\":\"MUTE\"").doesNotContain("\"text\":\"Yes!\"");

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/?deleted");

        assertThat(count("SELECT count(*) FROM forum_topic WHERE id = ? AND author_id IS NULL", topic)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forum_reply WHERE topic_id = ? AND author_id IS NULL", topic)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forum_subscription WHERE member_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM forum_read WHERE member_id = ?", id)).isZero();
        String page = perform(get("/topics/" + topic + "?page=1")).getContentAsString();
        assertThat(page).contains("former member").contains("Great, at nine.").contains("Other Reader")
                .doesNotContain("Frida Forum");
    }

    @Test
    void theirTranslationsAreExportedAndStayCreditedToFormerMemberAfterErasure() throws Exception {
        String email = newEmail("forum-translator");
        String town = "Bergen " + UUID.randomUUID().toString().substring(0, 6);
        UUID author = verifiedMember(newEmail("forum-author"), "Astrid Author", "NO", town);
        UUID translator = verifiedMember(email, "Tove Translator", "NO", town);
        UUID chapter = units.placementOf(author).orElseThrow().chapter().id().value();
        Cookie session = login(email, PASSWORD);
        perform(get("/units/" + chapter + "/forum").cookie(session));
        UUID category = ForumSeeds.defaultCategory(db, chapter);
        UUID topic = posting.startTopic(author, category, "Fjord cleanup", "Sunday morning.", "en", Visibility.PUBLIC).id();
        assertThat(perform(post("/topics/" + topic + "/translate").with(csrf()).cookie(session).param("language", "de")
                .param("title", "Fjordputzete").param("body", "Sonntagmorgen.")).getStatus()).isEqualTo(302);

        String json = perform(get("/me/export").cookie(session)).getContentAsString();
        assertThat(json).contains("\"forumTranslations\":[", "\"topic\":\"" + topic + "\"", "Fjordputzete");

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/?deleted");
        assertThat(count("SELECT count(*) FROM content_translation WHERE original_id = ? AND translator_id IS NULL",
                topic)).isEqualTo(1);
        String page = perform(get("/topics/" + topic + "/de")).getContentAsString();
        assertThat(page).contains("Fjordputzete").contains("Translated by former member").doesNotContain("Tove Translator");
    }
}
