package org.iops.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.TestClock;
import org.iops.content.Visibility;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumPosting;
import org.iops.units.Residence;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search matching more items than are ranked shows the newest first, says so, and pages through them without
 * repeating one. The limit is lowered for the test (5,000 in production).
 */
class BroadSearchTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchQueries queries;
    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    ForumPosting posting;
    @Autowired
    CategoryRepository categories;
    @Autowired
    TestClock clock;

    @Test
    void aVeryBroadSearchShowsTheNewestFirstAndPagesThroughThem() throws Exception {
        UUID member = members.add("Rita Broad");
        directory.place(member, new Residence("PT", UnitFixtures.unique("Sintra"), null));
        UUID category = categories.defaultOf(fixtures.chapterOf(member)).id();
        String word = "qxbroad" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            clock.advance(java.time.Duration.ofMinutes(1));
            written.add("/topics/" + posting.startTopic(member, category, "Topic " + i + " " + word, "Text " + word, "en",
                    Visibility.PUBLIC).id());
        }
        int before = queries.ranked;
        queries.ranked = 10;
        try {
            String first = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString();
            assertThat(first).contains("More than 10 items match, so the newest come first.");
            List<String> firstPage = topics(first);
            assertThat(firstPage).hasSize(20).startsWith(written.get(24), written.get(23));
            Matcher next = Pattern.compile("href=\"(/search\\?[^\"]*after=n[^\"]*)\" rel=\"next\"").matcher(first);
            assertThat(next.find()).isTrue();
            String second = mvc.perform(get(next.group(1).replace("&amp;", "&"))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(topics(second)).containsExactly(written.get(4), written.get(3), written.get(2), written.get(1),
                    written.get(0));
        } finally {
            queries.ranked = before;
        }
        String ranked = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString();
        assertThat(ranked).doesNotContain("the newest come first");
    }

    private static List<String> topics(String html) {
        Matcher matcher = Pattern.compile("class=\"search-result-title\" href=\"(/topics/[^\"]+)\"").matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
