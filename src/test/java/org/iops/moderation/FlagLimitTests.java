package org.iops.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.iops.content.ContentItem;
import org.iops.moderation.internal.Flagging;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * One member cannot bury a unit's queue under flags: past {@link Flagging#PER_MEMBER} flags in an hour the form comes
 * back with status 429, what they typed and why, in their language, and nothing more reaches the queue.
 */
class FlagLimitTests extends ModerationIntegrationTest {

    private long flagsBy(java.util.UUID member) {
        return fixtures.count("SELECT count(*) FROM moderation_flag WHERE flagger_id = ?", member);
    }

    @Test
    void aMemberWhoFlagsTooMuchIsAskedToWaitAndTheQueueGetsNoMore() throws Exception {
        int allowed = Flagging.PER_MEMBER.attempts();
        ContentItem first = world.newPost();
        assertThat(world.flag(world.memberOfA(), first, "SPAM", "").getStatus()).isEqualTo(302);
        assertThat(world.flag(world.memberOfA(), first, "SPAM", "").getStatus())
                .as("a repeated flag is refused and costs nothing").isEqualTo(409);
        for (int i = 1; i < allowed; i++) {
            assertThat(world.flag(world.memberOfA(), world.newPost(), "SPAM", "").getStatus()).as("flag " + (i + 1))
                    .isEqualTo(302);
        }
        ContentItem oneMore = world.newPost();
        MockHttpServletResponse limited = mvc.perform(post("/moderation/flag").with(fixtures.as(world.memberOfA()))
                .with(csrf()).header("Accept-Language", "de").param("item", oneMore.ref().toString())
                .param("reason", "OTHER").param("note", "Schon wieder Werbung")).andReturn().getResponse();

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getContentAsString()).contains("Du hast in der letzten Stunde viele Beiträge gemeldet")
                .contains("Schon wieder Werbung");
        assertThat(flagsBy(world.memberOfA())).isEqualTo(allowed);
        assertThat(world.flag(world.moderatorOfA(), oneMore, "SPAM", "").getStatus())
                .as("another member flags as before").isEqualTo(302);

        clock.advance(Duration.ofHours(1));
        assertThat(world.flag(world.memberOfA(), world.newPost(), "SPAM", "").getStatus())
                .as("an hour later").isEqualTo(302);
    }
}
