package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Typos no longer make chapters: the town field suggests the country's chapters, and a town a letter or two away
 * from a chapter's name asks "Did you mean…?" before a new chapter is made.
 */
class TownSuggestionsTests extends MembersIntegrationTest {

    @Autowired
    UnitFixtures fixtures;

    @Autowired
    UnitDirectory units;

    @Test
    void theTownFieldSuggestsTheChaptersOfTheChosenCountry() throws Exception {
        verifiedMember(newEmail("first"), "First In Town", "UY", "Tacuarembó");
        String join = perform(get("/join")).getContentAsString();
        assertThat(join).contains("list=\"locality-suggestions\"").contains("<datalist id=\"locality-suggestions\"")
                .contains("hx-get=\"/units/chapter-suggestions\"");
        assertThat(perform(get("/units/chapter-suggestions").param("country", "UY")).getContentAsString())
                .contains("<option value=\"Tacuarembó\">");
        assertThat(perform(get("/units/chapter-suggestions").param("country", "not a country")).getContentAsString()).isBlank();
    }

    @Test
    void aHiddenChapterIsNeitherSuggestedNorOfferedAsTheTownMeant() throws Exception {
        String town = "Rivera " + UUID.randomUUID().toString().substring(0, 8);
        UUID resident = verifiedMember(newEmail("resident"), "Rita Rivera", "UY", town);
        fixtures.hide(units.placementOf(resident).orElseThrow().chapter().id().value());
        assertThat(perform(get("/units/chapter-suggestions").param("country", "UY")).getContentAsString())
                .doesNotContain(town);
        // one letter off: a public chapter would be offered ("did you mean"), a hidden one is not named
        assertThat(perform(joinRequest(newEmail("near"), "Nora Near", "UY", town + "x")).getRedirectedUrl())
                .isEqualTo("/join/sent");
    }

    @Test
    void aTypoOnTheJoinFormAsksBeforeMakingANewChapter() throws Exception {
        UUID first = verifiedMember(newEmail("first"), "Rosa Primera", "UY", "Salto Grande");
        UUID saltoGrande = units.placementOf(first).orElseThrow().chapter().id().value();

        String typo = newEmail("typo");
        MockHttpServletResponse asked = perform(joinRequest(typo, "Tomás Typo", "UY", "Salto Grnade"));
        assertThat(asked.getStatus()).isEqualTo(422);
        assertThat(asked.getContentAsString()).contains("Did you mean")
                .contains("name=\"suggestion\" value=\"Salto Grande\"").contains("Yes: Salto Grande")
                .contains("name=\"newPlace\" value=\"true\"")
                // sent without script, the answer cannot give the password back: it says to type it again
                .contains("Type your password again first");
        // sent by htmx, the password field stays as typed (hx-preserve), so the answer does not ask for it
        String byHtmx = perform(joinRequest(typo, "Tomás Typo", "UY", "Salto Grnade").header("HX-Request", "true"))
                .getContentAsString();
        assertThat(byHtmx).contains("Yes: Salto Grande").doesNotContain("Type your password again")
                .containsPattern("id=\"password\"[^>]*hx-preserve");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", typo)).isZero();
        assertThat(count("SELECT count(*) FROM units WHERE name = 'Salto Grnade'")).isZero();

        assertThat(perform(joinRequest(typo, "Tomás Typo", "UY", "Salto Grnade").param("suggestion", "Salto Grande"))
                .getRedirectedUrl()).isEqualTo("/join/sent");
        confirm(typo);
        assertThat(units.placementOf(memberId(typo)).orElseThrow().chapter().id().value()).isEqualTo(saltoGrande);

        // a member who says the town is right gets it
        String sure = newEmail("sure");
        assertThat(perform(joinRequest(sure, "Sara Sure", "UY", "Salto Grandes").param("newPlace", "true"))
                .getRedirectedUrl()).isEqualTo("/join/sent");
        confirm(sure);
        assertThat(units.placementOf(memberId(sure)).orElseThrow().chapter().name()).isEqualTo("Salto Grandes");
    }

    @Test
    void aTypoOnTheResidenceFormAsksToo() throws Exception {
        UUID first = verifiedMember(newEmail("first"), "Ana Paysandú", "UY", "Paysandú Norte");
        UUID chapter = units.placementOf(first).orElseThrow().chapter().id().value();
        String email = newEmail("mover");
        UUID mover = verifiedMember(email, "Mo Mover", "UY", "Montevideo");
        Cookie session = login(email, PASSWORD);

        MockHttpServletResponse asked = perform(post("/me/residence").cookie(session).with(csrf())
                .param("country", "UY").param("locality", "paysandu nrte").param("neighbourhood", ""));
        assertThat(asked.getStatus()).isEqualTo(422);
        assertThat(asked.getContentAsString()).contains("Yes: Paysandú Norte");
        assertThat(units.placementOf(mover).orElseThrow().chapter().name()).isEqualTo("Montevideo");

        perform(post("/me/residence").cookie(session).with(csrf()).param("country", "UY").param("locality", "paysandu nrte")
                .param("neighbourhood", "").param("suggestion", "Paysandú Norte"));
        assertThat(units.placementOf(mover).orElseThrow().chapter().id().value()).isEqualTo(chapter);
    }

    /** Follows the emailed link: a member is placed when their address is confirmed. */
    private void confirm(String email) throws Exception {
        perform(post(Outbox.latest(email, 1).link("/verify/")).with(csrf()));
    }
}
