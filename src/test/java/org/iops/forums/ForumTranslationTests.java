package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.TestContent;
import org.iops.blogs.BlogTestBeans;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentTranslation;
import org.iops.content.Contents;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Any member who may read a topic translates its title and opening post; readers switch between the languages; the
 * translator alone edits, the translator, the topic's author and the unit's moderators remove; a held translation
 * waits for a moderator; a category's list filters by language.
 */
class ForumTranslationTests extends ForumsIntegrationTest {

    @Autowired
    Contents contents;

    private MockHttpServletResponse translate(UUID translator, UUID topic, String language, String title, String body)
            throws Exception {
        return as(translator, post("/topics/" + topic + "/translate").param("language", language)
                .param("title", title).param("body", body));
    }

    private long translations(UUID topic) {
        return count("SELECT count(*) FROM content_translation WHERE original_type = 'forums.topic' AND original_id = ?",
                topic);
    }

    private String nameOf(UUID member) {
        return db.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    @Test
    void aTranslationIsCreditedAndTheTopicShowsTheLanguageSwitch() throws Exception {
        Place lyon = place("FR", "Lyon");
        UUID topic = topic(lyon.member(), lyon.category(), "Tenants assembly", "PUBLIC");
        UUID translator = fixtures.memberIn("ES", "Sevilla");
        assertThat(reply(lyon.member(), topic, "I will bring the flyers.").getStatus()).isEqualTo(302);

        assertThat(page(translator, "/topics/" + topic + "/translate")).contains("Translate this topic")
                .contains("Opening words of Tenants assembly").contains("Español").doesNotContain("value=\"en\"");
        MockHttpServletResponse added = translate(translator, topic, "es", "Asamblea de inquilinos",
                "Palabras de **apertura**.");
        assertThat(added.getRedirectedUrl()).isEqualTo("/topics/" + topic + "/es");

        String original = page(null, "/topics/" + topic + "?page=1");
        assertThat(original).contains("Also in:").contains("Español").contains("href=\"/topics/" + topic + "/es\"")
                .contains("(original)").contains("Tenants assembly");
        String spanish = page(null, "/topics/" + topic + "/es");
        assertThat(spanish).contains("Asamblea de inquilinos").contains("<strong>apertura</strong>")
                .contains("Translated by " + nameOf(translator)).contains("lang=\"es\"")
                .as("the replies stay as written").contains("I will bring the flyers.")
                .doesNotContain("Opening words of Tenants assembly");
        assertThat(as(null, get("/topics/" + topic + "/de")).getStatus()).isEqualTo(404);
        assertThat(as(null, get("/topics/" + topic + "/en")).getRedirectedUrl()).isEqualTo("/topics/" + topic);
        assertThat(as(null, get("/topics/" + topic + "/es?page=9")).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyTheTranslatorEditsAndTheAuthorTheTranslatorOrAModeratorRemoves() throws Exception {
        Place nantes = place("FR", "Nantes");
        UUID topic = topic(nantes.member(), nantes.category(), "Food bank rota", "PUBLIC");
        UUID translator = fixtures.memberIn("DE", "Leipzig");
        UUID other = fixtures.memberIn("DE", "Halle");
        translate(translator, topic, "de", "Dienstplan der Tafel", "Wer kann am Samstag?");
        translate(translator, topic, "es", "Turnos del banco de alimentos", "¿Quién puede el sábado?");

        assertThat(as(other, get("/topics/" + topic + "/de/edit")).getStatus()).isEqualTo(403);
        assertThat(as(other, post("/topics/" + topic + "/de/edit").param("title", "Vandalisiert").param("body", "x"))
                .getStatus()).isEqualTo(403);
        assertThat(as(translator, post("/topics/" + topic + "/de/edit").param("title", "Dienstplan der Lebensmitteltafel")
                .param("body", "Wer kann am Samstag helfen?")).getRedirectedUrl()).isEqualTo("/topics/" + topic + "/de");
        assertThat(page(null, "/topics/" + topic + "/de")).contains("Dienstplan der Lebensmitteltafel")
                .doesNotContain("Vandalisiert");
        assertThat(page(other, "/topics/" + topic + "/de")).doesNotContain("/de/edit").doesNotContain("/de/remove");

        assertThat(as(other, post("/topics/" + topic + "/de/remove")).getStatus()).isEqualTo(403);
        assertThat(as(nantes.member(), post("/topics/" + topic + "/de/remove")).getStatus()).isEqualTo(302);
        assertThat(as(null, get("/topics/" + topic + "/de")).getStatus()).isEqualTo(404);

        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, nantes.chapter());
        assertThat(page(moderator, "/topics/" + topic + "/es")).contains("/es/remove").doesNotContain("/es/edit");
        assertThat(as(moderator, post("/topics/" + topic + "/es/remove")).getStatus()).isEqualTo(302);
        assertThat(translations(topic)).isZero();
        assertThat(page(null, "/topics/" + topic + "?page=1")).doesNotContain("Also in:");
    }

    @Test
    void anUnknownTheOriginalsOrATakenLanguageAndBadTextAreRefusedWithNothingWritten() throws Exception {
        Place place = place("FR", "Rennes");
        UUID topic = topic(place.member(), place.category(), "Rent strike", "PUBLIC");
        UUID translator = fixtures.memberIn("DE", "Kassel");
        translate(translator, topic, "de", "Mietstreik", "Alle zusammen.");

        MockHttpServletResponse same = translate(translator, topic, "en", "Rent strike again", "Again.");
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(same.getContentAsString()).contains("The topic is written in this language already.");
        MockHttpServletResponse taken = translate(place.member(), topic, "de", "Noch ein Mietstreik", "Noch einmal.");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains("There is a translation into this language already.");
        MockHttpServletResponse unknown = translate(translator, topic, "xx", "Nonsense", "Nonsense.");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("Choose a language from the list.");
        MockHttpServletResponse none = translate(translator, topic, "", "", "");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("There is a problem").contains("Give the topic a title.");
        MockHttpServletResponse huge = translate(translator, topic, "es", "Enorme", "x".repeat(1_048_576));
        assertThat(huge.getStatus()).isEqualTo(422);
        assertThat(huge.getContentAsString()).contains("The text can be at most 100,000 characters.");

        UUID forged = UUID.randomUUID();
        assertThat(translate(translator, forged, "es", "Falso", "Falso.").getStatus()).isEqualTo(404);
        assertThat(as(translator, get("/topics/" + forged + "/translate")).getStatus()).isEqualTo(404);
        assertThat(as(translator, get("/topics/not-a-topic/translate")).getStatus()).isEqualTo(404);
        assertThat(as(translator, post("/topics/" + topic + "/fr/remove")).getStatus()).as("no such translation")
                .isEqualTo(404);
        assertThat(translations(topic)).isEqualTo(1);

        assertThat(translate(translator, topic, "es", "Hostil",
                "<script>alert(1)</script>[x](javascript:alert(2)) <img src=x onerror=alert(3)>").getStatus())
                .isEqualTo(302);
        String shown = page(null, "/topics/" + topic + "/es");
        assertThat(shown).doesNotContain("<script>alert(1)").doesNotContain("href=\"javascript")
                .doesNotContain(" onerror=");
    }

    @Test
    void aHeldTranslationIsSeenByItsTranslatorAndModeratorsUntilApprovedFromTheQueue() throws Exception {
        Place place = place("DE", "Jena");
        UUID topic = topic(place.member(), place.category(), "Summer camp", "PUBLIC");
        UUID translator = fixtures.memberIn("ES", "Cadiz");
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, place.chapter());
        assertThat(translate(translator, topic, "es", "Campamento de verano", "Ofertas " + BlogTestBeans.HOLD)
                .getStatus()).isEqualTo(302);

        assertThat(page(null, "/topics/" + topic + "?page=1")).doesNotContain("Campamento de verano")
                .doesNotContain("Also in:");
        assertThat(as(null, get("/topics/" + topic + "/es")).getStatus()).isEqualTo(404);
        assertThat(as(place.member(), get("/topics/" + topic + "/es")).getStatus()).isEqualTo(404);
        assertThat(page(translator, "/topics/" + topic + "/es")).contains("Campamento de verano")
                .contains("Waiting for a moderator's approval");
        assertThat(page(moderator, "/units/" + place.chapter() + "/moderation")).contains("Campamento de verano");

        UUID id = db.sql("SELECT id FROM content_translation WHERE original_id = ?").param(topic).query(UUID.class)
                .single();
        ContentItem held = contents.find(new ContentRef(ContentTranslation.TYPE, id)).orElseThrow();
        assertThat(held.path()).isEqualTo("/topics/" + topic + "/es");
        MockHttpServletResponse approved = as(moderator, post("/units/" + place.chapter() + "/moderation/act")
                .param("item", held.ref().toString()).param("action", "approve").param("reason", ""));
        assertThat(approved.getStatus()).isEqualTo(302);
        assertThat(page(null, "/topics/" + topic + "/es")).contains("Campamento de verano")
                .doesNotContain("Waiting for a moderator");
        assertThat(page(null, "/topics/" + topic + "?page=1")).contains("Also in:");
    }

    @Test
    void aTopicOthersMayNotReadCannotBeTranslatedAndItsTranslationsStayAsPrivate() throws Exception {
        Place place = place("ES", "Cuenca");
        UUID local = topic(place.member(), place.category(), "Chapter only", "UNIT");
        UUID outsider = fixtures.memberIn("ES", "Teruel");
        assertThat(as(outsider, get("/topics/" + local + "/translate")).getStatus()).isEqualTo(404);
        assertThat(translate(outsider, local, "fr", "Seulement la section", "Secret.").getStatus()).isEqualTo(404);
        assertThat(translations(local)).isZero();

        UUID colleague = memberOf(place.chapter());
        assertThat(translate(colleague, local, "de", "Nur die Ortsgruppe", "Geheim.").getStatus()).isEqualTo(302);
        assertThat(as(outsider, get("/topics/" + local + "/de")).getStatus()).isEqualTo(404);
        assertThat(as(null, get("/topics/" + local + "/de")).getStatus()).isEqualTo(404);
        assertThat(page(place.member(), "/topics/" + local + "/de")).contains("Nur die Ortsgruppe");

        UUID membersOnly = topic(place.member(), place.category(), "Members only", "MEMBERS");
        assertThat(translate(outsider, membersOnly, "fr", "Réservé aux membres", "Pour les membres.").getStatus())
                .isEqualTo(302);
        assertThat(as(null, get("/topics/" + membersOnly + "/fr")).getStatus()).isEqualTo(404);
        assertThat(as(null, get("/topics/" + membersOnly + "/translate")).getStatus()).as("a visitor signs in first")
                .isEqualTo(302);
    }

    @Test
    void aRefusedTranslationKeepsTheFormAndWritesNothing() throws Exception {
        Place place = place("FR", "Brest");
        UUID topic = topic(place.member(), place.category(), "Harbour walk", "PUBLIC");
        MockHttpServletResponse refused = translate(place.member(), topic, "es", "Paseo", "Texto " + TestContent.REFUSE);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Paseo");
        assertThat(translations(topic)).isZero();
    }

    @Test
    void aCategoryListsTopicsInTheLanguageChosen() throws Exception {
        Place place = place("CH", "Basel");
        topic(place.member(), place.category(), "Bike repair evening", "PUBLIC");
        MockHttpServletResponse started = as(place.member(), post("/forums/categories/" + place.category() + "/new")
                .param("title", "Velo-Reparaturabend").param("body", "Am Donnerstag.").param("language", "de")
                .param("visibility", "PUBLIC"));
        assertThat(started.getStatus()).isEqualTo(302);

        String all = page(null, "/forums/categories/" + place.category());
        assertThat(all).contains("Bike repair evening").contains("Velo-Reparaturabend").contains("All languages")
                .contains("?language=de").contains("?language=en").doesNotContain("?language=es");
        String german = page(null, "/forums/categories/" + place.category() + "?language=de");
        assertThat(german).contains("Velo-Reparaturabend").doesNotContain("Bike repair evening")
                .contains("aria-current=\"true\" lang=\"de\"");
        assertThat(page(null, "/forums/categories/" + place.category() + "?language=zz"))
                .as("an unknown language shows every language").contains("Bike repair evening");
    }
}
