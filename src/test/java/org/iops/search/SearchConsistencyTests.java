package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.members.account.Accounts;
import org.iops.units.tree.Structure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The index follows what happens to items without their authors touching them: a chapter merged into another, a
 * topic a moderator moves to another unit's forum, a post hidden or deleted with its comments, a member who erases
 * their account. Each shows in what readers find, where they find it (the unit filter) and who may find it.
 */
class SearchConsistencyTests extends SearchIntegrationTest {

    @Autowired
    Structure structure;

    @Autowired
    Accounts accounts;

    @Test
    void aMergedChaptersItemsAreFoundInTheSurvivorByItsMembers() throws Exception {
        Place duplicate = place("UY", "Salto");
        Place survivor = place("UY", "Saltó Grande");
        Place stranger = place("AR", "Concordia");
        String token = token();
        UUID open = topic(duplicate, "River clean-up " + token, "Bring gloves " + token, "es", "PUBLIC");
        UUID members = topic(duplicate, "Our own plans " + token, "Only for us " + token, "es", "UNIT");
        UUID reply = reply(duplicate.member(), open, "I will come " + token);
        assertThat(search(survivor.member(), "q", token)).contains(topicPath(open)).doesNotContain(topicPath(members));

        structure.merge(fixtures.internationalAdmin(), duplicate.chapter(), survivor.chapter());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                search(survivor.member(), "q", token, "unit", survivor.chapter().toString()))
                .contains(topicPath(open), topicPath(members), replyPath(reply)));
        assertThat(search(duplicate.member(), "q", token, "unit", survivor.chapter().toString()))
                .as("the merged chapter's members find their items in the chapter they are in now")
                .contains(topicPath(open), topicPath(members), replyPath(reply));
        assertThat(search(null, "q", token, "unit", survivor.chapter().toString()))
                .contains(topicPath(open)).doesNotContain(topicPath(members));
        assertThat(search(stranger.member(), "q", token)).contains(topicPath(open), replyPath(reply))
                .doesNotContain(topicPath(members));
        assertThat(search(null, "q", token, "unit", fixtures.branchOf(survivor.member()).toString()))
                .as("and under the branch above it").contains(topicPath(open));
    }

    @Test
    void aTopicMovedToAnotherUnitsForumIsFoundThereOnly() throws Exception {
        Place from = place("CL", "Valparaíso");
        Place to = place("CL", "Viña del Mar");
        String token = token();
        UUID neighbour = fixtures.memberIn("CL", from.town());
        UUID topic = topic(from, "Bike lanes " + token, "Let us ask the council " + token, "es", "UNIT");
        UUID reply = reply(from.member(), topic, "Agreed " + token);
        assertThat(search(neighbour, "q", token)).contains(topicPath(topic), replyPath(reply));
        assertThat(search(to.member(), "q", token)).doesNotContain(topicPath(topic), replyPath(reply));

        MockHttpServletResponse moved = as(fixtures.internationalAdmin(),
                post("/topics/" + topic + "/move").param("category", to.category().toString()));
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isIn(302, 303);

        assertThat(search(to.member(), "q", token, "unit", to.chapter().toString()))
                .as("members of the unit it moved to find it, with its replies")
                .contains(topicPath(topic), replyPath(reply));
        assertThat(search(neighbour, "q", token)).as("members of the unit it left no longer do")
                .doesNotContain(topicPath(topic), replyPath(reply));
        assertThat(search(from.member(), "q", token)).as("its author still does").contains(topicPath(topic));
        assertThat(search(fixtures.internationalAdmin(), "q", token, "unit", from.chapter().toString()))
                .doesNotContain(topicPath(topic), replyPath(reply));
    }

    @Test
    void aHiddenPostTakesItsCommentsOutOfSearchUntilItIsShownAgain() throws Exception {
        Place place = place("CL", "Temuco");
        String token = token();
        UUID post = blogPost(place.member(), place.chapter(), "Seed swap " + token, "Bring seeds " + token, "en",
                "PUBLIC");
        UUID comment = comment(place.member(), new ContentRef("blogs.post", post), "Tomatoes from me " + token);
        assertThat(search(null, "q", token)).contains("href=\"/posts/" + post + "\"", "#comment-" + comment);

        moderate(new ContentRef("blogs.post", post), ContentState.HIDDEN);
        assertThat(search(null, "q", token)).doesNotContain("/posts/" + post);
        assertThat(search(place.member(), "q", token)).as("not even its author finds it: they have its page")
                .doesNotContain("/posts/" + post);

        moderate(new ContentRef("blogs.post", post), ContentState.PUBLISHED);
        assertThat(search(null, "q", token)).contains("href=\"/posts/" + post + "\"", "#comment-" + comment);

        moderate(new ContentRef("comments.comment", comment), ContentState.REMOVED);
        assertThat(search(null, "q", token)).contains("href=\"/posts/" + post + "\"")
                .doesNotContain("#comment-" + comment);
    }

    @Test
    void anErasedMembersItemsAreStillFoundAsAFormerMembers() throws Exception {
        Place place = place("CL", "Chillán");
        String name = db.sql("SELECT display_name FROM member WHERE id = ?").param(place.member())
                .query(String.class).single();
        String token = token();
        UUID topic = topic(place, "Choir practice " + token, "Every Tuesday " + token, "en", "PUBLIC");
        assertThat(search(null, "q", token)).contains(topicPath(topic), name, "author=" + place.member());

        accounts.delete(place.member());

        String found = search(null, "q", token);
        assertThat(found).contains(topicPath(topic), "former member").doesNotContain(name)
                .doesNotContain("author=" + place.member());
        assertThat(searchResponse(null, "q", token, "author", place.member().toString()).getContentAsString())
                .as("nobody finds what they wrote by their old id").doesNotContain(topicPath(topic));
    }
}
