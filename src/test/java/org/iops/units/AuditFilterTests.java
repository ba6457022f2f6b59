package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.units.tree.Structure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Admins filter their unit's audit log by action, member and dates, and download what they see as CSV. */
class AuditFilterTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Structure structure;

    UUID branch;
    UUID chapter;
    UUID ada;
    UUID bo;
    String alias;
    String region;

    @BeforeEach
    void world() {
        UUID member = fixtures.memberIn("FI", UnitFixtures.unique("Tampere"));
        chapter = fixtures.chapterOf(member);
        branch = fixtures.branchOf(member);
        ada = fixtures.memberWithRole(Role.ADMIN, branch);
        bo = fixtures.memberWithRole(Role.ADMIN, branch);
        alias = "=HYPERLINK(\"http://evil.example\") " + UnitFixtures.unique("");
        structure.addAlias(ada, chapter, alias);
        region = UnitFixtures.unique("Pirkanmaa");
        structure.addRegion(bo, branch, region);
    }

    @Test
    void filtersByActionMemberAndDates() throws Exception {
        String aliases = page("?action=ALIAS_ADDED");
        assertThat(aliases).contains("Other name " + alias + " added").doesNotContain("Region " + region);

        String byBo = page("?member=" + bo);
        assertThat(byBo).contains("Region " + region + " added").doesNotContain(alias);
        // the actor's name leads to their lines
        assertThat(page("")).contains("href=\"/units/" + branch + "/audit?member=" + bo + "\"");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(page("?from=" + today + "&to=" + today)).contains("Region " + region);
        assertThat(page("?from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1))).doesNotContain("Region " + region)
                .contains("Nothing has been recorded yet.");
        // the pager keeps the filter
        assertThat(page("?action=REGION_ADDED")).contains("name=\"action\"").containsPattern("<option value=\"REGION_ADDED\" selected");
    }

    @Test
    void aFilterThatCannotBeReadIsA400WithAMessage() throws Exception {
        for (String bad : new String[] {"?action=DROP_TABLE", "?from=yesterday", "?member=' OR 1=1 --", "?to=2026-02-31"}) {
            MockHttpServletResponse response = mvc.perform(get("/units/" + branch + "/audit" + bad).with(fixtures.as(ada)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("The filter could not be read");
        }
    }

    @Test
    void exportsTheFilteredLinesAsCsvWithoutFormulas() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/units/" + branch + "/audit.csv?action=ALIAS_ADDED")
                        .with(fixtures.as(ada)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String body = csv.getContentAsString();
        assertThat(body).startsWith("\"When\",\"Unit\",\"Who\",\"What\"\r\n");
        assertThat(body.split("\r\n")).hasSize(2);
        // a spreadsheet would run a cell starting with "=": it starts with an apostrophe, quotes doubled
        assertThat(body).contains("\"Other name =HYPERLINK(\"\"http://evil.example\"\")");
        String detailOnly = mvc.perform(get("/units/" + branch + "/audit.csv?member=" + bo).with(fixtures.as(ada)))
                .andReturn().getResponse().getContentAsString();
        assertThat(detailOnly).contains("Region " + region + " added").doesNotContain("HYPERLINK");

        mvc.perform(get("/units/" + branch + "/audit.csv").with(fixtures.as(fixtures.memberWithRole(Role.ADMIN, chapter))))
                .andExpect(status().isForbidden());
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/units/" + branch + "/audit" + query).with(fixtures.as(ada)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
