package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A member reads their own page in their language: the country of their branch too, and counts with plurals. */
class LanguageAndWordsTests extends MembersIntegrationTest {

    @Test
    void theBranchIsNamedInTheReadersLanguageOnTheMembersPageAndProfile() throws Exception {
        String email = newEmail("brasil");
        UUID id = verifiedMember(email, "Brasileira", "BR", "Recife");
        Cookie session = login(email, PASSWORD);

        String spanish = perform(get("/me").cookie(session).cookie(new Cookie("iops_lang", "es")))
                .getContentAsString();
        assertThat(spanish).contains(">Brasil</a>").doesNotContain(">Brazil</a>");
        String german = perform(get("/members/" + id).cookie(session).cookie(new Cookie("iops_lang", "de")))
                .getContentAsString();
        assertThat(german).contains(">Brasilien</a>").contains("Ortsgruppe").doesNotContain("Chapter");
    }

    @Test
    void movingSaysTheNewBranchInTheReadersLanguage() throws Exception {
        String email = newEmail("mover");
        verifiedMember(email, "Mover", "FR", "Lille");
        Cookie session = login(email, PASSWORD);
        var moved = mvc.perform(post("/me/residence").with(csrf()).cookie(session).cookie(new Cookie("iops_lang", "de"))
                .param("country", "ES").param("locality", "Sevilla").param("neighbourhood", "")).andReturn();
        assertThat(moved.getResponse().getRedirectedUrl()).startsWith("/me");
        Object args = moved.getFlashMap().get("noticeArgs");
        assertThat((Object[]) args).containsExactly("Spanien", "Sevilla");
    }

    @Test
    void endingOtherSessionsCountsThemWithAPlural() throws Exception {
        String email = newEmail("sessions");
        verifiedMember(email, "Sessions", "NO", "Oslo");
        Cookie first = login(email, PASSWORD);
        // confirming the address signed the member in too: start from this one session
        mvc.perform(post("/me/sessions").with(csrf()).cookie(first));
        login(email, PASSWORD);
        var ended = mvc.perform(post("/me/sessions").with(csrf()).cookie(first)).andReturn();
        String page = perform(get("/me").cookie(first).flashAttrs(ended.getFlashMap())).getContentAsString();
        assertThat(page).contains("Your other session is logged out.");
    }
}
