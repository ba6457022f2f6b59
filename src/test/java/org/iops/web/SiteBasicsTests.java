package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.iops.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What search engines, link previews and browsers find: robots.txt, a favicon, a description, Open Graph. */
@ApplicationTest
class SiteBasicsTests {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String path, String language) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Accept-Language", language)).andReturn().getResponse();
    }

    @Test
    void robotsMayIndexThePublicPagesButNotMembersFormsOrAdminPages() throws Exception {
        MockHttpServletResponse robots = get("/robots.txt", "en");
        assertThat(robots.getStatus()).isEqualTo(200);
        assertThat(robots.getContentType()).startsWith("text/plain");
        assertThat(robots.getContentAsString()).contains("User-agent: *").contains("Allow: /\n")
                .contains("Disallow: /me\n").contains("Disallow: /members/").contains("Disallow: /login")
                .contains("Disallow: /admin").contains("Disallow: /units/*/admin").contains("Disallow: /setup/");
    }

    @Test
    void everyPageHasAFaviconADescriptionAndOpenGraphTagsInTheReadersLanguage() throws Exception {
        String home = get("/", "fr").getContentAsString();
        assertThat(home).contains("<meta name=\"description\" content=\"IOPS est une organisation internationale")
                .contains("<meta property=\"og:title\"").contains("<meta property=\"og:site_name\" content=\"Organisation internationale")
                .contains("<meta property=\"og:description\"").contains("<meta property=\"og:locale\" content=\"fr\">")
                .containsPattern("<link rel=\"icon\" href=\"/img/favicon[^\"]*\\.svg\" type=\"image/svg\\+xml\">");
        String icon = home.replaceAll("(?s).*<link rel=\"icon\" href=\"([^\"]+)\".*", "$1");
        MockHttpServletResponse svg = get(icon, "en");
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentAsString()).startsWith("<svg");
        assertThat(get("/pages/vision", "de").getContentAsString())
                .contains("<meta name=\"description\" content=\"IOPS ist eine internationale Organisation");
    }

    @Test
    void theJoinPageOffersNoJoinButtonInItsHeaderButOtherPagesDo() throws Exception {
        assertThat(get("/join", "en").getContentAsString()).doesNotContain("href=\"/join\"");
        assertThat(get("/login", "en").getContentAsString()).contains("class=\"button small header-join\" href=\"/join\"")
                .contains("<li class=\"nav-join\">");
    }

    @Test
    void theCountryListOffersNoUninhabitedTerritory() throws Exception {
        String join = get("/join", "en").getContentAsString();
        assertThat(join).contains("<option value=\"IS\">Iceland</option>").doesNotContain("value=\"AQ\"")
                .doesNotContain("Antarctica").doesNotContain("value=\"BV\"").doesNotContain("Bouvet")
                .doesNotContain("value=\"HM\"");
        MockHttpServletResponse antarctica = mvc.perform(post("/join").with(csrf())
                .param("email", "penguin@example.org").param("password", "ice shelf research station")
                .param("displayName", "Penguin").param("country", "AQ").param("locality", "McMurdo"))
                .andReturn().getResponse();
        assertThat(antarctica.getStatus()).isEqualTo(422);
        assertThat(antarctica.getContentAsString()).contains("Choose a country from the list.");
    }
}
