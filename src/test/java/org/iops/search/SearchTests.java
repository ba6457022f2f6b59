package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.TestClock;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.search.index.SearchRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What a member notices of search: words found in any form, filters, pages, and changes seen at once. */
class SearchTests extends SearchIntegrationTest {

    @Autowired
    SearchRebuild rebuild;
    @Autowired
    TestClock clock;

    @Test
    void findsWordsInAnyFormByTheStemmingOfTheItemsLanguage() throws Exception {
        Place place = place("PT", "Braga");
        String token = token();
        UUID english = topic(place, "Garden " + token, "The gardener runs every morning " + token, "en", "PUBLIC");
        UUID spanish = topic(place, "Bibliotecas " + token, "Las bibliotecas públicas abren hoy " + token, "es", "PUBLIC");
        UUID french = topic(place, "Élections " + token, "Les élections municipales approchent " + token, "fr", "PUBLIC");
        UUID german = topic(place, "Versammlungen " + token, "Die Versammlungen finden montags statt " + token, "de",
                "PUBLIC");

        assertThat(search(null, "q", "running " + token)).contains(topicPath(english)).doesNotContain(topicPath(spanish));
        assertThat(search(null, "q", "biblioteca " + token)).contains(topicPath(spanish)).doesNotContain(topicPath(english));
        assertThat(search(null, "q", "élection " + token)).contains(topicPath(french)).doesNotContain(topicPath(german));
        assertThat(search(null, "q", "Versammlung " + token)).contains(topicPath(german)).doesNotContain(topicPath(french));
    }

    @Test
    void anEditedItemIsFoundByItsNewWordsOnly() throws Exception {
        Place place = place("PT", "Aveiro");
        String before = token();
        String after = token();
        UUID topic = topic(place, "Picnic plans", "We meet at the lighthouse " + before, "en", "PUBLIC");
        assertThat(search(null, "q", before)).contains(topicPath(topic));

        MockHttpServletResponse edited = as(place.member(), MockMvcRequestBuilders.post("/topics/" + topic + "/edit")
                .param("title", "Picnic plans").param("body", "We meet at the harbour " + after)
                .param("language", "en").param("visibility", "PUBLIC"));
        assertThat(edited.getStatus()).isEqualTo(302);

        assertThat(search(null, "q", before)).doesNotContain(topicPath(topic));
        assertThat(search(null, "q", after)).contains(topicPath(topic));
    }

    @Test
    void heldHiddenAndRemovedItemsVanishAtOnceWithWhatBelongsToThem() throws Exception {
        Place place = place("PT", "Viseu");
        String token = token();
        UUID topic = topic(place, "Bicycle repair " + token, "Bring your tools " + token, "en", "PUBLIC");
        UUID reply = reply(place.member(), topic, "I can bring a pump " + token);
        assertThat(search(null, "q", token)).contains(topicPath(topic), replyPath(reply));

        ContentRef topicRef = new ContentRef("forums.topic", topic);
        moderate(topicRef, ContentState.HIDDEN);
        assertThat(search(null, "q", token)).doesNotContain(topicPath(topic), replyPath(reply));
        assertThat(search(place.member(), "q", token)).doesNotContain(topicPath(topic), replyPath(reply));

        moderate(topicRef, ContentState.PUBLISHED);
        assertThat(search(null, "q", token)).contains(topicPath(topic), replyPath(reply));

        moderate(new ContentRef("forums.reply", reply), ContentState.REMOVED);
        assertThat(search(null, "q", token)).contains(topicPath(topic)).doesNotContain(replyPath(reply));

        moderate(topicRef, ContentState.PENDING);
        assertThat(search(null, "q", token)).doesNotContain(topicPath(topic));
    }

