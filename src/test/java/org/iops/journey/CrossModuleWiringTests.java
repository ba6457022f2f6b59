package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What could only be wired once blogs, forums, comments, likes and moderation ran together: mention suggestions on
 * every Markdown box, likes, flags and comments where they belong on posts, topics and replies, the reason and the
 * appeal link of a hidden item for its author, and blog posts on "what is new".
 */
class CrossModuleWiringTests extends JourneyTest {

    @Test
    void everyMarkdownBoxOfBlogsAndForumsAsksForMentionSuggestionsForItsItem() throws Exception {
        UUID author = world.author();
        UUID post = world.blogPost(author, "Spring cleanup", "We meet at the river.", "PUBLIC");
        UUID topic = world.topic(author, "Banners", "Who paints them?", "PUBLIC");
        UUID reply = world.reply(author, topic, "I have paint.");

        assertThat(world.page(author, "/posts/new")).contains("data-mentions=\"any\"");
        assertThat(world.page(author, "/posts/" + post + "/edit"))
                .contains("data-mentions=\"blogs.post:" + post + "\"");
        assertThat(world.page(world.neighbour(), "/posts/" + post + "/translate"))
                .contains("data-mentions=\"blogs.post:" + post + "\"");
        assertThat(world.page(author, "/forums/categories/" + world.category() + "/new"))
                .contains("data-mentions=\"any\"");
        assertThat(world.page(author, "/topics/" + topic + "/edit"))
                .contains("data-mentions=\"forums.topic:" + topic + "\"");
        assertThat(world.page(world.neighbour(), "/topics/" + topic))
                .contains("data-mentions=\"forums.topic:" + topic + "\"")
                .contains("data-mentions-label=\"Members you can mention\"");
        assertThat(world.page(author, "/replies/" + reply + "/edit"))
                .contains("data-mentions=\"forums.reply:" + reply + "\"");
        // the suggestions endpoint knows every one of these items
        for (String item : new String[] {"blogs.post:" + post, "forums.topic:" + topic, "forums.reply:" + reply}) {
            assertThat(world.as(world.neighbour(), get("/mentions").param("q", "Me").param("item", item)).getStatus())
                    .as(item).isEqualTo(200);
        }
    }

    @Test
    void postsTopicsAndRepliesCarryLikesAndFlagsAndPostsTheirComments() throws Exception {
        UUID post = world.blogPost(world.author(), "Harvest fair", "Bring jars.", "PUBLIC");
        world.comment(world.neighbour(), "blogs.post:" + post, "I will bring ten jars.");
        UUID topic = world.topic(world.author(), "Stall rota", "Who takes Saturday?", "PUBLIC");
        UUID reply = world.reply(world.neighbour(), topic, "Saturday morning is mine.");

        String postPage = world.page(world.neighbour(), "/posts/" + post);
        assertThat(postPage).contains("id=\"like-" + post + "\"").contains("class=\"moderation-flag\"")
                .contains("I will bring ten jars.").contains("action=\"/comments\"");
        // a member of another chapter reads the public topic: nobody flags their own words
        String topicPage = world.page(world.stranger(), "/topics/" + topic);
        assertThat(topicPage).contains("Saturday morning is mine.");
        assertThat(topicPage.split("class=\"like-button\"", -1)).as("a like button on the topic and on its reply")
                .hasSize(3);
        assertThat(topicPage.split("class=\"moderation-flag\"", -1)).as("a flag on the topic and on its reply")
                .hasSize(3);
        assertThat(topicPage).as("each flag's form is fetched when opened; without scripts its link leads to the form")
                .doesNotContain("name=\"reason\"")
                .contains("hx-get=\"/moderation/flag?item=forums.reply:" + reply + "\"")
                .contains("href=\"/moderation/flag?item=forums.reply:" + reply + "\"");
        assertThat(topicPage).as("topics have replies, not comments").doesNotContain("action=\"/comments\"");
        assertThat(reply).isNotNull();
    }

