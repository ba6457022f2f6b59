package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Topics and replies as the shared mechanisms see them: found with the reply's topic as parent, moved between states
 * by moderation (a hidden reply shows its reason in place, a hidden topic only the reason), and recent topics.
 */
class ForumContentSourceTests extends ForumsIntegrationTest {

    @Autowired
    Contents contents;

    @Test
    void moderationActsOnTopicsAndRepliesThroughTheSharedSeam() throws Exception {
        Place place = place("IT", "Parma");
        UUID topic = topic(place.member(), place.category(), "Parma assembly", "PUBLIC");
        reply(place.member(), topic, "Call me on 555 0101");
        UUID reply = db.sql("SELECT id FROM forum_reply WHERE topic_id = ?").param(topic).query(UUID.class).single();

        ContentItem found = contents.find(new ContentRef("forums.reply", reply)).orElseThrow();
        assertThat(found.parent()).isEqualTo(new ContentRef("forums.topic", topic));
        assertThat(found.unit()).isEqualTo(new UnitId(place.chapter()));
        assertThat(found.path()).isEqualTo("/replies/" + reply);
        assertThat(contents.sourceOf(found.ref()).text(found.ref())).contains("Call me on 555 0101");

        contents.sourceOf(found.ref()).replaceText(found.ref(), "Call me (number removed)", place.member());
        assertThat(page(null, "/topics/" + topic + "?page=1")).contains("number removed").doesNotContain("555 0101")
                .contains(">edited<");

        contents.sourceOf(found.ref()).changeState(found.ref(), ContentState.HIDDEN, "personal details");
        assertThat(page(null, "/topics/" + topic + "?page=1")).contains("Reply hidden by a moderator: personal details")
                .doesNotContain("number removed");
        assertThat(page(place.member(), "/topics/" + topic + "?page=1")).as("the author still sees it, marked")
                .contains("number removed").contains("Hidden by a moderator");

        List<ContentItem> recent = contents.recentIn(List.of(new UnitId(place.chapter())), null, Instant.now().plusSeconds(5), 10);
        assertThat(recent).extracting(ContentItem::ref).contains(new ContentRef("forums.topic", topic))
                .doesNotContain(found.ref());

        contents.sourceOf(found.ref()).changeState(new ContentRef("forums.topic", topic), ContentState.HIDDEN, "off topic");
        String hidden = page(null, "/topics/" + topic);
        assertThat(hidden).contains("A moderator hid this topic: off topic").doesNotContain("Parma assembly");
        assertThat(page(null, "/forums/categories/" + place.category())).doesNotContain("Parma assembly");
        contents.sourceOf(found.ref()).changeState(new ContentRef("forums.topic", topic), ContentState.REMOVED, null);
        assertThat(as(null, get("/topics/" + topic)).getStatus()).isEqualTo(404);
        assertThat(contents.find(new ContentRef("forums.topic", UUID.randomUUID()))).isEmpty();
    }
}
