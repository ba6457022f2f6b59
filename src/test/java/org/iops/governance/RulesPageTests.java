package org.iops.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.iops.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The organization's governing rules are listed in one public place, whichever module keeps them. */
@ApplicationTest
class RulesPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyModulesRulesAreListedWithTheirTermsForAVisitor() throws Exception {
        var response = mvc.perform(get("/rules")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Proposal rules", "Committee procedures", "Poll defaults",
                "/rules/proposals.unitRules", "/rules/committee.procedures", "/rules/polls.defaults",
                "Voting lasts 14 days.", "At least 20 % of the electorate must vote.");
        for (String key : new String[] {"proposals.unitRules", "committee.procedures", "polls.defaults"}) {
            assertThat(mvc.perform(get("/rules/" + key)).andReturn().getResponse().getStatus()).as(key).isEqualTo(200);
        }
    }
}
