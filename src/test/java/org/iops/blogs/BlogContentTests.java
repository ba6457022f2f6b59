package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.shared.PersonalData;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Posts as member content: what moderation, mentions, attachments and the "what is new" page get through the
 * content seam, and what the blogs keep of a member when the account goes.
 */
class BlogContentTests extends BlogsIntegrationTest {

    @Autowired
    Contents contents;
    @Autowired
    TestMembers members;
    @Autowired
    List<PersonalData> personalData;

    @Test
    void publishedPostsAreContentAndDraftsAreNot() throws Exception {
        UUID author = member();
        PostId published = publish(author, "Findable", "MEMBERS");
        PostId draft = write(author, fixtures.chapterOf(author), "Unfindable", "Draft", "PUBLIC", false);

        ContentItem item = contents.find(published.ref()).orElseThrow();
        assertThat(item.unit()).isEqualTo(new UnitId(fixtures.chapterOf(author)));
        assertThat(item.author()).isEqualTo(author);
        assertThat(item.path()).isEqualTo(published.path());
        assertThat(item.state()).isEqualTo(ContentState.PUBLISHED);
        assertThat(contents.sourceOf(published.ref()).text(published.ref())).contains("Text of Findable");
        assertThat(contents.find(draft.ref())).isEmpty();
        assertThat(contents.recentIn(List.of(item.unit()), null, Instant.now().plusSeconds(5), 50))
                .extracting(ContentItem::ref).doesNotContain(published.ref());
        assertThat(contents.recentIn(List.of(item.unit()), author, Instant.now().plusSeconds(5), 50))
                .extracting(ContentItem::ref).contains(published.ref());
    }

    @Test
    void aHiddenPostShowsTheModeratorsReasonToOthersAndTheTextToItsAuthor() throws Exception {
        UUID author = member();
        PostId id = publish(author, "Contested", "PUBLIC");
        ContentSource source = contents.sourceOf(id.ref());
        assertThat(source.changeState(id.ref(), ContentState.HIDDEN, "Personal attack")).isTrue();

        String visitor = page(id.path(), null);
        assertThat(visitor).contains("A moderator hid this post: Personal attack", "Hidden post")
                .doesNotContain("Text of Contested");
        assertThat(page(id.path(), author)).contains("Text of Contested", "Personal attack");
        assertThat(page("/units/" + fixtures.chapterOf(author) + "/blog", null)).doesNotContain("Contested");

        assertThat(source.changeState(id.ref(), ContentState.PUBLISHED, null)).isTrue();
        assertThat(page(id.path(), null)).contains("Text of Contested").doesNotContain("Personal attack");
    }

    @Test
    void aModeratorsEditIsARevisionByTheModerator() throws Exception {
        UUID author = member();
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(author));
        String moderatorName = jdbc.sql("SELECT display_name FROM member WHERE id = ?").param(moderator)
                .query(String.class).single();
        PostId id = write(author, fixtures.chapterOf(author), "Call me", "Call 555-0199 tonight", "PUBLIC", true);

        assertThat(contents.sourceOf(id.ref()).replaceText(id.ref(), "Call [number removed] tonight", moderator)).isTrue();
        assertThat(page(id.path(), null)).contains("[number removed]", "blog-edited").doesNotContain("555-0199");
        assertThat(page(id.path() + "/revisions", null)).contains("Revision 2", moderatorName);
    }

    @Test
    void aHeldPostIsOutOnceApprovedAndThenTellsWhomItMentions() throws Exception {
        UUID author = member();
        String name = "Mentioned" + UUID.randomUUID().toString().substring(0, 8);
        UUID mentioned = members.add(name);
        PostId id = write(author, fixtures.chapterOf(author), "Hello", "Hi @" + name + " " + BlogTestBeans.HOLD,
                "PUBLIC", true);
        assertThat(count("SELECT count(*) FROM content_mention WHERE member_id = ?", mentioned)).isZero();

        contents.sourceOf(id.ref()).changeState(id.ref(), ContentState.PUBLISHED, null);
        assertThat(page(id.path(), null)).contains("Hello");
        assertThat(count("SELECT count(*) FROM content_mention WHERE member_id = ? AND content_ref = ?", mentioned,
                id.ref().toString())).isEqualTo(1);
    }

    @Test
    void whatOtherModulesAttachIsShownBelowThePost() throws Exception {
        UUID author = member();
        PostId attached = publish(author, BlogTestBeans.ATTACHED + " post", "PUBLIC");
        PostId plain = publish(author, "Plain post", "PUBLIC");
        assertThat(page(attached.path(), null)).contains("test-attachment", "attached to " + attached.ref());
        assertThat(page(plain.path(), null)).doesNotContain("test-attachment");
    }

    @Test
    void anErasedAuthorsDraftsGoAndTheirPostsStayByAFormerMember() throws Exception {
        UUID author = member();
        UUID translator = member();
        PostId published = publish(author, "Stays after me", "PUBLIC");
        PostId draft = write(author, fixtures.chapterOf(author), "Goes with me", "Draft", "PUBLIC", false);
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(published.path() + "/translate")
                .param("language", "es").param("title", "Se queda").param("body", "Texto"), translator);

        @SuppressWarnings("unchecked")
        Map<String, Object> export = personalData.stream().map(p -> p.export(author))
                .filter(part -> part.containsKey("blogPosts")).findFirst().orElseThrow();
        assertThat(export.get("blogPosts").toString()).contains("Stays after me", "Goes with me");
        assertThat(personalData.stream().map(p -> p.export(translator)).filter(p -> p.containsKey("blogTranslations"))
                .findFirst().orElseThrow().get("blogTranslations").toString()).contains("Se queda");

        personalData.forEach(part -> part.erase(author));
        assertThat(count("SELECT count(*) FROM blog_post WHERE id = ?", draft.value())).isZero();
        assertThat(page(published.path(), null)).contains("Stays after me", "former member");
        assertThat(count("SELECT count(*) FROM blog_post WHERE author_id = ?", author)).isZero();
    }
}
