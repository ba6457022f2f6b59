package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.iops.pages.PagesIntegrationTest;
import org.iops.web.FormalAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The shipped content pages say du and tu to the reader, like the rest of the interface
 * ({@code V20261208_301__pages_familiar_address.sql}), and that migration leaves alone a text an admin has changed.
 */
class FamiliarAddressTests extends PagesIntegrationTest {

    private static final String MIGRATION = "db/migration/V20261208_301__pages_familiar_address.sql";
    private static final List<String> SHIPPED_PAGES =
            List.of("vision", "mission", "commitments", "history", "questions", "privacy");
    /** Said to several people, not to the reader: the question people put to all of us (German "wollt ihr"). */
    private static final List<String> PLURAL = List.of("vous voulez quoi à la place");

    @Autowired
    ContentPageRepository repository;

    @Test
    void everyShippedPageSaysDuInGermanAndTuInFrench() throws Exception {
        assertThat(jdbc.sql("SELECT slug FROM content_page WHERE created_by IS NULL AND slug NOT LIKE 'test-%'")
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(SHIPPED_PAGES);
        Map<String, Predicate<String>> formal = Map.of("de", FormalAddress::germanFormal,
                "fr", FormalAddress::frenchFormal);
        List<String> found = new ArrayList<>();
        for (String language : List.of("de", "fr")) {
            for (String address : addresses()) {
                String html = mvc.perform(get(address).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                if (!address.equals("/")) {
                    assertThat(html).as(address + " in " + language)
                            .contains("<article class=\"prose\" lang=\"" + language + "\"");
                }
                for (String block : blocks(html)) {
                    if (formal.get(language).test(block)) {
                        found.add(language + " " + address + ": " + block);
                    }
                }
            }
        }
        assertThat(found).as("page text addressing the reader formally: write du/dein, tu/ton/ta/tes").isEmpty();
    }

    @Test
    void replacesAShippedTextAsAnEditWithoutAnAuthor() throws Exception {
        String slug = pageWithShippedPrivacyText();

        runMigrationOn(slug);

        assertThat(page(slug, "de")).contains("dass du entscheidest, wer was über dich erfährt")
                .doesNotContain("dass Sie entscheiden");
        assertThat(page(slug, "fr")).contains("pour que tu décides qui apprend quoi sur toi");
        List<Revision> revisions = repository.revisions(slug, "de");
        assertThat(revisions).extracting(Revision::version).containsExactly(2, 1);
        assertThat(revisions.get(0).authorName()).isNull();
        assertThat(revisions.get(0).note()).isEqualTo("Duzt die Lesenden, wie die ganze Oberfläche.");
        assertThat(revisions.get(1).body()).contains("dass Sie entscheiden");
        assertThat(mvc.perform(get("/admin/pages/" + slug + "/de/revisions").header("Accept-Language", "de")
                        .with(signedInAs(ADMIN)))
                .andReturn().getResponse().getContentAsString()).contains("nicht erfasst");

        runMigrationOn(slug);
        assertThat(repository.revisions(slug, "de")).as("a second run changes nothing").hasSize(2);
    }

    @Test
    void keepsATextAnAdminEditedSinceItShipped() throws Exception {
        String slug = pageWithShippedPrivacyText();
        String shipped = shippedPrivacy("de")[1];
        String edited = shipped + "\n\nSchreib uns an privacy@example.org.";
        mvc.perform(post("/admin/pages/" + slug + "/de").param("title", "Datenschutzerklärung").param("body", edited)
                        .param("note", "Kontakt ergänzt").param("version", "1").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection());

        runMigrationOn(slug);

        assertThat(jdbc.sql("SELECT body FROM content_page_text WHERE slug = ? AND language = 'de'").param(slug)
                .query(String.class).single()).isEqualTo(edited);
        assertThat(repository.revisions(slug, "de")).extracting(Revision::version).containsExactly(2, 1);
        assertThat(repository.revisions(slug, "fr")).as("its French text was still the shipped one")
                .extracting(Revision::version).containsExactly(2, 1);
    }

    /** A page of its own holding the privacy policy's German and French texts as they shipped (revision 1). */
    private String pageWithShippedPrivacyText() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO content_page (slug, position) VALUES (?, 100)").param(slug).update();
        for (String language : List.of("de", "fr")) {
            String[] shipped = shippedPrivacy(language);
            repository.save(slug, language, shipped[0], shipped[1], "Shipped", 0, null, null, null);
        }
        return slug;
    }

    private String[] shippedPrivacy(String language) {
        return jdbc.sql("SELECT title, body FROM content_page_revision WHERE slug = 'privacy' AND language = ? "
                        + "AND version = 1").param(language)
                .query((rs, row) -> new String[] {rs.getString("title"), rs.getString("body")}).single();
    }

    /** The migration's own statements for the privacy page, and its revision statement, pointed at another page. */
    private void runMigrationOn(String slug) throws IOException {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = Arrays.stream(script.split(";\n\n")).map(String::strip)
                .map(s -> s.replaceAll("(?m)^--.*\n", "")).filter(s -> !s.isBlank()).toList();
        assertThat(statements).hasSize(7);
        statements.stream().filter(s -> s.contains("'privacy'"))
                .forEach(s -> jdbc.sql(s.replace("'privacy'", "'" + slug + "'")).update());
    }

    private String page(String slug, String language) throws Exception {
        return mvc.perform(get("/pages/" + slug).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> addresses() {
        List<String> addresses = new ArrayList<>(List.of("/"));
        SHIPPED_PAGES.forEach(slug -> addresses.add("/pages/" + slug));
        return addresses;
    }

    /**
     * The visible text of a page, one paragraph, heading, list item or cell at a time, so that a "Sie" opening a
     * paragraph reads as the start of a sentence, as it does in a message.
     */
    private static List<String> blocks(String html) {
        String visible = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ");
        List<String> blocks = new ArrayList<>();
        for (String block : visible.split("(?i)</?(p|li|h[1-6]|td|th|dt|dd|blockquote|div|ul|ol|nav|header|footer"
                + "|main|article|section|aside|form|label|button|option|title|br)\\b[^>]*>")) {
            String text = HtmlUtils.htmlUnescape(block.replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ").strip();
            for (String plural : PLURAL) {
                text = text.replace(plural, "");
            }
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }
}
