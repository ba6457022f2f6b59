package org.iops.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.convention.gender.Gender;
import org.iops.convention.gender.Genders;
import org.iops.members.account.Accounts;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member's self-declared gender is theirs alone: they set, change and withdraw it on /me, their export has it and
 * erasure deletes it; no page, JSON or export shows it to anyone else, admins included.
 */
@ApplicationTest
class GenderPrivacyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Genders genders;
    @Autowired
    Accounts accounts;

    private MockHttpServletResponse declare(UUID member, String gender) throws Exception {
        return mvc.perform(post("/me/gender").with(fixtures.as(member)).with(csrf()).param("gender", gender))
                .andReturn().getResponse();
    }

    private String read(String path, UUID reader) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(reader))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMemberDeclaresChangesAndWithdrawsTheirOwnOnTheirPage() throws Exception {
        UUID member = fixtures.memberIn("PE", UnitFixtures.unique("Cusco"));
        assertThat(read("/me", member)).contains("Gender (optional)", "Your gender", "Not declared");

        MockHttpServletResponse saved = declare(member, "WOMAN");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/me#gender");
        assertThat(genders.of(member)).contains(Gender.WOMAN);
        assertThat(read("/me", member)).containsPattern("value=\"WOMAN\"[^>]*selected");

        declare(member, "UNSAID");
        assertThat(genders.of(member)).contains(Gender.UNSAID);
        declare(member, "");
        assertThat(genders.of(member)).isEmpty();
    }

    @Test
    void aForgedAnswerIsRefusedAndChangesNothing() throws Exception {
        UUID member = fixtures.memberIn("PE", UnitFixtures.unique("Puno"));
        declare(member, "MAN");
        MockHttpServletResponse forged = declare(member, "ROBOT");
        assertThat(forged.getStatus()).isEqualTo(422);
        assertThat(genders.of(member)).contains(Gender.MAN);
        assertThat(mvc.perform(post("/me/gender").with(csrf()).param("gender", "WOMAN")).andReturn().getResponse()
                .getRedirectedUrl()).as("a visitor signs in first").endsWith("/login");
    }

    @Test
    void noPageJsonOrExportShowsItToAnyoneElseAdminsIncluded() throws Exception {
        String town = UnitFixtures.unique("Arequipa");
        UUID member = fixtures.memberIn("PE", town);
        UUID chapter = fixtures.chapterOf(member);
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);
        UUID internationalAdmin = fixtures.internationalAdmin();
        UUID mate = fixtures.memberIn("PE", town);
        declare(member, "ANOTHER");

        for (UUID reader : List.of(chapterAdmin, internationalAdmin, mate)) {
            for (String path : List.of("/members/" + member, "/units/" + chapter, "/units/" + chapter + "/admin",
                    "/units/" + chapter + "/audit", "/convention", "/me/export")) {
                assertThat(read(path, reader)).as(path).doesNotContain("Non-binary or another gender")
                        .doesNotContain("ANOTHER");
            }
            assertThat(read("/me", reader)).as("their own page offers the answers, none chosen")
                    .doesNotContainPattern("value=\"ANOTHER\"[^>]*selected");
        }
        assertThat(mvc.perform(get("/members/" + member)).andReturn().getResponse().getContentAsString())
                .doesNotContain("ANOTHER").doesNotContain("Non-binary");
        assertThat(read("/me/export", member)).contains("\"selfDeclaredGender\":\"ANOTHER\"");
    }

    @Test
    void erasureDeletesIt() throws Exception {
        UUID member = fixtures.memberIn("PE", UnitFixtures.unique("Trujillo"));
        declare(member, "WOMAN");
        assertThat(fixtures.count("SELECT count(*) FROM member_gender WHERE member_id = ?", member)).isEqualTo(1);
        accounts.delete(member);
        assertThat(fixtures.count("SELECT count(*) FROM member_gender WHERE member_id = ?", member)).isZero();
    }
}
