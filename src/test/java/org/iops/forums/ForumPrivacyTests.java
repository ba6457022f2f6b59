package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;

/**
 * Members-only and unit-only topics never reach a visitor or a member not entitled to them: not on the forum's pages,
 * the unit's section, the Atom feed, "what is new", nor in a follower's notifications.
 */
class ForumPrivacyTests extends ForumsIntegrationTest {

    @Test
    void unitAndMembersTopicsReachOnlyThoseEntitledInPagesSectionsFeedsAndWhatIsNew() throws Exception {
        Place lyon = place("FR", "Lyon");
        UUID neighbour = fixtures.memberIn("FR", db.sql("SELECT name FROM units WHERE id = ?").param(lyon.chapter())
                .query(String.class).single());
        UUID stranger = fixtures.memberIn("BE", "Gent " + UUID.randomUUID().toString().substring(0, 6));
        UUID open = topic(lyon.member(), lyon.category(), "Open picnic", "PUBLIC");
        UUID members = topic(lyon.member(), lyon.category(), "Members strategy", "MEMBERS");
        UUID unit = topic(lyon.member(), lyon.category(), "Lyon only plans", "UNIT");
        reply(lyon.member(), unit, "Secret venue detail");

        String categoryForVisitor = page(null, "/forums/categories/" + lyon.category());
        assertThat(categoryForVisitor).contains("Open picnic").doesNotContain("Members strategy").doesNotContain("Lyon only");
        String categoryForStranger = page(stranger, "/forums/categories/" + lyon.category());
        assertThat(categoryForStranger).contains("Open picnic").contains("Members strategy").doesNotContain("Lyon only");
        assertThat(page(neighbour, "/forums/categories/" + lyon.category())).contains("Lyon only plans");

        assertThat(as(null, get("/topics/" + members)).getStatus()).isEqualTo(404);
        assertThat(as(null, get("/topics/" + unit)).getStatus()).isEqualTo(404);
        assertThat(as(stranger, get("/topics/" + unit)).getStatus()).isEqualTo(404);
        assertThat(as(stranger, get("/topics/" + unit + "/live?after=0").header("HX-Request", "true")).getStatus()).isEqualTo(404);
        UUID secretReply = db.sql("SELECT id FROM forum_reply WHERE topic_id = ?").param(unit).query(UUID.class).single();
        assertThat(as(stranger, get("/replies/" + secretReply)).getStatus()).isEqualTo(404);
        assertThat(as(stranger, get("/topics/" + open + "?page=1")).getStatus()).isEqualTo(200);

        String unitPageForVisitor = page(null, "/units/" + lyon.chapter());
        assertThat(unitPageForVisitor).contains("id=\"section-forum\"").contains("Open picnic")
                .doesNotContain("Members strategy").doesNotContain("Lyon only");
        assertThat(page(stranger, "/units/" + lyon.chapter())).contains("Members strategy").doesNotContain("Lyon only");
        assertThat(page(neighbour, "/units/" + lyon.chapter())).contains("Lyon only plans");

        String atom = page(stranger, "/units/" + lyon.chapter() + "/forum.atom");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("Open picnic");
        assertThat(atom).doesNotContain("Members strategy").doesNotContain("Lyon only").doesNotContain("Secret venue");

        String news = page(neighbour, "/new");
        assertThat(news).contains("Lyon only plans").contains("Members strategy").contains("Open picnic");
        assertThat(page(stranger, "/new")).doesNotContain("Lyon only plans").doesNotContain("Secret venue");
        assertThat(as(null, get("/new")).getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void followersHearOnlyOfWhatTheyMaySee() throws Exception {
        Place nantes = place("FR", "Nantes");
        UUID stranger = fixtures.memberIn("BE", "Namur " + UUID.randomUUID().toString().substring(0, 6));
        UUID neighbour = fixtures.memberIn("FR", db.sql("SELECT name FROM units WHERE id = ?").param(nantes.chapter())
                .query(String.class).single());
        for (UUID follower : new UUID[] {stranger, neighbour}) {
            assertThat(as(follower, post("/units/" + nantes.chapter() + "/forum/follow").param("mode", "1")).getStatus())
                    .isEqualTo(302);
        }
        UUID unit = topic(nantes.member(), nantes.category(), "Nantes internal", "UNIT");
        reply(nantes.member(), unit, "Internal reply");

        // sent at once in tests: the mail is in the outbox when the request returns
        assertThat(notifications(neighbour, "forums.newTopic")).isEqualTo(1);
        assertThat(notifications(neighbour, "forums.reply")).isEqualTo(1);
        assertThat(Outbox.to(neighbour + "@example.org")).extracting(Outbox.Mail::text)
                .anyMatch(text -> text.contains("Internal reply"));
        assertThat(notifications(stranger, "forums.newTopic")).as("not for the stranger").isZero();
        assertThat(notifications(stranger, "forums.reply")).isZero();
        assertThat(Outbox.to(stranger + "@example.org")).extracting(Outbox.Mail::text)
                .noneMatch(text -> text.contains("Nantes internal") || text.contains("Internal reply"));
    }

    /** On the member's list (the bell), however they chose to get it by email. */
    long notifications(UUID member, String kind) {
        // every notification of a declared kind is listed for the member; email follows their choice (daily...)
        return db.sql("SELECT coalesce(sum(count), 0) FROM member_notification WHERE member_id = ? AND kind = ?")
                .params(member, kind)
                .query(Long.class).single();
    }

    @Test
    void aHiddenChaptersForumTopicsAndFeedAreUnknownToAllButItsMembersAndModerators() throws Exception {
        Place hidden = place("FR", "Vannes " + UUID.randomUUID().toString().substring(0, 8));
        UUID topic = topic(hidden.member(), hidden.category(), "Our first meeting", "PUBLIC");
        fixtures.hide(hidden.chapter());
        UUID elsewhere = fixtures.memberIn("FR", "Quimper " + UUID.randomUUID().toString().substring(0, 8));
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, hidden.chapter());
        for (String path : List.of("/units/" + hidden.chapter() + "/forum", "/units/" + hidden.chapter() + "/forum.atom",
                "/forums/categories/" + hidden.category(), "/topics/" + topic)) {
            assertThat(as(null, get(path)).getStatus()).as("a visitor at " + path).isEqualTo(404);
            assertThat(as(elsewhere, get(path)).getStatus()).as("a member elsewhere at " + path).isEqualTo(404);
            assertThat(as(hidden.member(), get(path)).getStatus()).as("its member at " + path).isEqualTo(200);
            assertThat(as(moderator, get(path)).getStatus()).as("its moderator at " + path).isEqualTo(200);
        }
        assertThat(page(elsewhere, "/search?q=meeting")).doesNotContain("Our first meeting");
    }
}
