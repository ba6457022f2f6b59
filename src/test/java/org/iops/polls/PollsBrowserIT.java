package org.iops.polls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.polls.core.Closing;
import org.iops.units.Residence;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member votes in a secret poll, changes their vote, and after the deadline (the test clock) finds their receipt
 * on the bulletin board; a ranked ballot is filled in with a select per option; an admin cancels a poll. Every screen checked by axe-core on
 * a desktop and at a phone's 375 pixels, screenshots under target/screenshots/polls-*.
 */
class PollsBrowserIT extends BrowserTestSupport {

    record Voter(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Polls polls;
    @Autowired
    Closing closing;
    @Autowired
    TestClock clock;

    Voter voter;
    Voter other;
    UUID chapter;

    @BeforeAll
    void twoMembersOfAChapter() {
        String town = UnitFixtures.unique("Curitiba");
        voter = new Voter(members.add("Ana Souza"), "Ana Souza");
        directory.place(voter.memberId(), new Residence("BR", town, null));
        other = new Voter(members.add("Rui Costa"), "Rui Costa");
        directory.place(other.memberId(), new Residence("BR", town, null));
        chapter = fixtures.chapterOf(voter.memberId());
    }

    @Test
    void aMemberVotesChangesTheirVoteAndFindsTheirReceiptOnTheBoard() {
        PollId poll = polls.open(PollFixtures.spec(chapter, voter.memberId(), PollType.YES_NO, List.of(),
                Secrecy.SECRET, clock));
        signIn(context, voter);
        page.navigate("/polls/" + poll);
        check("open", voter);
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vote")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your vote was counted.");
        String first = page.locator("#receipt-code").textContent();
        check("voted", voter);

        page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change my vote")).click();
        String second = page.locator("#receipt-code").textContent();
        assertThat(second).isNotEqualTo(first);
        assertThat(page.getByText("You have voted.")).isVisible();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(poll.value())).isTrue();
        page.navigate("/polls/" + poll);
        assertThat(page.locator(".poll-outcome")).containsText("Rejected");
        check("result", voter);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bulletin board: every ballot by its receipt code"))
                .click();
        page.getByLabel("Receipt code").fill(first);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
        assertThat(page.getByText("This code is not on the board.").first()).isVisible();
        page.getByLabel("Receipt code").fill(second);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is on the board. Your ballot: No");
        check("board", voter);
    }

    @Test
    void aRankedBallotIsFilledInWithoutDragging() {
        PollId poll = polls.open(PollFixtures.spec(chapter, other.memberId(), PollType.RANKED,
                List.of("Community garden", "Tool library", "Night school"), Secrecy.SECRET, clock));
        signIn(context, other);
        page.navigate("/polls/" + poll);
        check("ranked", other);
        page.getByLabel("Tool library").selectOption("1");
        page.getByLabel("Night school").selectOption("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vote")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your vote was counted.");
    }

    @Test
    void anAdminCancelsAPollWithAReasonAndItsPageSaysSo() {
        Voter admin = new Voter(members.add("Lia Prado"), "Lia Prado");
        fixtures.grant(admin.memberId(), org.iops.units.Role.ADMIN, chapter);
        PollId poll = polls.open(PollFixtures.spec(chapter, voter.memberId(), PollType.YES_NO, List.of(),
                Secrecy.SECRET, clock));
        signIn(context, admin);
        page.navigate("/polls/" + poll);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel this poll")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the poll")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Say why the poll is cancelled.");
        check("cancel-confirm", admin);
        page.getByLabel("Reason").fill("The same question is already being voted on in the branch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the poll")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The poll was cancelled.");
        assertThat(page.getByText("You are not on this poll")).hasCount(0);
        assertThat(page.locator(".poll-cancelled")).containsText(
                "Cancelled: The same question is already being voted on in the branch, by Lia Prado");
        check("cancelled", admin);
    }

    /** A screenshot on a desktop and on a phone, and axe-core on both. */
    private void check(String name, Voter member) {
        screenshot(page, "polls-" + name + "-desktop");
        assertAccessible(page);
        BrowserContext phone = newContext("en-GB", 375, 812);
        signIn(phone, member);
        Page onPhone = phone.newPage();
        onPhone.navigate(page.url());
        screenshot(onPhone, "polls-" + name + "-phone");
        assertAccessible(onPhone);
        assertThat((Boolean) onPhone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(name + " fits a phone without sideways scrolling").isTrue();
        phone.close();
    }
}
