package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A password reset (and a new confirmation link) must not tell by its timing whether an address is registered: the
 * request does the same for both, and the look-up, the link and the email happen afterwards, off the request. The
 * background executor is held here so the test sees exactly what the request itself did.
 */
class ResetTimingTests extends MembersIntegrationTest {

    @MockitoBean(name = "accountWork")
    Executor work;

    private long resetLinks(UUID member) {
        return count("SELECT count(*) FROM member_token WHERE member_id = ? AND purpose = 'RESET_PASSWORD'", member);
    }

    @Test
    void theRequestDoesTheSameForARegisteredAndAnUnregisteredAddress() throws Exception {
        String registered = newEmail("registered");
        UUID id = verifiedMember(registered, "Registered", "NO", "Bergen");
        String unregistered = newEmail("unregistered");

        MockHttpServletResponse known = perform(post("/password/reset").with(csrf()).param("email", registered));
        MockHttpServletResponse unknown = perform(post("/password/reset").with(csrf()).param("email", unregistered));
        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl());

        ArgumentCaptor<Runnable> tasks = ArgumentCaptor.forClass(Runnable.class);
        verify(work, times(2)).execute(tasks.capture());
        assertThat(resetLinks(id)).as("no link is made while the request is answered").isZero();
        assertThat(Outbox.to(registered)).hasSize(1);

        tasks.getAllValues().forEach(Runnable::run);
        assertThat(resetLinks(id)).isOne();
        assertThat(Outbox.latest(registered, 2).subject()).isEqualTo("Choose a new password");
        assertThat(Outbox.to(unregistered)).isEmpty();
    }

    @Test
    void aNewConfirmationLinkIsAlsoMadeOffTheRequest() throws Exception {
        String unconfirmed = newEmail("unconfirmed");
        perform(joinRequest(unconfirmed, "Unconfirmed", "NO", "Tromsø"));
        Outbox.await(unconfirmed, 1);

        perform(post("/verify/resend").with(csrf()).param("resend-email", unconfirmed));
        perform(post("/verify/resend").with(csrf()).param("resend-email", newEmail("stranger")));

        ArgumentCaptor<Runnable> tasks = ArgumentCaptor.forClass(Runnable.class);
        verify(work, times(2)).execute(tasks.capture());
        assertThat(count("SELECT count(*) FROM member_token WHERE member_id = ?", memberId(unconfirmed))).isOne();
        tasks.getAllValues().forEach(Runnable::run);
        assertThat(Outbox.latest(unconfirmed, 2).link("/verify/")).startsWith("/verify/");
    }
}
