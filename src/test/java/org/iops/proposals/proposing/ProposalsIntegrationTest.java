package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.proposals.ProposalId;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The proposals' MockMvc tests: real members placed in chapters, proposals put through the real forms. */
@ApplicationTest
abstract class ProposalsIntegrationTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UnitFixtures fixtures;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestClock clock;

    /** A member of a chapter of their own, in Chile. */
    protected UUID member() {
        return fixtures.memberIn("CL", UnitFixtures.unique("Valparaíso"));
    }

    /** Another member living in the same chapter as {@code neighbour}. */
    protected UUID neighbourOf(UUID neighbour) {
        String locality = jdbc.sql("SELECT name FROM units WHERE id = ?").param(fixtures.chapterOf(neighbour))
                .query(String.class).single();
        UUID member = fixtures.memberIn(country(neighbour), locality);
        assertThat(fixtures.chapterOf(member)).isEqualTo(fixtures.chapterOf(neighbour));
        return member;
    }

    private String country(UUID member) {
        return jdbc.sql("SELECT country_code FROM units WHERE id = ?").param(fixtures.branchOf(member))
                .query(String.class).optional().orElse("CL");
    }

    protected MockHttpServletResponse read(String path, @Nullable UUID reader) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(reader))).andReturn().getResponse();
    }

    protected MockHttpServletResponse send(MockHttpServletRequestBuilder request, @Nullable UUID member)
            throws Exception {
        return mvc.perform(request.with(fixtures.as(member)).with(csrf())).andReturn().getResponse();
    }

    protected String page(String path, @Nullable UUID reader) throws Exception {
        MockHttpServletResponse answer = read(path, reader);
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return answer.getContentAsString();
    }

    /** The form of a new proposal, filled in. */
    protected static MockHttpServletRequestBuilder proposalForm(UUID unit, String title, String body,
            String visibility) {
        return post("/units/" + unit + "/proposals/new").param("title", title).param("body", body)
                .param("language", "en").param("visibility", visibility).param("discussionDays", "7")
                .param("votingDays", "3");
    }

    /** Puts a proposal to the author's chapter through the form and returns its id. */
    protected ProposalId propose(UUID author, String title, String visibility) throws Exception {
        return propose(author, fixtures.chapterOf(author), title, "We propose " + title + ".", visibility);
    }

    protected ProposalId propose(UUID author, UUID unit, String title, String body, String visibility)
            throws Exception {
        MockHttpServletResponse answer = send(proposalForm(unit, title, body, visibility), author);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        String location = answer.getRedirectedUrl();
        assertThat(location).startsWith("/proposals/");
        return ProposalId.parse(location.substring("/proposals/".length()));
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
