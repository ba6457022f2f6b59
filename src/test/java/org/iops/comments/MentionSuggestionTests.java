package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.units.Residence;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Suggestions while typing "@ma": members the writer shares a chapter or branch with, by the start of their display
 * name, never a member hidden from directories or suspended, never someone outside the writer's units, never an address or a town.
 */
class MentionSuggestionTests extends CommentsIntegrationTest {

    String prefix;
    String town;
    UUID writer;

    @BeforeEach
    void world() {
        prefix = "Zq" + UnitFixtures.unique("").strip();
        town = UnitFixtures.unique("Florida");
        writer = member("Writer", "UY", town);
    }

    @Test
    void suggestsMembersOfTheWritersUnitsByTheStartOfTheirName() throws Exception {
        UUID mate = placed(prefix + "mate", "UY", town);
        UUID countryMate = placed(prefix + "branch", "UY", UnitFixtures.unique("Paysandu"));
        placed("Other" + prefix, "UY", town);

        MockHttpServletResponse answer = suggest(writer, prefix.toLowerCase(), null);

        assertThat(answer.getContentType()).startsWith("application/json");
        assertThat(answer.getContentAsString()).contains("\"" + nameOf(mate) + "\"", "\"" + nameOf(countryMate) + "\"")
                .doesNotContain("Other").doesNotContain("@example.org").doesNotContain(town);
    }

    @Test
    void neverSuggestsAHiddenMemberOrSomeoneOutsideTheWritersUnits() throws Exception {
        UUID hidden = members.add(prefix + "hidden", true);
        units.place(hidden, new Residence("UY", town, null));
        placed(prefix + "abroad", "AR", UnitFixtures.unique("Rosario"));

        String answer = suggest(writer, prefix, null).getContentAsString();

        assertThat(answer).isEqualTo("{\"names\":[]}");
    }

    @Test
    void neverSuggestsASuspendedMember() throws Exception {
        UUID suspended = placed(prefix + "suspended", "UY", town);
        UUID branchAdmin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, fixtures.branchOf(writer));
        assertThat(mvc.perform(post("/members/" + suspended + "/suspend").with(csrf()).with(fixtures.as(branchAdmin)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        assertThat(suggest(writer, prefix, null).getContentAsString()).isEqualTo("{\"names\":[]}");
    }

    @Test
    void withAnItemOnlyThoseWhoMaySeeItAreSuggested() throws Exception {
        UUID mate = placed(prefix + "mate", "UY", town);
        UUID countryMate = placed(prefix + "branch", "UY", UnitFixtures.unique("Tacuarembo"));
        ContentRef chapterOnly = page(writer, Visibility.UNIT);

        String answer = suggest(writer, prefix, chapterOnly.toString()).getContentAsString();

        assertThat(answer).contains(nameOf(mate)).doesNotContain(nameOf(countryMate));
    }

    @Test
    void anItemTheWriterMayNotSeeIsNotFound() throws Exception {
        placed(prefix + "mate", "UY", town);
        UUID away = member("Away", "UY", UnitFixtures.unique("Cerro Largo"));
        ContentRef elsewhere = page(away, Visibility.UNIT);

        MockHttpServletResponse answer = suggest(writer, prefix, elsewhere.toString());

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentAsString()).doesNotContain(prefix);
    }

    @Test
    void aVisitorGetsNothing() throws Exception {
        placed(prefix + "mate", "UY", town);
        MockHttpServletResponse answer = suggest(null, prefix, null);
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getContentAsString()).doesNotContain(prefix);
    }

    private UUID placed(String name, String country, String locality) {
        UUID id = members.add(name);
        units.place(id, new Residence(country, locality, null));
        return id;
    }

    private MockHttpServletResponse suggest(UUID member, String q, String item) throws Exception {
        var request = get("/mentions").param("q", q).with(fixtures.as(member));
        if (item != null) {
            request.param("item", item);
        }
        return perform(request);
    }
}
