package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.iops.web.Honeypot;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A robot that fills the join form's honeypot is answered as if it had joined, and nothing is written or sent. */
class JoinHoneypotTests extends MembersIntegrationTest {

    @Test
    void theJoinFormCarriesAHoneypotThatPeopleDoNotSee() throws Exception {
        String form = perform(get("/join")).getContentAsString();
        assertThat(form).contains("name=\"" + Honeypot.FIELD + "\"").contains("class=\"hp-field\"").contains("tabindex=\"-1\"");
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButWritesNothing() throws Exception {
        String email = newEmail("robot");
        MockHttpServletResponse response = perform(joinRequest(email, "Robot", "DE", "Berlin")
                .param(Honeypot.FIELD, "https://spam.example"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/join/sent");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isZero();
        assertThat(count("SELECT count(*) FROM notification WHERE address = ?", email)).isZero();
    }

    @Test
    void anEmptyHoneypotJoinsAsBefore() throws Exception {
        String email = newEmail("person");
        assertThat(perform(joinRequest(email, "Person", "DE", "Berlin").param(Honeypot.FIELD, "")).getRedirectedUrl())
                .isEqualTo("/join/sent");
        assertThat(count("SELECT count(*) FROM member WHERE email = ?", email)).isEqualTo(1);
    }
}
