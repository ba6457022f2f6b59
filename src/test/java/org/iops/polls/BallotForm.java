package org.iops.polls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Voting as a member does in a browser, on a poll's page: the ballot form's labels and buttons. */
public final class BallotForm {

    private BallotForm() {
    }

    /**
     * Marks {@code answer} (a radio's exact label: "Yes", an option's text) on the open poll page, presses "Vote",
     * waits for the page to say the vote was counted and returns the receipt code it shows once.
     */
    public static String vote(Page poll, String answer) {
        poll.getByLabel(answer, new Page.GetByLabelOptions().setExact(true)).check();
        poll.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vote")).click();
        assertThat(poll.getByRole(AriaRole.STATUS).first()).containsText("Your vote was counted.");
        return poll.locator("#receipt-code").textContent().strip();
    }
}
