package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.iops.comments.thread.Comment;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.members.Outbox;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.ReplyThread;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who hears of a comment: the item's author and the author of the comment answered, once each, only if they may see
 * it, never the writer; a mention tells the mentioned once; a held comment tells nobody until a moderator approves
 * it. A reply to the notification email becomes a comment through the same checks.
 */
class CommentNotificationTests extends CommentsIntegrationTest {

    @Autowired
    Contents contents;
    @Autowired
    List<ReplyByEmail> replies;

    String town;
    UUID author;
    UUID writer;
    UUID third;
    ContentRef item;

    @BeforeEach
    void world() {
        town = UnitFixtures.unique("Minas");
        author = member("Gala", "UY", town);
        writer = member("Hugo", "UY", town);
        third = member("Ines", "UY", town);
        item = page(author, Visibility.PUBLIC);
    }

    @Test
    void theItemsAuthorAndTheWriterAnsweredAreToldOnceAndNeverTheWriterThemself() throws Exception {
        UUID first = commented(writer, item, null, "First thoughts");
        assertThat(Outbox.latest(address(author), 1).subject()).contains(nameOf(writer), "answered you", pages.find(item)
                .orElseThrow().title());

        commented(third, item, first, "Answering Hugo");
        assertThat(Outbox.latest(address(writer), 1).text()).contains("Answering Hugo");
        commented(writer, item, first, "Answering myself");

        assertThat(Outbox.settledCount(address(author))).as("one for each comment by others").isEqualTo(3);
        assertThat(Outbox.settledCount(address(writer))).as("nothing for their own words").isEqualTo(1);
        assertThat(Outbox.settledCount(address(third))).isZero();
    }

    @Test
    void anAuthorWhoMayNotSeeTheCommentIsNotTold() throws Exception {
        UUID away = member("Jacinta", "UY", UnitFixtures.unique("Treinta y Tres"));
        ContentRef elsewhere = pages.add(fixtures.chapterOf(writer), away, Visibility.UNIT, UnitFixtures.unique("Page"));

        commented(writer, elsewhere, null, "For this chapter only");

        assertThat(Outbox.settledCount(address(away))).isZero();
    }

    @Test
    void aMentionedMemberIsToldOnceEvenWhenAlsoTheAuthor() throws Exception {
        UUID away = member("Lautaro", "UY", UnitFixtures.unique("Artigas"));
        ContentRef chapterOnly = page(author, Visibility.UNIT);

        commented(writer, chapterOnly, null, "Hello @" + nameOf(author) + " and @" + nameOf(third) + " and @" + nameOf(away));

        assertThat(Outbox.settledCount(address(author))).isEqualTo(1);
        assertThat(Outbox.latest(address(author), 1).subject()).contains("mentioned you");
        assertThat(Outbox.settledCount(address(third))).isEqualTo(1);
        assertThat(Outbox.settledCount(address(away))).as("may not see the item").isZero();
    }

    @Test
    void anEditThatAddsAMentionTellsTheNewlyMentionedOnce() throws Exception {
        UUID id = commented(writer, item, null, "No names yet");
        for (String text : new String[] {"Now with @" + nameOf(third), "Still with @" + nameOf(third)}) {
            perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/comments/" + id + "/edit")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .with(fixtures.as(writer)).param("body", text));
        }

        assertThat(Outbox.settledCount(address(third))).isEqualTo(1);
    }

    @Test
    void aHeldCommentTellsNobodyUntilAModeratorApprovesIt() throws Exception {
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(author));
        UUID held = commented(writer, item, null, "Cheap watches " + TestPages.HOLD);
        assertThat(Outbox.settledCount(address(author))).isZero();

        ContentRef ref = new ContentRef(Comment.TYPE, held);
        assertThat(contents.maySee(moderator, contents.find(ref).orElseThrow())).isTrue();
        contents.sourceOf(ref).changeState(ref, ContentState.PUBLISHED, null);

        assertThat(Outbox.latest(address(author), 1).text()).contains("Cheap watches");
        assertThat(html(null, item)).contains("Cheap watches");
    }

    @Test
    void aReplyByEmailBecomesACommentAndAClosedItemRefusesIt() throws Exception {
        ReplyByEmail comments = replies.stream().filter(r -> r.threadTypes().contains(TestPages.TYPE)).findFirst()
                .orElseThrow();
        assertThat(comments.threadTypes()).contains("blogs.post");

        comments.reply(writer, new ReplyThread(TestPages.TYPE, item.id()), "Sent from my phone");
        assertThat(html(null, item)).contains("Sent from my phone");

        pages.close(item);
        assertThatThrownBy(() -> comments.reply(writer, new ReplyThread(TestPages.TYPE, item.id()), "Too late"))
                .isInstanceOf(ReplyRefusedException.class).hasMessage("comments.refused.closed");
        assertThatThrownBy(() -> comments.reply(writer, new ReplyThread(TestPages.TYPE, UUID.randomUUID()), "Gone"))
                .isInstanceOf(ReplyRefusedException.class).hasMessage("comments.email.gone");
    }
}
