package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.iops.pages.PagesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admins add, order and remove public pages without a migration; the privacy policy ships and stays; a reader
 * and a translator see when a translation is older than its English source.
 */
class PageListAdminTests extends PagesIntegrationTest {

    @Autowired
    ContentPageRepository repository;

    private static String newSlug() {
        return "contact-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String create(String slug, String title) throws Exception {
        mvc.perform(post("/admin/pages").with(csrf()).with(signedInAs(ADMIN))
                        .param("slug", slug).param("title", title).param("body", "Write to **us**."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/pages/" + slug + "/en"));
        return slug;
    }

    @Test
    void anAdminAddsAPageThatReadersFindInTheMenuOfPages() throws Exception {
        String slug = create(newSlug(), "Contact");
        assertThat(page(get("/pages/" + slug))).contains("<h1>Contact</h1>").contains("Write to <strong>us</strong>.");
        assertThat(page(get("/pages/vision"))).contains("href=\"/pages/" + slug + "\"");
        assertThat(jdbc.sql("SELECT created_by FROM content_page WHERE slug = ?").param(slug).query(UUID.class)
                .single()).isEqualTo(ADMIN.memberId());
        assertThat(repository.revisions(slug, "en")).singleElement()
                .satisfies(r -> assertThat(r.authorName()).isEqualTo(ADMIN.displayName()));
    }

    @Test
    void aBadOrTakenAddressIsRefusedOnTheFormAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM content_page").query(Long.class).single();
        for (String bad : List.of("", "Has Spaces", "../etc", "-leading", "vision")) {
            String html = mvc.perform(post("/admin/pages").with(csrf()).with(signedInAs(ADMIN))
                            .param("slug", bad).param("title", "T").param("body", "B"))
                    .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(bad).contains("id=\"new-page-errors\"").contains("href=\"#new-slug\"");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM content_page").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/admin/pages").with(csrf()).with(signedInAs(MEMBER))
                .param("slug", newSlug()).param("title", "T").param("body", "B")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages").param("slug", newSlug()).param("title", "T").param("body", "B"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesAreReorderedAndRemovedAfterAConfirmationWhichIsRecorded() throws Exception {
        String first = create(newSlug(), "First new page");
        String second = create(newSlug(), "Second new page");
        mvc.perform(post("/admin/pages/" + second + "/move").with(csrf()).with(signedInAs(ADMIN))
                .param("direction", "-1")).andExpect(redirectedUrl("/admin/pages"));
        List<String> menu = repository.menu("en").stream().map(MenuEntry::slug).toList();
        assertThat(menu.indexOf(second)).isEqualTo(menu.indexOf(first) - 1);

        String confirm = page(get("/admin/pages/" + first + "/remove").with(signedInAs(ADMIN)));
        assertThat(confirm).contains("Remove \u201cFirst new page\u201d?").contains("action=\"/admin/pages/" + first + "/remove\"");
        assertThat(page(get("/pages/" + first))).contains("First new page"); // nothing happens on GET
        mvc.perform(post("/admin/pages/" + first + "/remove").with(csrf()).with(signedInAs(MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/" + first + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/pages"));
        mvc.perform(get("/pages/" + first)).andExpect(status().isNotFound());
        assertThat(page(get("/admin/pages").with(signedInAs(ADMIN)))).doesNotContain("First new page");
        assertThat(jdbc.sql("SELECT removed_by FROM content_page WHERE slug = ? AND removed_at IS NOT NULL")
                .param(first).query(UUID.class).single()).isEqualTo(ADMIN.memberId());
        // its texts and history are kept, and its address is never given to another page
        assertThat(repository.revisions(first, "en")).hasSize(1);
        mvc.perform(post("/admin/pages").with(csrf()).with(signedInAs(ADMIN))
                .param("slug", first).param("title", "Again").param("body", "B")).andExpect(status().is(422));
    }

    @Test
    void thePrivacyPolicyShipsInFourLanguagesAndCannotBeRemoved() throws Exception {
        assertThat(page(get("/pages/privacy").header("Accept-Language", "en"))).contains("<h1>Privacy policy</h1>")
                .contains("Delete your account");
        assertThat(page(get("/pages/privacy").header("Accept-Language", "es")))
                .contains("<h1>Política de privacidad</h1>");
        assertThat(page(get("/pages/privacy").header("Accept-Language", "fr")))
                .contains("<h1>Politique de confidentialité</h1>");
        assertThat(page(get("/pages/privacy").header("Accept-Language", "de")))
                .contains("<h1>Datenschutzerklärung</h1>").doesNotContain("Diese Seite gibt es noch nicht");
        mvc.perform(post("/admin/pages/privacy/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isConflict());
        mvc.perform(get("/pages/privacy")).andExpect(status().isOk());
    }

    @Test
    void aTranslationOlderThanItsEnglishSourceSaysSoToReadersAndTranslators() throws Exception {
        String slug = create(newSlug(), "Contact");
        mvc.perform(post("/admin/pages/" + slug + "/de").with(csrf()).with(signedInAs(ADMIN))
                .param("title", "Kontakt").param("body", "Schreiben Sie uns.").param("version", "0").param("note", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/pages/" + slug).header("Accept-Language", "de"))).doesNotContain("nicht mehr aktuell");

        mvc.perform(post("/admin/pages/" + slug + "/en").with(csrf()).with(signedInAs(ADMIN))
                .param("title", "Contact").param("body", "Write to us, or meet us.").param("version", "1")
                .param("note", "")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/pages/" + slug).header("Accept-Language", "de")))
                .contains("Diese Übersetzung ist vielleicht nicht mehr aktuell");
        String editor = page(get("/admin/pages/" + slug + "/de").with(signedInAs(ADMIN)).header("Accept-Language", "en"));
        assertThat(editor).contains("English source").contains("Write to us, or meet us.")
                .contains("The English text has changed since this translation was last saved.");
        assertThat(page(get("/pages/" + slug).header("Accept-Language", "en"))).doesNotContain("out of date");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
