package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Joining needs consent to the privacy policy, which the form links; the account records when it was given. */
class PrivacyConsentTests extends MembersIntegrationTest {

    @Test
    void theJoinFormLinksThePrivacyPolicyAndRefusesToJoinWithoutConsent() throws Exception {
        assertThat(perform(get("/join")).getContentAsString()).contains("href=\"/pages/privacy\"")
                .contains("name=\"privacyConsent\"");
        String email = newEmail("noconsent");
        MockHttpServletResponse refused = perform(post("/join").with(csrf()).param("email", email)
                .param("password", PASSWORD).param("displayName", "No Consent").param("country", "IS")
                .param("locality", "Vik").param("neighbourhood", "").param("bio", "").param("realName", ""));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Tick the box to agree to the privacy policy")
                .contains("href=\"#privacyConsent\"").contains("value=\"" + email + "\"");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isZero();
    }

    @Test
    void theAccountRecordsWhenItsMemberAgreed() throws Exception {
        String email = newEmail("consent");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        assertThat(perform(joinRequest(email, "Consenting", "IS", "Vik")).getRedirectedUrl()).isEqualTo("/join/sent");
        OffsetDateTime consent = db.sql("SELECT privacy_consent_at FROM member WHERE email = ?").param(email)
                .query(OffsetDateTime.class).single();
        assertThat(consent).isAfter(before);
    }
}
