package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The join form never tells whether an address is registered, whatever else is wrong with the form: a town the site
 * cannot use is refused on the form for a registered address exactly as for a new one, and nothing is sent.
 */
class JoinAnswerTests extends MembersIntegrationTest {

    @Test
    void anUnusableTownIsRefusedAlikeForARegisteredAndANewAddress() throws Exception {
        String registered = newEmail("registered-join");
        verifiedMember(registered, "Registered Joiner", "NO", "Bergen");
        int mails = Outbox.settledCount(registered);
        String unknown = newEmail("unknown-join");

        MockHttpServletResponse known = perform(joinRequest(registered, "Someone", "NO", "\u0301\u0301")
                .param("newPlace", "true"));
        MockHttpServletResponse other = perform(joinRequest(unknown, "Someone", "NO", "\u0301\u0301")
                .param("newPlace", "true"));

        assertThat(known.getStatus()).isEqualTo(other.getStatus()).isEqualTo(422);
        assertThat(known.getRedirectedUrl()).isEqualTo(other.getRedirectedUrl()).isNull();
        assertThat(known.getContentAsString()).contains("value=\"" + registered + "\"");
        assertThat(Outbox.settledCount(registered)).as("no 'someone tried to join' mail").isEqualTo(mails);
        assertThat(Outbox.to(unknown)).isEmpty();
    }
}
