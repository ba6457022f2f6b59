package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bad input gets a clear message and a 4xx; nothing a visitor sends gives a 500; hostile text stays text. */
class SearchInputTests extends SearchIntegrationTest {

    @Test
    void refusesWhatCannotBeSearchedWithAClearMessage() throws Exception {
        assertRefused("A search can be at most 200 characters long.", "q", "x".repeat(201));
        assertRefused("Choose a kind of content from the list.", "q", "garden", "type", "members.account");
        assertRefused("Choose a unit from the list.", "q", "garden", "unit", "not-a-unit");
        assertRefused("Choose a unit from the list.", "q", "garden", "unit", UUID.randomUUID().toString());
        assertRefused("This author is not known.", "q", "garden", "author", "nobody");
        assertRefused("Enter a date as year-month-day", "q", "garden", "from", "2026-13-45");
        assertRefused("The end date must be on or after the start date.", "q", "garden", "from", "2026-05-02",
                "to", "2026-05-01");
        assertRefused("Choose a language from the list.", "q", "garden", "language", "xx");
        assertRefused("This page of results does not exist.", "q", "garden", "after", "'; DROP TABLE search_item; --");
    }

    @Test
    void explainsAnEmptySearchAndOneOfOnlyCommonWords() throws Exception {
        assertThat(search(null)).contains("Type the words you are looking for.");
        assertThat(search(null, "q", "   ")).contains("Type the words you are looking for.");
        assertThat(search(null, "q", "the and of")).contains("only very common words");
        assertThat(search(null, "q", "!!! ::: &&&")).contains("There are no words to search for");
        assertThat(search(null, "q", "\"unclosed phrase -")).doesNotContain("error-summary");
    }

    @Test
    void hostileTextInAPostNeverBecomesMarkup() throws Exception {
        Place place = place("PT", "Evora");
        String token = token();
        UUID topic = topic(place, "Hostile <img src=x onerror=alert(1)> " + token,
                "<script>alert(1)</script>\n\n**Bold** " + token + " <b onmouseover=alert(2)>hover</b> "
                        + "\"><svg onload=alert(3)> & more " + token, "en", "PUBLIC");

        String page = search(null, "q", token);
        assertThat(page).contains(topicPath(topic), "<mark>" + token + "</mark>")
                .doesNotContain("<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "**Bold**")
                .contains("Hostile &lt;img src=x onerror=alert(1)&gt;", "Bold <mark>" + token + "</mark>");
    }

    private void assertRefused(String message, String... params) throws Exception {
        MockHttpServletResponse answer = searchResponse(null, params);
        assertThat(answer.getStatus()).as(String.join(" ", params)).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains(message).contains("error-summary");
    }
}