    @Test
    void aDeletedBlogPostAndItsCommentsAreNoLongerFound() throws Exception {
        Place place = place("PT", "Guarda");
        String token = token();
        UUID post = blogPost(place.member(), place.chapter(), "Harvest " + token, "Our harvest festival " + token, "en",
                "PUBLIC");
        UUID comment = comment(place.member(), new ContentRef("blogs.post", post), "Count me in " + token);
        String found = search(null, "q", token);
        assertThat(found).contains("href=\"/posts/" + post + "\"", "#comment-" + comment);

        MockHttpServletResponse deleted = as(place.member(), MockMvcRequestBuilders.post("/posts/" + post + "/delete"));
        assertThat(deleted.getStatus()).isIn(302, 303);
        assertThat(search(null, "q", token)).doesNotContain("/posts/" + post);
    }

    @Test
    void filtersByTypeUnitAuthorLanguageAndDate() throws Exception {
        Place braga = place("PT", "Braga");
        Place faro = place("PT", "Faro");
        String token = token();
        UUID topic = topic(braga, "Assembly " + token, "Agenda of the assembly " + token, "en", "PUBLIC");
        UUID neighbour = fixtures.memberIn("PT", braga.town());
        UUID reply = reply(neighbour, topic, "Agreed " + token);
        UUID spanish = topic(faro, "Asamblea " + token, "Orden del día " + token, "es", "PUBLIC");

        assertThat(search(null, "q", token, "type", "forums.reply"))
                .contains(replyPath(reply)).doesNotContain(topicPath(topic), topicPath(spanish));
        assertThat(search(null, "q", token, "unit", faro.chapter().toString()))
                .contains(topicPath(spanish)).doesNotContain(topicPath(topic));
        assertThat(search(null, "q", token, "unit", fixtures.branchOf(faro.member()).toString()))
                .contains(topicPath(spanish), topicPath(topic), replyPath(reply));
        assertThat(search(null, "q", token, "author", braga.member().toString()))
                .contains(topicPath(topic)).doesNotContain(replyPath(reply), topicPath(spanish));
        assertThat(search(null, "q", token, "language", "es"))
                .contains(topicPath(spanish)).doesNotContain(topicPath(topic));
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
        assertThat(search(null, "q", token, "from", today, "to", today)).contains(topicPath(topic), topicPath(spanish));
        assertThat(search(null, "q", token, "to", yesterday)).doesNotContain(topicPath(topic), topicPath(spanish))
                .contains("Nothing you may see matches this search");
    }

    @Test
    void showsTwentyResultsAPageWithAStableNextPage() throws Exception {
        Place place = place("PT", "Tomar");
        String token = token();
        for (int i = 0; i < 23; i++) {
            topic(place, "Meeting " + i + " " + token, "Notes " + i + " " + token, "en", "PUBLIC");
        }
        String first = search(null, "q", token);
        List<String> firstPage = topics(first);
        assertThat(firstPage).hasSize(20);
        Matcher next = Pattern.compile("href=\"(/search\\?[^\"]*after=[^\"]*)\" rel=\"next\"").matcher(first);
        assertThat(next.find()).isTrue();
        MockHttpServletResponse second = as(null, MockMvcRequestBuilders.get(next.group(1).replace("&amp;", "&")));
        assertThat(second.getStatus()).isEqualTo(200);
        List<String> secondPage = topics(second.getContentAsString());
        assertThat(secondPage).hasSize(3);
        Set<String> all = new HashSet<>(firstPage);
        all.addAll(secondPage);
        assertThat(all).hasSize(23);
        assertThat(second.getContentAsString()).doesNotContain("rel=\"next\"");
    }

    @Test
    void theRebuildIndexesItemsWrittenWithoutTheIndex() throws Exception {
        Place place = place("PT", "Lagos");
        String token = token();
        UUID topic = topic(place, "Old topic " + token, "Written before search " + token, "en", "PUBLIC");
        db.sql("DELETE FROM search_item WHERE id = ?").param(topic).update();
        assertThat(search(null, "q", token)).doesNotContain(topicPath(topic));

        assertThat(rebuild.indexMissing()).isGreaterThanOrEqualTo(1);
        assertThat(search(null, "q", token)).contains(topicPath(topic));
    }

    private static List<String> topics(String html) {
        Matcher matcher = Pattern.compile("class=\"search-result-title\" href=\"(/topics/[^\"]+)\"").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
