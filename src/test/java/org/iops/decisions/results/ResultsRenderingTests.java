package org.iops.decisions.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.iops.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results templates as a reader sees them, in English and German: the round-by-round table, the chart with its
 * text alternative, Schulze's tables and the tallies, with plural forms and the reader's number format.
 */
@ApplicationTest
class ResultsRenderingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void roundsTableAndChartInEnglish() throws Exception {
        String html = page("en");

        assertThat(html).contains("<caption id=\"irv-1-caption\">Votes for each candidate, round by round (2 rounds)</caption>")
                .contains("<th scope=\"row\">Bruno</th>")
                .contains("Chen has the fewest votes (3) and is eliminated; their ballots go to their next choices.")
                .contains("Bruno reached the threshold of 6 with 6 votes and is elected.")
                .contains("Inactive: no ranked candidate left")
                .contains("role=\"img\" aria-labelledby=\"irv-1-r2-title irv-1-r2-desc\"")
                .contains("Bruno: 6 votes, of which 2 transferred in this round.")
                .contains("Elected: Bruno.");
        // the single transferable vote: a fractional surplus, a one-vote candidate, and two winners listed as English lists them
        assertThat(html).contains("The surplus of Amara, 3 votes, goes to the next choices on their ballots.")
                .contains("Bruno: 1 vote.")
                .contains("6.2")
                .contains("Elected: Amara and Chen.")
                .contains("Inactive: two candidates at one rank");
    }

    @Test
    void roundsTableAndChartInGermanWithGermanNumbersAndLists() throws Exception {
        String html = page("de");

        assertThat(html).contains("Stimmen jeder Kandidatur, Runde für Runde (2 Runden)")
                .contains("Chen hat die wenigsten Stimmen (3) und scheidet aus")
                .contains("Bruno erreicht die Schwelle von 6 mit 6 Stimmen und ist gewählt.")
                .contains("Bruno: 1 Stimme.")
                .contains("6,2")
                .contains("Gewählt: Amara und Chen.")
                .doesNotContain("Elected:").doesNotContain("is eliminated");
    }

    @Test
    void schulzeTablesAndTalliesWithShares() throws Exception {
        String en = page("en");
        String fr = page("fr");

        assertThat(en).contains("Ballots preferring the option of the row to the option of the column (d)")
                .contains("Schulze ranking: Athens &gt; Berlin &gt; Cairo.")
                .contains("class=\"results-number results-wins\">7 <span class=\"visually-hidden\">(wins)</span>")
                .contains("Shares are of the 2 ballots cast.")
                .contains("50.0%")
                .contains("Quorum (at least 2 ballots): 2 ballots needed, 2 cast, met.")
                .contains("Outcome: passed.");
        assertThat(fr).contains("Résultat : adoptée.")
                .contains("50,0")
                .contains("Approbation, 1 siège.")
                .contains("Les parts portent sur les 3 bulletins déposés.");
    }

    private String page(String language) throws Exception {
        return mvc.perform(get("/test-results").param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
