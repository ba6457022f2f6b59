package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.iops.content.ContentRef;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Search shows each reader exactly what {@code Contents.maySee} lets them see, in the page and in its fragment. */
class SearchPrivacyTests extends SearchIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.iops.units.TestMembers members;

    @Test
    void membersOnlyItemsNeverReachAVisitor() throws Exception {
        Place place = place("FR", "Lyon");
        String token = token();
        UUID open = topic(place, "Open picnic " + token, "Everyone welcome " + token, "en", "PUBLIC");
        UUID members = topic(place, "Members strategy " + token, "Our plans " + token, "en", "MEMBERS");
        UUID reply = reply(place.member(), members, "Secret detail " + token);
        UUID post = blogPost(place.member(), place.chapter(), "Members letter " + token, "For members " + token, "en",
                "MEMBERS");
        UUID comment = comment(place.member(), new ContentRef("blogs.post", post), "Members reply " + token);

        String visitor = search(null, "q", token);
        assertThat(visitor).contains(topicPath(open))
                .doesNotContain(topicPath(members), replyPath(reply), "/posts/" + post, "comment-" + comment,
                        "Secret detail", "Our plans", "Members letter");
        assertThat(fragment(null, token)).contains(topicPath(open))
                .doesNotContain(topicPath(members), replyPath(reply), "/posts/" + post, "Secret detail");

        UUID stranger = place("DE", "Leipzig").member();
        assertThat(search(stranger, "q", token)).contains(topicPath(open), topicPath(members), replyPath(reply),
                "/posts/" + post, "comment-" + comment);
    }

    @Test
    void unitOnlyItemsReachOnlyMembersOfTheUnit() throws Exception {
        Place nantes = place("FR", "Nantes");
        String token = token();
        UUID internal = topic(nantes, "Nantes internal " + token, "Chapter business " + token, "en", "UNIT");
        UUID reply = reply(nantes.member(), internal, "Minutes " + token);
        UUID mate = fixtures.memberIn("FR", nantes.town());
        UUID elsewhere = place("FR", "Rennes").member();

        assertThat(search(null, "q", token)).doesNotContain(topicPath(internal), replyPath(reply), "Chapter business");
        assertThat(search(elsewhere, "q", token)).doesNotContain(topicPath(internal), replyPath(reply), "Minutes");
        assertThat(fragment(elsewhere, token)).doesNotContain(topicPath(internal), replyPath(reply));
        assertThat(search(elsewhere, "q", token, "unit", nantes.chapter().toString()))
                .doesNotContain(topicPath(internal), replyPath(reply));
        assertThat(search(mate, "q", token)).contains(topicPath(internal), replyPath(reply));
        assertThat(search(nantes.member(), "q", token)).contains(topicPath(internal), replyPath(reply));
    }

    /** The results alone, as htmx asks for them when the form is sent in place. */
    private String fragment(UUID reader, String token) throws Exception {
        MockHttpServletResponse answer = as(reader, MockMvcRequestBuilders.get("/search").param("q", token)
                .header("HX-Request", "true").header("HX-Target", "search-results"));
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).startsWith("<section id=\"search-results\"").doesNotContain("<html");
        return answer.getContentAsString();
    }

    @Test
    void theAuthorFilterNamesOnlyAnAuthorTheResultsShow() throws Exception {
        Place place = place("FR", "Brest");
        String token = token();
        topic(place, "Open harbour walk " + token, "Everyone welcome " + token, "en", "PUBLIC");
        String author = db.sql("SELECT display_name FROM member WHERE id = ?").param(place.member())
                .query(String.class).single();
        assertThat(search(null, "q", token, "author", place.member().toString())).contains("Only what " + author + " wrote.");

        // a member hidden from directories who wrote nothing: typing their id must not tell their name
        String hiddenName = "Hidden" + token;
        UUID hidden = members.add(hiddenName, true);
        assertThat(search(null, "author", hidden.toString())).contains("Only what this person wrote.")
                .doesNotContain(hiddenName);
        assertThat(search(place.member(), "q", token, "author", hidden.toString())).doesNotContain(hiddenName);
    }
}
