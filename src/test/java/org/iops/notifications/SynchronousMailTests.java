package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code iops.notifications.send-on-commit=caller} (the test profile's setting, for tests where timing does not
 * matter) the email has left when the request that caused it returns: a test can read it without waiting. The shared
 * context has it from the profile; a {@code @TestPropertySource} repeating it would start a context of its own.
 */
class SynchronousMailTests extends MembersIntegrationTest {

    @Test
    void theConfirmationEmailIsThereWhenTheJoinReturns() throws Exception {
        String email = newEmail("synchronous");
        assertThat(perform(joinRequest(email, "Sync", "NO", "Bergen")).getRedirectedUrl()).isEqualTo("/join/sent");

        assertThat(Outbox.to(email)).as("written before the response").hasSize(1);
    }
}
