package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Any member may translate a post; the translation is credited, switchable, edited by its translator only. */
class BlogTranslationTests extends BlogsIntegrationTest {

    private MockHttpServletResponse translate(PostId post, UUID translator, String language, String title)
            throws Exception {
        return send(post(post.path() + "/translate").param("language", language).param("title", title)
                .param("body", "Texto de " + title), translator);
    }

    @Test
    void aTranslationIsCreditedAndShownAsALanguageSwitch() throws Exception {
        UUID author = member();
        UUID translator = member();
        String translatorName = jdbc.sql("SELECT display_name FROM member WHERE id = ?").param(translator)
                .query(String.class).single();
        PostId id = publish(author, "Neighbourhood assembly", "PUBLIC");

        MockHttpServletResponse added = translate(id, translator, "es", "Asamblea del barrio");
        assertThat(added.getRedirectedUrl()).isEqualTo(id.path() + "/es");

        String original = page(id.path(), null);
        assertThat(original).contains("Also in:", "Español", id.path() + "/es", "(original)");
        String spanish = page(id.path() + "/es", null);
        assertThat(spanish).contains("Asamblea del barrio", "Translated by " + translatorName, "lang=\"es\"");
        assertThat(read(id.path() + "/de", null).getStatus()).isEqualTo(404);
        assertThat(read(id.path() + "/en", null).getRedirectedUrl()).isEqualTo(id.path());
    }

    @Test
    void onlyTheTranslatorEditsAndTheAuthorMayRemove() throws Exception {
        UUID author = member();
        UUID translator = member();
        UUID other = member();
        PostId id = publish(author, "Food bank", "PUBLIC");
        translate(id, translator, "fr", "Banque alimentaire");

        assertThat(read(id.path() + "/fr/edit", other).getStatus()).isEqualTo(403);
        assertThat(send(post(id.path() + "/fr/edit").param("title", "Vandalisé").param("body", "x"), other).getStatus())
                .isEqualTo(403);
        assertThat(send(post(id.path() + "/fr/edit").param("title", "Banque alimentaire du quartier")
                .param("body", "Nouveau texte"), translator).getStatus()).isEqualTo(302);
        assertThat(page(id.path() + "/fr", null)).contains("Banque alimentaire du quartier").doesNotContain("Vandalisé");

        assertThat(send(post(id.path() + "/fr/remove"), other).getStatus()).isEqualTo(403);
        assertThat(send(post(id.path() + "/fr/remove"), author).getStatus()).isEqualTo(302);
        assertThat(read(id.path() + "/fr", null).getStatus()).isEqualTo(404);
    }

    @Test
    void aTranslationIntoTheOriginalOrATakenLanguageIsRefused() throws Exception {
        UUID author = member();
        UUID translator = member();
        PostId id = publish(author, "Rent strike", "PUBLIC");
        translate(id, translator, "de", "Mietstreik");

        MockHttpServletResponse same = translate(id, translator, "en", "Rent strike again");
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(same.getContentAsString()).contains("written in this language already");
        MockHttpServletResponse taken = translate(id, member(), "de", "Noch ein Mietstreik");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains("There is a translation into this language already");
        MockHttpServletResponse unknown = translate(id, translator, "xx", "Nonsense");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM content_translation WHERE original_id = ?", id.value())).isEqualTo(1);
    }

    @Test
    void aPostOthersMayNotReadCannotBeTranslated() throws Exception {
        UUID author = member();
        PostId local = publish(author, "Chapter only", "UNIT");
        UUID outsider = member();
        assertThat(read(local.path() + "/translate", outsider).getStatus()).isEqualTo(404);
        assertThat(translate(local, outsider, "es", "Solo el capítulo").getStatus()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM content_translation WHERE original_id = ?", local.value())).isZero();
    }
}
