package org.iops.pages.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.iops.pages.PagesIntegrationTest;
import org.iops.units.OrganizationFigures;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The home page: what IOPS is, the way in, and live figures that count members without naming them. The page's own
 * figure source is held here so the figures are large enough to show each language's digit grouping; that makes
 * this class the one pages test with a context of its own (the real counting is {@code FiguresAgreeTests}').
 */
class HomePageTests extends PagesIntegrationTest {

    static final OrganizationFigures ORGANIZATION = new OrganizationFigures(20_417, 41, 312, 125, 0, 187);

    @MockitoBean
    HomeFiguresSource figures;

    @BeforeEach
    void figuresOfALargeOrganization() {
        when(figures.figures()).thenReturn(Optional.of(new HomeFigures(ORGANIZATION)));
    }

    @Test
    void showsWhatTheOrganizationIsAndTheWayToJoin() throws Exception {
        String html = home("en");
        assertThat(html).contains("<h1>").contains("International Organization for a Participatory Society")
                .contains("href=\"/join\"").contains("Join IOPS").contains("href=\"/pages/vision\"");
    }

    @Test
    void showsTheLiveFigures() throws Exception {
        String html = home("en");
        assertThat(html).contains("<strong>20,417</strong> members").contains("<strong>41</strong> countries")
                .contains("<strong>312</strong> chapters").contains("125 active, 0 dormant, 187 provisional");
    }

    @Test
    void formatsTheFiguresInTheReadersLanguage() throws Exception {
        assertThat(home("de")).contains("<strong>20.417</strong> Mitglieder").contains("<strong>41</strong> Länder");
        assertThat(home("fr")).contains("20\u202f417").contains("membres");
    }

    @Test
    void neverNamesAnyMember() throws Exception {
        members.add("Rosa Visible", false);
        String html = home("en");
        assertThat(html).doesNotContain("Rosa Visible")
                .doesNotContain(ADMIN.displayName()).doesNotContain(MEMBER.displayName());
    }

    @Test
    void stillOpensWhenTheFiguresCannotBeCounted() throws Exception {
        // the source itself gives no figures when they cannot be counted (HomeFiguresSourceTests); the page still opens
        when(figures.figures()).thenReturn(Optional.empty());
        String html = home("en");
        assertThat(html).contains("href=\"/join\"").doesNotContain("IOPS today");
    }


    @Test
    void startsNoSessionForVisitors() throws Exception {
        var response = mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getCookie("SESSION")).as("a session row per visitor would slow the home page down")
                .isNull();
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
    }

    private String home(String language) throws Exception {
        return mvc.perform(get("/").header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void howItWorksPromisesOnlyWhatTheFoundationDoesToday() throws Exception {
        for (String language : List.of("en", "es", "fr", "de")) {
            String html = home(language);
            assertThat(html).as(language).doesNotContain("Decide together").doesNotContain("Decidir juntos")
                    .doesNotContain("Décider ensemble").doesNotContain("Gemeinsam entscheiden")
                    .doesNotContainIgnoringCase("deadline").doesNotContainIgnoringCase("visible result");
        }
        String english = home("en");
        assertThat(english).contains("Join once, belong where you live").contains("Roles with a term, changes on record");
        assertThat(english.indexOf("Join once")).isLessThan(english.indexOf("No chapter nearby"));
        assertThat(english.indexOf("No chapter nearby")).isLessThan(english.indexOf("Roles with a term"));
        assertThat(english.indexOf("Roles with a term")).isLessThan(english.indexOf("On your own terms"));
    }

    @Test
    void aModuleThatBringsAToolAddsItsOwnCard() {
        var contributed = new org.iops.pages.HomeFeature(25, "units.admins", "units.people.none");
        var controller = new HomeController(org.mockito.Mockito.mock(HomeFiguresSource.class), List.of(
                new org.iops.pages.HomeFeature(40, "b.title", "b.text"), contributed,
                new org.iops.pages.HomeFeature(10, "a.title", "a.text")));
        var model = new org.springframework.ui.ExtendedModelMap();
        controller.home(null, null, model);
        assertThat((List<?>) model.get("features")).extracting("order").containsExactly(10, 25, 40);
    }
}
