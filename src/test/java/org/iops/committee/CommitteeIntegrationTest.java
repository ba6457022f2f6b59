package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.TestClock;
import org.iops.committee.queries.Deadlines;
import org.iops.members.Outbox;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitsIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The committee's MockMvc tests, in the shared context: a chapter with a committee, and its queries through the forms. */
abstract class CommitteeIntegrationTest extends UnitsIntegrationTest {

    private static final Pattern ANSWER_LINK = Pattern.compile("https?://[^/\\s]+(/committee/answer/[A-Za-z0-9_.-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient db;

    /** A chapter, the members of its committee, and one more member of the chapter who is not on it. */
    record Committee(UUID chapter, List<UUID> members, UUID bystander) {
        UUID member(int i) {
            return members.get(i);
        }
    }

    Committee committee(int size) {
        String town = UnitFixtures.unique("Braga");
        UUID first = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(first);
        List<UUID> members = new ArrayList<>(List.of(first));
        for (int i = 1; i < size; i++) {
            members.add(fixtures.memberIn("PT", town));
        }
        members.forEach(member -> fixtures.grant(member, Role.COMMITTEE_MEMBER, chapter));
        return new Committee(chapter, members, fixtures.memberIn("PT", town));
    }

    MockHttpServletResponse as(@Nullable UUID reader, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(reader))).andReturn().getResponse();
    }

    String page(@Nullable UUID reader, String path) throws Exception {
        MockHttpServletResponse response = as(reader, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    MockHttpServletResponse circulate(UUID author, UUID unit, String title, String body, LocalDate deadline)
            throws Exception {
        return as(author, post("/units/" + unit + "/committee/new").param("title", title).param("body", body)
                .param("language", "en").param("deadline", deadline.toString()));
    }

    /** Circulates a query closing at the end of the day after tomorrow, through the form; returns its id. */
    UUID query(Committee committee, String title) throws Exception {
        MockHttpServletResponse response = circulate(committee.member(0), committee.chapter(), title,
                "We propose **" + title + "**.", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return UUID.fromString(response.getRedirectedUrl().substring("/committee/queries/".length()));
    }

    /** Records a version of the unit's procedures through the form (as a note, "Recorded by a test"). */
    MockHttpServletResponse procedures(UUID member, Object unit, String nonReplies, String objectionPercent,
            String status) throws Exception {
        return as(member, post("/units/" + unit + "/committee/procedures").param("nonReplies", nonReplies)
                .param("objectionPercent", objectionPercent).param("answerDays", "3").param("pollDays", "14")
                .param("status", status).param("decidedBy", "").param("note", "Recorded by a test"));
    }

    MockHttpServletResponse answer(UUID member, UUID query, String answer, String reason) throws Exception {
        return as(member, post("/committee/queries/" + query + "/answer").param("answer", answer).param("reason", reason));
    }

    /** The answer link of the n-th query email the member got (waiting for it), as a path on this site. */
    static String answerLink(UUID member, int n) {
        Outbox.latest(member + "@example.org", n);
        List<String> links = new ArrayList<>();
        for (Outbox.Mail mail : Outbox.to(member + "@example.org")) {
            Matcher link = ANSWER_LINK.matcher(mail.text());
            if (link.find()) {
                links.add(link.group(1));
            }
        }
        assertThat(links).as("query emails to " + member).hasSizeGreaterThanOrEqualTo(n);
        return links.get(n - 1);
    }

    /** Moves the clock past the query's deadline and closes what is due. */
    void passDeadline() {
        clock.advance(java.time.Duration.ofDays(4));
        deadlines.closeDue();
    }

    long count(String sql, Object... params) {
        return fixtures.count(sql, params);
    }

    String status(UUID query) {
        return db.sql("SELECT status FROM committee_query WHERE id = ?").param(query).query(String.class).single();
    }
}