    @Test
    void aHiddenReplyShowsItsReasonInPlaceAndItsAuthorTheAppealLink() throws Exception {
        UUID topic = world.topic(world.author(), "Fair budget", "Let us agree the budget.", "PUBLIC");
        UUID reply = world.reply(world.neighbour(), topic, "Call 555 0101 for cheap stalls");
        assertThat(world.hide("forums.reply:" + reply, "advertising").getStatus()).isEqualTo(302);

        String forAuthor = world.page(world.neighbour(), "/topics/" + topic);
        assertThat(forAuthor).contains("Reply hidden by a moderator: advertising")
                .contains("href=\"/moderation/appeal?item=forums.reply:" + reply + "\"");
        String forOthers = world.page(world.author(), "/topics/" + topic);
        assertThat(forOthers).contains("Reply hidden by a moderator: advertising").doesNotContain("555 0101")
                .doesNotContain("/moderation/appeal");
        assertThat(world.page(world.neighbour(), "/moderation/appeal?item=forums.reply:" + reply))
                .contains("Appeal a moderation action");
    }

    @Test
    void aHiddenPostAndTopicShowTheirAuthorTheReasonAndTheAppealLink() throws Exception {
        UUID post = world.blogPost(world.author(), "Cheap flights", "Buy here.", "PUBLIC");
        UUID topic = world.topic(world.author(), "Cheap hotels", "Book here.", "PUBLIC");
        world.hide("blogs.post:" + post, "spam");
        world.hide("forums.topic:" + topic, "spam");

        assertThat(world.page(world.author(), "/posts/" + post)).contains("A moderator hid this post: spam")
                .contains("href=\"/moderation/appeal?item=blogs.post:" + post + "\"");
        assertThat(world.page(world.neighbour(), "/posts/" + post)).contains("A moderator hid this post: spam")
                .doesNotContain("Buy here.").doesNotContain("/moderation/appeal");
        assertThat(world.page(world.author(), "/topics/" + topic)).contains("A moderator hid this topic: spam")
                .contains("href=\"/moderation/appeal?item=forums.topic:" + topic + "\"");
        assertThat(world.page(world.neighbour(), "/topics/" + topic)).contains("A moderator hid this topic: spam")
                .doesNotContain("Book here.").doesNotContain("/moderation/appeal");
    }

    @Test
    void aModeratorsRemovalTakesEveryTypeAwayFromReaders() throws Exception {
        UUID post = world.blogPost(world.author(), "Market day", "Stalls from nine.", "PUBLIC");
        world.comment(world.neighbour(), "blogs.post:" + post, "Spam comment about casinos");
        UUID comment = db.sql("SELECT id FROM comment WHERE item_ref = ?").param("blogs.post:" + post).query(UUID.class).single();
        UUID topic = world.topic(world.author(), "Market stalls", "Who runs the stall?", "PUBLIC");
        UUID reply = world.reply(world.neighbour(), topic, "Spam reply about casinos");
        UUID spamTopic = world.topic(world.neighbour(), "Casino bonus", "Spam topic text", "PUBLIC");
        UUID spamPost = world.blogPost(world.neighbour(), "Casino deals", "Spam post text", "PUBLIC");

        for (String item : new String[] {"comments.comment:" + comment, "forums.reply:" + reply,
                "forums.topic:" + spamTopic, "blogs.post:" + spamPost}) {
            assertThat(world.as(world.moderator(), post("/units/" + world.chapter() + "/moderation/act")
                    .param("item", item).param("action", "remove").param("reason", "spam")).getStatus()).as(item)
                    .isEqualTo(302);
        }
        assertThat(world.page(world.stranger(), "/posts/" + post)).doesNotContain("casinos");
        assertThat(world.page(world.stranger(), "/topics/" + topic + "?page=1")).doesNotContain("casinos");
        assertThat(world.status(world.stranger(), "/topics/" + spamTopic)).isEqualTo(404);
        assertThat(world.status(world.stranger(), "/posts/" + spamPost)).isEqualTo(404);
        assertThat(world.page(world.author(), "/new")).contains("Market stalls").doesNotContain("Casino");
    }

    @Test
    void whatIsNewShowsTheChaptersBlogPostsWithItsTopics() throws Exception {
        world.blogPost(world.author(), "Orchard report", "Forty trees planted.", "MEMBERS");
        world.topic(world.author(), "Orchard tools", "We need spades.", "PUBLIC");

        assertThat(world.page(world.neighbour(), "/new")).contains("Orchard report").contains("Orchard tools");
    }
}
