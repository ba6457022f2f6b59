package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.iops.pages.PagesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What visitors read at /pages/{slug}: safe HTML in their language, or English with a note. */
class ContentPageTests extends PagesIntegrationTest {

    @Autowired
    ContentPageRepository repository;

    @Test
    void showsTheVisionRenderedFromMarkdown() throws Exception {
        String html = read("/pages/vision", "en");
        assertThat(html).contains("<h1>Our vision</h1>").contains("<h2 id=\"s-what-we-hope-for\">")
                .contains("<strong>Self-management.</strong>")
                .contains("lang=\"en\"");
    }

    @Test
    void theQuestionsOpenWithATableOfContents() throws Exception {
        String html = read("/pages/questions", "en");
        assertThat(html).contains("On this page").contains("href=\"#s-what-is-a-chapter\"")
                .contains("<h2 id=\"s-what-is-a-chapter\">What is a chapter?</h2>")
                .contains("href=\"#s-can-i-use-a-pseudonym\"");
        assertThat(html.indexOf("Answers to what people most often ask")).isLessThan(html.indexOf("On this page"));
        assertThat(html.indexOf("On this page")).isLessThan(html.indexOf("<h2 id=\"s-what-is-a-chapter\">"));
        assertThat(read("/pages/vision", "en")).doesNotContain("On this page");
    }

    @Test
    void everyPageInTheMenuExistsInEveryLanguage() throws Exception {
        for (String slug : new String[] {"vision", "mission", "commitments", "history", "questions"}) {
            for (String language : new String[] {"en", "es", "fr", "de"}) {
                String html = read("/pages/" + slug + "?lang=" + language, language);
                assertThat(html).as(slug + " in " + language)
                        .contains("<article class=\"prose\" lang=\"" + language + "\"")
                        .doesNotContain("class=\"notice\" lang=");
            }
        }
    }

    @Test
    void fallsBackToEnglishWithANoteWhenTheReadersLanguageHasNoText() throws Exception {
        String slug = newPage("Only in English", "This text has *not* been translated.");
        String html = read("/pages/" + slug, "de-DE,de;q=0.9");
        assertThat(html).contains("<html lang=\"de\"")
                .contains("Diese Seite gibt es noch nicht auf Deutsch")
                .contains("<article class=\"prose\" lang=\"en\"")
                .contains("This text has <em>not</em> been translated.");
    }

    @Test
    void showsTheTranslationOnceThereIsOne() throws Exception {
        String slug = newPage("Only in English", "English text.");
        repository.save(slug, "fr", "Enfin traduit", "Texte fran\u00e7ais.", null, 0, ADMIN.memberId(),
                ADMIN.displayName(), null);
        String html = read("/pages/" + slug, "fr");
        assertThat(html).contains("<h1>Enfin traduit</h1>").contains("Texte français.")
                .doesNotContain("English text.").doesNotContain("class=\"notice\" lang=");
    }

    @Test
    void scriptsAndEventHandlersInStoredMarkdownNeverReachThePage() throws Exception {
        String slug = newPage("Hostile <script>alert('title')</script>", """
                Welcome <script>alert('stolen')</script>

                <img src=x onerror="alert('stolen')">

                [click me](javascript:alert('stolen'))
                """);
        String html = read("/pages/" + slug, "en");
        assertThat(html).doesNotContain("alert('stolen')").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:")
                .contains("<h1>Hostile &lt;script&gt;").contains("Welcome");
        assertThat(html.split("<script", -1)).as("only the layout's own three script tags (site.js, mentions.js, htmx)").hasSize(4);
        assertThat(html).containsPattern("<script src=\"/js/site[^\"]*\\.js\"></script>")
                .contains("<script src=\"/webjars/htmx.org/");
    }

    @Test
    void startsNoSessionForVisitors() throws Exception {
        var response = mvc.perform(get("/pages/questions")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
    }

    @Test
    void unknownPageIsA404() throws Exception {
        mvc.perform(get("/pages/no-such-page")).andExpect(status().isNotFound());
    }

    @Test
    void offersTheEditLinkOnlyToInternationalAdmins() throws Exception {
        assertThat(read("/pages/mission", "en")).doesNotContain("/admin/pages/mission");
        assertThat(mvc.perform(get("/pages/mission").with(signedInAs(MEMBER))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/admin/pages/mission");
        assertThat(mvc.perform(get("/pages/mission").with(signedInAs(ADMIN))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/admin/pages/mission/en\"");
    }

    private String read(String path, String acceptLanguage) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", acceptLanguage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A page of its own for a test, with an English text only. */
    String newPage(String title, String body) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO content_page (slug, position) VALUES (?, 100)").param(slug).update();
        repository.save(slug, "en", title, body, null, 0, null, null, null);
        return slug;
    }
}
