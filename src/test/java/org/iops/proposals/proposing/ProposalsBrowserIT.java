package org.iops.proposals.proposing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.polls.BallotForm;
import org.iops.polls.core.Closing;
import org.iops.units.Residence;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A proposal to a chapter from start to outcome: its admin sets the chapter's rules, a member puts a proposal, a
 * second comments and proposes an amendment, the author accepts it, the versions show the change, two members
 * support it, the discussion ends by the test clock and the vote opens on the frozen text; three members vote on the
 * poll page (one changes their vote), the voting deadline passes by the test clock and the polls' close task counts
 * the poll; the outcome is on the proposal and the chapter's page, and a voter finds their receipt code on the
 * bulletin board while a superseded and a forged code are not there. Every screen checked by axe-core, on a desktop and at a
 * phone's 375 pixels, screenshots under target/screenshots/proposals-*.
 */
class ProposalsBrowserIT extends BrowserTestSupport {

    record Member(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    TestClock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    Closing closing;

    Member author;
    Member amender;
    Member third;
    Member admin;
    UUID chapter;
    final Map<Member, Page> phones = new HashMap<>();

    private Member placed(String name, String town) {
        Member member = new Member(members.add(name), name);
        directory.place(member.memberId(), new Residence("AR", town, null));
        return member;
    }

    @BeforeAll
    void fourMembersOfAChapter() {
        String town = UnitFixtures.unique("Rosario");
        author = placed("Amara Okafor", town);
        amender = placed("Tomás Rivera", town);
        third = placed("Lena Vogel", town);
        admin = placed("Ines Duarte", town);
        chapter = fixtures.chapterOf(author.memberId());
        fixtures.grant(admin.memberId(), Role.ADMIN, chapter);
    }

    @Test
    void aProposalIsPutDiscussedAmendedSupportedVotedOnAndEndsWithARecordedOutcome() {
        Page adminPage = signedIn(admin, 1280);
        adminPage.navigate("/units/" + chapter);
        adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proposal rules")).click();
        adminPage.getByLabel("Support needed", new Page.GetByLabelOptions().setExact(true)).fill("3");
        adminPage.getByLabel("How members vote").selectOption("YES_NO");
        adminPage.getByLabel("Quorum, in percent of the members").fill("0");
        adminPage.getByLabel("Why (optional)").fill("Agreed at the March assembly");
        adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the rules")).click();
        assertThat(adminPage.locator(".notice.success")).containsText("The new rules are recorded.");
        assertThat(adminPage.locator(".rule-history")).containsText("Agreed at the March assembly");
        check(adminPage, admin, "rules");

        Page mine = signedIn(author, 1280);
        mine.navigate("/units/" + chapter);
        mine.locator("#section-proposals").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Put a proposal")).click();
        mine.getByLabel("Title").fill("A tool library in the community centre");
        mine.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
                .fill("We open a **tool library** on Saturdays.\n\nMembers lend and borrow tools for free.");
        check(mine, author, "new");
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put the proposal")).click();
        assertThat(mine.locator(".notice.success")).containsText("Your proposal is up for discussion.");
        assertThat(mainHeading(mine)).hasText("A tool library in the community centre");
        assertThat(mine.locator(".proposal-support")).containsText("1 supporter of 3 needed");
        String proposalUrl = mine.url();

        Page theirs = signedIn(amender, 1280);
        theirs.navigate(proposalUrl);
        theirs.getByLabel("Your comment").fill("Great idea, I can lend a drill.");
        theirs.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(theirs.getByText("Great idea, I can lend a drill.")).isVisible();
        theirs.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose an amendment")).click();
        theirs.getByLabel("The text as amended").fill(
                "We open a **tool library** on Saturdays and Wednesdays.\n\nMembers lend and borrow tools for free.");
        theirs.getByLabel("Why").fill("Many of us work on Saturdays.");
        check(theirs, amender, "amend");
        theirs.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the amendment")).click();
        assertThat(theirs.locator(".notice.success")).containsText("Your amendment is proposed");
        String amendmentUrl = theirs.url();

        mine.navigate(amendmentUrl);
        assertThat(mine.locator(".proposal-diff ins")).containsText("and Wednesdays");
        check(mine, author, "amendment");
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the amendment")).click();
        assertThat(mine.locator(".notice.success")).containsText("Amendment accepted");
        assertThat(mine.locator(".prose")).containsText("Saturdays and Wednesdays");
        mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("versions and changes")).click();
        assertThat(mine.locator(".proposal-diff ins")).containsText("and Wednesdays");
        check(mine, author, "versions");

        for (Member supporter : List.of(amender, third)) {
            Page page = signedIn(supporter, 1280);
            page.navigate(proposalUrl);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Support this proposal")).click();
            assertThat(page.locator(".notice.success")).containsText("You support this proposal.");
            page.context().close();
        }
        mine.navigate(proposalUrl);
        assertThat(mine.locator(".proposal-support")).containsText("3 supporters of 3 needed");
        check(mine, author, "discussion");

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        deadlines.run();
        mine.navigate(proposalUrl);
        assertThat(mine.locator(".proposal-state")).containsText("Voting.");
        assertThat(mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the vote"))).isVisible();
        assertThat(mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose an amendment")))
                .hasCount(0);
        check(mine, author, "voting");

        // three members vote on the poll page, by its form; Tomás changes his mind before the deadline
        String pollPath = mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the vote"))
                .getAttribute("href");
        mine.navigate(pollPath);
        check(mine, author, "poll");
        String authorsCode = BallotForm.vote(mine, "Yes");
        check(mine, author, "voted");
        Page tomas = signedIn(amender, 1280);
        tomas.navigate(pollPath);
        String tomasFirstCode = BallotForm.vote(tomas, "No");
        tomas.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        tomas.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change my vote")).click();
        assertThat(tomas.locator("#receipt-code")).not().hasText(tomasFirstCode);
        String tomasCode = tomas.locator("#receipt-code").textContent().strip();
        assertThat(tomas.getByText("You have voted.")).isVisible();
        Page lena = signedIn(third, 1280);
        lena.navigate(pollPath);
        String lenasCode = BallotForm.vote(lena, "No");
        assertThat(List.of(authorsCode, tomasFirstCode, tomasCode, lenasCode)).doesNotHaveDuplicates();
        lena.context().close();

        // the deadline passes by the test clock; the polls' close task counts the poll (its result comes back to the
        // proposal as PollClosed, after the commit)
        clock.advance(Duration.ofDays(8));
        assertThat(closing.closeIfDue(UUID.fromString(pollPath.substring(pollPath.lastIndexOf('/') + 1)))).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            mine.navigate(proposalUrl);
            assertThat(mine.locator(".proposal-state .outcome")).containsText("Outcome:");
        });
        assertThat(mine.locator(".proposal-state .outcome")).containsText("Adopted");
        check(mine, author, "closed");
        mine.navigate("/units/" + chapter);
        assertThat(mine.locator("#section-proposals")).containsText("Recent outcomes");
        assertThat(mine.locator("#section-proposals")).containsText("A tool library in the community centre");
        check(mine, author, "chapter");

        // Tomás checks on the bulletin board that his last ballot was counted as cast; his first and a forged code are not there
        tomas.navigate(pollPath);
        assertThat(tomas.locator(".poll-outcome")).containsText("Adopted");
        check(tomas, amender, "result");
        tomas.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Bulletin board: every ballot by its receipt code")).click();
        assertThat(mainHeading(tomas)).containsText("Bulletin board");
        checkReceipt(tomas, tomasCode);
        assertThat(tomas.getByRole(AriaRole.STATUS)).containsText("is on the board. Your ballot: Yes");
        check(tomas, amender, "board");
        checkReceipt(tomas, tomasFirstCode);
        assertThat(tomas.getByText("This code is not on the board.").first()).isVisible();
        checkReceipt(tomas, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(tomas.getByText("This code is not on the board.").first()).isVisible();
        // the refusal is the answer to a POST: checked where it is shown (the board itself was checked on a phone)
        screenshot(tomas, "proposals-board-forged-desktop");
        assertAccessible(tomas);
    }


    private static void checkReceipt(Page board, String code) {
        board.getByLabel("Receipt code").fill(code);
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
    }

    /** A screenshot on a desktop and on a phone, and axe-core on both. */
    private void check(Page desktop, Member reader, String name) {
        screenshot(desktop, "proposals-" + name + "-desktop");
        assertAccessible(desktop);
        // one phone per member for the whole journey: a new browser context and session per screen cost seconds
        Page phone = phones.computeIfAbsent(reader, member -> signedIn(member, 375));
        phone.navigate(desktop.url());
        screenshot(phone, "proposals-" + name + "-phone");
        assertAccessible(phone);
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(name + " fits a phone without sideways scrolling").isTrue();
    }
}
