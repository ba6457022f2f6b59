package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.committee.queries.Query;
import org.iops.committee.queries.QueryService;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.Role;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A committee member's queries and answers are in their data export; when the account is deleted, their answer stays
 * in the tally and in "who answered what" as "former member", and their name is gone from the query.
 */
class CommitteePersonalDataTests extends MembersIntegrationTest {

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectory units;
    @Autowired
    QueryService queries;
    @Autowired
    TestClock clock;

    @Test
    void theExportHoldsTheirQueriesAndAnswersAndErasureKeepsTheTallyAsFormerMember() throws Exception {
        String email = newEmail("committee-member");
        String town = "Aveiro " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = verifiedMember(email, "Carla Committee", "PT", town);
        UUID other = verifiedMember(newEmail("committee-other"), "Otto Other", "PT", town);
        UnitId chapter = units.placementOf(id).orElseThrow().chapter().id();
        fixtures.grant(id, Role.COMMITTEE_MEMBER, chapter.value());
        fixtures.grant(other, Role.COMMITTEE_MEMBER, chapter.value());
        Query query = queries.circulate(id, chapter, "Repaint the office", "Green, please.", "en",
                clock.instant().plus(Duration.ofDays(3)));
        queries.answer(id, query.id(), org.iops.committee.queries.Answer.BLOCK, "Not green.", "SITE");
        Cookie session = login(email, PASSWORD);

        String json = perform(get("/me/export").cookie(session)).getContentAsString();
        assertThat(json).contains("\"committeeQueries\":[", "Repaint the office", "\"committeeAnswers\":[",
                "\"answer\":\"BLOCK\"", "Not green.");

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/?deleted");

        assertThat(count("SELECT count(*) FROM committee_answer WHERE member_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM committee_answer WHERE query_id = ? AND member_id IS NULL "
                + "AND answer = 'BLOCK'", query.id())).isEqualTo(1);
        String page = perform(get(query.path()).with(fixtures.as(other))).getContentAsString();
        assertThat(page).contains("Block</span> <strong>1</strong>").contains("former member").contains("Not green.")
                .doesNotContain("Carla Committee");
    }
}
