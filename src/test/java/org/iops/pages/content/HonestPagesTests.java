package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.iops.pages.PagesIntegrationTest;
import org.junit.jupiter.api.Test;

/** The shipped history and questions pages describe no proposals, polls, votes or dues that the site lacks. */
class HonestPagesTests extends PagesIntegrationTest {

    private String read(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theHistoryAndQuestionsPagesSayOnlyWhatTheSiteDoesToday() throws Exception {
        assertThat(read("/pages/history", "en")).doesNotContain("Proposals and polls have deadlines")
                .contains("Admins hold their roles for a set term");
        assertThat(read("/pages/questions", "en")).doesNotContain("is then voted on").doesNotContain("sliding scale")
                .doesNotContain("bring a proposal").contains("does not carry proposals or votes yet")
                .contains("does not collect dues or donations");
        assertThat(read("/pages/history", "es")).doesNotContain("Las propuestas y las votaciones tienen plazos");
        assertThat(read("/pages/questions", "es")).doesNotContain("aportación escalonada")
                .contains("todavía no tiene propuestas ni votaciones");
        assertThat(read("/pages/history", "fr")).doesNotContain("Les propositions et les votes ont des échéances");
        assertThat(read("/pages/questions", "fr")).doesNotContain("barème modulable")
                .contains("ne permet pas encore de propositions ni de votes");
        assertThat(read("/pages/history", "de")).doesNotContain("Vorschläge und Abstimmungen haben Fristen");
        assertThat(read("/pages/questions", "de")).doesNotContain("gestaffelten Beitrag")
                .contains("kennt noch keine Vorschläge und Abstimmungen");
        // the translations changed with their source, so none of them is out of date
        for (String language : List.of("es", "fr", "de")) {
            assertThat(read("/pages/questions", language)).doesNotContain("class=\"notice\" lang");
        }
    }
}
