package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.iops.pages.PagesIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** International admins edit the pages, with a history they can restore from; nobody else can. */
class PageAdminTests extends PagesIntegrationTest {

    @Autowired
    ContentPageRepository repository;

    String slug;

    @BeforeEach
    void aPageOfItsOwn() {
        slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO content_page (slug, position) VALUES (?, 100)").param(slug).update();
        repository.save(slug, "en", "Our aims", "We want *everyone* to have a say.", "First text", 0, null, null, null);
    }

    @Test
    void listsEveryPageWithItsLanguages() throws Exception {
        String html = page(get("/admin/pages").with(signedInAs(ADMIN)));
        assertThat(html).contains("href=\"/admin/pages/vision/en\"").contains("href=\"/admin/pages/questions/de\"")
                .contains("Our aims").contains("href=\"/admin/pages/" + slug + "/es\"").contains("Not translated");
    }

    @Test
    void savingWritesANewRevisionThatReadersSeeAtOnce() throws Exception {
        mvc.perform(save(1, "Our aims", "We want **everyone** to decide.", "Stronger wording").with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/pages/" + slug + "/en"))
                .andExpect(flash().attribute("notice", "Saved as revision 2."));

        assertThat(page(get("/pages/" + slug))).contains("We want <strong>everyone</strong> to decide.");
        String history = page(get("/admin/pages/" + slug + "/en/revisions").with(signedInAs(ADMIN)));
        assertThat(history).contains("Revision 2").contains("Revision 1").contains(ADMIN.displayName())
                .contains("Stronger wording").contains("First text");
        assertThat(history.indexOf("Revision 2")).isLessThan(history.indexOf("Revision 1"));
    }

    @Test
    void theEditorStartsFromTheCurrentTextAndANewTranslationFromTheEnglishOne() throws Exception {
        String english = page(get("/admin/pages/" + slug + "/en").with(signedInAs(ADMIN)));
        assertThat(english).contains("value=\"Our aims\"").contains("We want *everyone* to have a say.")
                .contains("name=\"version\" value=\"1\"");
        String spanish = page(get("/admin/pages/" + slug + "/es").with(signedInAs(ADMIN)));
        assertThat(spanish).contains("name=\"version\" value=\"0\"").contains("We want *everyone* to have a say.")
                .contains("This page has no text in this language (Español) yet.");
    }

    @Test
    void aTranslationGetsItsOwnHistory() throws Exception {
        mvc.perform(save("es", 0, "Nuestros fines", "Queremos que *todo el mundo* decida.", "Traducción")
                        .with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.revisions(slug, "es")).extracting(Revision::version).containsExactly(1);
        assertThat(repository.revisions(slug, "en")).extracting(Revision::version).containsExactly(1);
        assertThat(page(get("/pages/" + slug).header("Accept-Language", "es"))).contains("Nuestros fines");
    }

    @Test
    void anOldRevisionCanBeViewedAndRestoredAsANewRevision() throws Exception {
        mvc.perform(save(1, "Our aims", "A worse text.", "Oops").with(signedInAs(ADMIN)));

        String old = page(get("/admin/pages/" + slug + "/en/revisions/1").with(signedInAs(ADMIN)));
        assertThat(old).contains("We want <em>everyone</em> to have a say.").contains("Restore this revision")
                .contains("name=\"current\" value=\"2\"");

        mvc.perform(post("/admin/pages/" + slug + "/en/revisions/1/restore").param("current", "2")
                        .with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/pages/" + slug + "/en/revisions"))
                .andExpect(flash().attribute("notice", "Revision 1 was restored as revision 3."));

        List<Revision> revisions = repository.revisions(slug, "en");
        assertThat(revisions).extracting(Revision::version).containsExactly(3, 2, 1);
        assertThat(revisions.get(0).body()).isEqualTo("We want *everyone* to have a say.");
        assertThat(revisions.get(0).restoredFrom()).isEqualTo(1);
        assertThat(revisions.get(1).body()).isEqualTo("A worse text.");
        assertThat(page(get("/pages/" + slug))).contains("We want <em>everyone</em> to have a say.");
        assertThat(page(get("/admin/pages/" + slug + "/en/revisions").with(signedInAs(ADMIN))))
                .contains("Restored from revision 1.");
    }

    @Test
    void revisionsCannotBeChangedOrDeletedEvenInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE content_page_revision SET body = 'rewritten' WHERE slug = ?")
                .param(slug).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM content_page_revision WHERE slug = ?").param(slug).update())
                .hasMessageContaining("immutable");
        assertThat(repository.revision(slug, "en", 1)).hasValueSatisfying(
                r -> assertThat(r.body()).isEqualTo("We want *everyone* to have a say."));
    }

    @Test
    void aDeletedEditorsNameCanBeRemovedFromTheHistoryButNothingElse() throws Exception {
        mvc.perform(save(1, "Our aims", "Edited by an admin who later leaves.", "Clarified").with(signedInAs(ADMIN)));
        assertThat(repository.forgetAuthor(ADMIN.memberId())).isPositive();
        Revision forgotten = repository.revision(slug, "en", 2).orElseThrow();
        assertThat(forgotten.authorId()).isNull();
        assertThat(forgotten.authorName()).isNull();
        assertThat(forgotten.body()).isEqualTo("Edited by an admin who later leaves.");
        String history = page(get("/admin/pages/" + slug + "/en/revisions").with(signedInAs(ADMIN)));
        String table = history.substring(history.indexOf("<table"), history.indexOf("</table>"));
        assertThat(table).doesNotContain(ADMIN.displayName()).contains("not recorded").contains("Clarified");
    }

    @Test
    void savingFromAStaleVersionIsAConflictNotALostUpdate() throws Exception {
        mvc.perform(save(1, "Our aims", "Text by the first editor.", "First").with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(save(1, "Our aims", "Text by the second editor.", "Second")
                        .with(signedInAs(ADMIN)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(conflict).contains("Someone else saved this page while you were editing")
                .contains("Text by the first editor.").contains("Text by the second editor.")
                .contains("name=\"version\" value=\"2\"");
        assertThat(repository.revisions(slug, "en")).extracting(Revision::version).containsExactly(2, 1);
        assertThat(repository.text(slug, "en")).hasValueSatisfying(
                t -> assertThat(t.body()).isEqualTo("Text by the first editor."));
    }

    @Test
    void restoringFromAStaleVersionRestoresNothing() throws Exception {
        mvc.perform(save(1, "Our aims", "Second text.", "").with(signedInAs(ADMIN)));
        mvc.perform(post("/admin/pages/" + slug + "/en/revisions/1/restore").param("current", "1")
                        .with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(flash().attribute("problem",
                        "Nothing was restored: the page changed in the meantime and is now at revision 2. "
                                + "Look at the latest revision and try again."));
        assertThat(repository.revisions(slug, "en")).hasSize(2);
    }

    @Test
    void anEmptyTitleIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        String html = mvc.perform(save(1, "   ", "New text.", "").with(signedInAs(ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Give the page a title.").contains("aria-invalid=\"true\"")
                .contains("New text.");
        assertThat(repository.revisions(slug, "en")).hasSize(1);
    }

    @Test
    void aHundredThousandCharacterTextIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        String html = mvc.perform(save(1, "Our aims", "x".repeat(100_000), "").with(signedInAs(ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The text may have at most 60,000 characters; it has 100,000.");
        assertThat(repository.revisions(slug, "en")).hasSize(1);
        assertThat(repository.text(slug, "en").orElseThrow().body()).isEqualTo("We want *everyone* to have a say.");
    }

    @Test
    void theMessageIsInTheAdminsLanguage() throws Exception {
        String html = mvc.perform(save(1, "", "Text.", "").header("Accept-Language", "de")
                        .with(signedInAs(ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"de\"").doesNotContain("Give the page a title.");
    }

    @Test
    void aForgedCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
        mvc.perform(post("/admin/pages/" + slug + "/en").param("title", "Hijacked").param("body", "Hijacked")
                        .param("version", "1").with(csrf().useInvalidToken()).with(signedInAs(ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/" + slug + "/en").param("title", "Hijacked").param("body", "Hijacked")
                        .param("version", "1").with(signedInAs(ADMIN)))
                .andExpect(status().isForbidden());
        assertThat(repository.revisions(slug, "en")).hasSize(1);
    }

    @Test
    void previewShowsTheSanitizedRenderingAsAnHtmxFragment() throws Exception {
        String html = mvc.perform(post("/admin/pages/" + slug + "/en/preview").header("HX-Request", "true")
                        .param("title", "Our aims").param("body", "## Soon\n\n<script>alert(1)</script>\n\n**bold**")
                        .param("version", "1").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h2 id=\"s-soon\">Soon</h2>").contains("<strong>bold</strong>").doesNotContain("<script")
                .doesNotContain("<html");
        assertThat(repository.revisions(slug, "en")).hasSize(1);
    }

    @Test
    void everyAdminAddressIsForbiddenToMembersWhoAreNotInternationalAdmins() throws Exception {
        for (MockHttpServletRequestBuilder request : everyAdminRequest()) {
            mvc.perform(request.with(csrf()).with(signedInAs(MEMBER))).andExpect(status().isForbidden());
        }
        assertThat(repository.revisions(slug, "en")).hasSize(1);
        assertThat(repository.revisions(slug, "es")).isEmpty();
    }

    @Test
    void everyAdminAddressSendsVisitorsToTheLoginPage() throws Exception {
        for (MockHttpServletRequestBuilder request : everyAdminRequest()) {
            mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        assertThat(repository.revisions(slug, "en")).hasSize(1);
    }

    private List<MockHttpServletRequestBuilder> everyAdminRequest() {
        String base = "/admin/pages/" + slug;
        return List.of(
                get("/admin/pages"),
                get(base + "/en"),
                get(base + "/es"),
                post(base + "/en").param("title", "Taken over").param("body", "Taken over").param("version", "1"),
                post(base + "/es").param("title", "Taken over").param("body", "Taken over").param("version", "0"),
                post(base + "/en/preview").param("title", "x").param("body", "x").param("version", "1"),
                get(base + "/en/revisions"),
                get(base + "/en/revisions/1"),
                post(base + "/en/revisions/1/restore").param("current", "1"));
    }

    private MockHttpServletRequestBuilder save(int version, String title, String body, String note) {
        return save("en", version, title, body, note);
    }

    private MockHttpServletRequestBuilder save(String language, int version, String title, String body,
            String note) {
        return post("/admin/pages/" + slug + "/" + language).param("title", title).param("body", body)
                .param("note", note).param("version", Integer.toString(version)).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
