package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each limited account form, pushed past its allowance by someone reading German, answers 429 with a
 * {@code Retry-After} and says in German (familiar address) what happened and how long to wait. (The sign-in form's
 * answer is a forward, which only the real server follows: {@code web/LimitedSignInLanguageTests}.)
 */
class LimitPagesInLanguageTests extends MembersIntegrationTest {

    /** Sends the n-th request until one is refused; fails if none is within {@code most}. */
    private MockHttpServletResponse pushPast(int most, IntFunction<MockHttpServletRequestBuilder> request)
            throws Exception {
        for (int i = 0; i < most; i++) {
            MockHttpServletResponse answer = perform(request.apply(i).header("Accept-Language", "de"));
            if (answer.getStatus() == 429) {
                assertThat(answer.getHeader("Retry-After")).isNotBlank();
                return answer;
            }
        }
        throw new AssertionError("no 429 after " + most + " requests");
    }

    @Test
    void joiningTooOftenFromOneNetwork() throws Exception {
        assertThat(pushPast(31, i -> joinRequest(newEmail("crowd"), "Crowd " + i, "AT", "Graz")).getContentAsString())
                .contains("In der letzten Stunde sind sehr viele Menschen aus deinem Netzwerk beigetreten");
    }

    @Test
    void askingForNewPasswordsOrLinksTooOften() throws Exception {
        assertThat(pushPast(11, i -> post("/password/reset").with(csrf()).param("email", newEmail("reset")))
                .getContentAsString()).contains("Du hast es in kurzer Zeit zu oft versucht");
        assertThat(pushPast(11, i -> post("/verify/resend").with(csrf()).param("resend-email", newEmail("resend")))
                .getContentAsString()).contains("Du hast es in kurzer Zeit zu oft versucht");
    }
}
