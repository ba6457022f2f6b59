package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.iops.search.index.SearchRebuild;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Committee queries are found by search, by the members of their unit only, as their pages are. */
class CommitteeSearchTests extends CommitteeIntegrationTest {

    @Autowired
    SearchRebuild rebuild;

    private static String token() {
        StringBuilder word = new StringBuilder("qy");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private String search(@Nullable UUID reader, String words, String type) throws Exception {
        MockHttpServletResponse answer = as(reader, get("/search").param("q", words).param("type", type));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return answer.getContentAsString();
    }

    @Test
    void aQueryIsFoundByItsWordsByTheMembersOfItsUnitOnly() throws Exception {
        Committee committee = committee(2);
        UUID elsewhere = fixtures.memberIn("PT", org.iops.units.UnitFixtures.unique("Faro"));
        String token = token();
        MockHttpServletResponse circulated = circulate(committee.member(0), committee.chapter(), "Rent the hall " + token,
                "We rent the parish halls for the assemblies " + token + ".",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2));
        assertThat(circulated.getStatus()).isEqualTo(302);
        String link = "href=\"" + circulated.getRedirectedUrl() + "\"";

        String found = search(committee.bystander(), "hall " + token, "");
        assertThat(found).as("a member of the chapter, not on its committee").contains(link);
        assertThat(found).contains(">Committee query</span>");
        assertThat(search(committee.member(1), token, "committee.query")).as("a committee member").contains(link);
        assertThat(search(committee.member(1), token, "proposals.proposal")).doesNotContain(link);
        assertThat(search(null, token, "")).as("a visitor").doesNotContain(link);
        assertThat(search(elsewhere, token, "")).as("a member of another chapter").doesNotContain(link);

        // a query circulated before queries were searchable is found once the rebuild task has run
        db.sql("DELETE FROM search_item WHERE type = 'committee.query' AND path = ?")
                .param(circulated.getRedirectedUrl()).update();
        assertThat(search(committee.bystander(), token, "")).doesNotContain(link);
        assertThat(rebuild.indexMissing()).isGreaterThanOrEqualTo(1);
        assertThat(search(committee.bystander(), token, "")).contains(link);
        assertThat(search(null, token, "")).doesNotContain(link);
    }
}
