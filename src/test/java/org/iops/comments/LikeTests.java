package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.members.Outbox;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Likes: one per member and item however often it is sent, a second click takes it back, counted on the item for
 * everyone and a button for members; invisible and unknown items are not found; the author hears of likes at most
 * once an hour per item, with the count.
 */
class LikeTests extends CommentsIntegrationTest {

    @Autowired
    TestClock clock;

    String town;
    UUID author;
    UUID fan;
    UUID other;
    ContentRef item;

    @BeforeEach
    void world() {
        town = UnitFixtures.unique("Colonia");
        author = member("Mirta", "UY", town);
        fan = member("Nahuel", "UY", town);
        other = member("Olga", "UY", town);
        item = page(author, Visibility.PUBLIC);
    }

    @Test
    void aDoubleLikeCountsOnceAndUnlikingTakesItBack() throws Exception {
        assertThat(like(fan, item, true, false).getRedirectedUrl()).isEqualTo("/test-pages/" + item.id());
        like(fan, item, true, false);
        assertThat(likes(item)).isEqualTo(1);
        assertThat(html(fan, item)).contains("1 like", "aria-pressed=\"true\"", "name=\"like\" value=\"false\"");

        MockHttpServletResponse unliked = like(fan, item, false, true);
        assertThat(unliked.getContentAsString()).contains("0 likes", "aria-pressed=\"false\"").doesNotContain("<html");
        assertThat(likes(item)).isZero();
    }

    @Test
    void aVisitorSeesTheCountOnlyAndNothingWhereNobodyLikedIt() throws Exception {
        assertThat(html(null, item)).doesNotContain("class=\"like\"");
        like(fan, item, true, false);
        like(other, item, true, false);

        String page = html(null, item);
        assertThat(page).contains("2 likes").doesNotContain("like-button").doesNotContain("/reactions");
        assertThat(perform(post("/reactions").with(csrf()).param("item", item.toString())).getStatus())
                .as("a visitor is sent to sign in").isEqualTo(302);
        assertThat(likes(item)).isEqualTo(2);
    }

    @Test
    void commentsCarryTheirOwnLikeButtons() throws Exception {
        UUID comment = commented(fan, item, null, "Likeable words");

        like(other, new ContentRef("comments.comment", comment), true, false);

        assertThat(html(null, item)).contains("id=\"like-" + comment + "\"", "1 like");
    }

    @Test
    void anItemTheMemberMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        UUID away = member("Pilar", "UY", UnitFixtures.unique("Rocha"));
        ContentRef chapterOnly = page(author, Visibility.UNIT);

        assertThat(like(away, chapterOnly, true, false).getStatus()).isEqualTo(404);
        assertThat(like(away, new ContentRef(TestPages.TYPE, UUID.randomUUID()), true, false).getStatus()).isEqualTo(404);
        assertThat(perform(post("/reactions").with(csrf()).with(fixtures.as(away)).param("item", "nonsense"))
                .getStatus()).isEqualTo(404);
        assertThat(likes(chapterOnly)).isZero();
    }

    @Test
    void theAuthorHearsAtMostOnceAnHourWithTheCount() throws Exception {
        like(fan, item, true, false);
        assertThat(Outbox.latest(address(author), 1).subject()).startsWith("1 person likes");

        like(other, item, true, false);
        like(author, item, true, false);
        assertThat(Outbox.settledCount(address(author))).isEqualTo(1);

        clock.advance(Duration.ofMinutes(61));
        like(member("Quique", "UY", town), item, true, false);
        assertThat(Outbox.latest(address(author), 2).subject()).startsWith("3 people like");
    }

    private MockHttpServletResponse like(@Nullable UUID member, ContentRef ref, boolean like, boolean htmx)
            throws Exception {
        var request = post("/reactions").with(csrf()).with(fixtures.as(member)).param("item", ref.toString())
                .param("like", String.valueOf(like));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return perform(request);
    }

    private long likes(ContentRef ref) {
        return db.sql("SELECT count(*) FROM reaction WHERE item_ref = ?").param(ref.toString()).query(Long.class).single();
    }
}
