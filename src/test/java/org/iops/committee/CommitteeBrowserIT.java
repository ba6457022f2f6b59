package org.iops.committee;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.committee.queries.Deadlines;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.iops.polls.BallotForm;
import org.iops.polls.core.Closing;
import org.iops.units.Residence;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The committee scenario in a real browser: Ana circulates a query to her chapter's committee; Bruno answers
 * by the email's one-click link (a confirmation page, then the button), Carla by replying to the email with a block,
 * Dora does not reply; at the deadline (the test clock) Dora is recorded "no reply", counted as the procedures say,
 * and the block escalates the query to a member poll of the chapter; the members vote on the poll's page, the polls'
 * close task counts it, Ana puts the committee's compromise against the most popular option in a run-off, the
 * members choose the compromise, and the page shows the tally, who answered what, the procedure and every step.
 * Screenshots under target/screenshots/committee-*, axe-core on every screen, the answer page and the decided query
 * at phone width.
 */
class CommitteeBrowserIT extends BrowserTestSupport {

    private static final String MAILBOX = "replies@replies.example.org";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    record Member(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectory directory;
    @Autowired
    TestClock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    InboundReplies inbound;
    @Autowired
    Closing closing;

    Member ana;
    Member bruno;
    Member carla;
    Member dora;
    Member eva;
    UUID chapter;

    @BeforeAll
    void aChapterWithACommitteeOfFour() {
        String town = UnitFixtures.unique("Évora");
        ana = place("Ana Lima", town);
        bruno = place("Bruno Sousa", town);
        carla = place("Carla Reis", town);
        dora = place("Dora Matos", town);
        eva = place("Eva Costa", town);
        chapter = fixtures.chapterOf(ana.memberId());
        for (Member member : List.of(ana, bruno, carla, dora)) {
            fixtures.grant(member.memberId(), Role.COMMITTEE_MEMBER, chapter);
        }
    }

    @Test
    void aQueryAnsweredByLinkAndByReplyWithOneSilenceIsEscalatedToAMemberPollThenARunOff() throws Exception {
        signIn(context, ana);
        page.navigate("/units/" + chapter + "/committee");
        assertThat(mainHeading(page)).containsText("Committee of");
        assertThat(page.getByText("4 committee members")).isVisible();
        screenshot(page, "committee-unit");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Circulate a query")).click();
        assertThat(mainHeading(page)).hasText("Circulate a query");
        page.getByLabel("Title").fill("Share the office with the tenants' union");
        page.getByLabel("The proposal").fill("We offer the **tenants' union** two evenings a week in our office.");
        page.getByLabel("Answers close at the end of").fill(
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(5).toString());
        screenshot(page, "committee-new");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate to the committee")).click();
        assertThat(mainHeading(page)).hasText("Share the office with the tenants' union");
        String queryPath = new java.net.URI(page.url()).getPath();

        // Bruno opens the consent link from his email, not signed in, on his phone: nothing is recorded until he confirms
        String link = CommitteeIntegrationTest.answerLink(bruno.memberId(), 1);
        BrowserContext phone = newPhoneContext("en-GB");
        Page brunos = phone.newPage();
        brunos.navigate(link + "?answer=consent");
        assertThat(mainHeading(brunos)).hasText("Share the office with the tenants' union");
        assertThat(brunos.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirm your answer: Consent")))
                .isVisible();
        screenshot(brunos, "committee-answer-link-phone");
        assertAccessible(brunos);
        page.reload();
        assertThat(page.locator(".committee-consent strong")).hasText("0");
        brunos.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my answer")).click();
        assertThat(brunos.getByRole(AriaRole.STATUS)).containsText("Recorded: Consent");
        screenshot(brunos, "committee-answer-recorded-phone");
        assertAccessible(brunos);
        phone.close();

        // Carla replies to the email with a block and her reason
        greenMail.setUser(MAILBOX, "replies", "secret");
        CommitteeReplyByEmailTests.reply(greenMail.getSmtp().getPort(), carla.memberId(), 1,
                "Block: the office is where we keep members' files.");
        assertThat(inbound.poll(new Mailbox("127.0.0.1", greenMail.getImap().getPort(), "replies", "secret", "imap")))
                .isEqualTo(1);

        page.reload();
        assertThat(page.locator(".committee-consent strong")).hasText("1");
        assertThat(page.locator(".committee-block strong")).hasText("1");
        assertThat(page.locator(".committee-noreply strong")).hasText("2");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("the office is where we keep members' files.");
        screenshot(page, "committee-query-open");
        assertAccessible(page);

        // the deadline passes: Ana and Dora did not reply; the block escalates the query to a member poll
        clock.advance(Duration.ofDays(6));
        deadlines.closeDue();
        page.reload();
        assertThat(page.locator(".committee-noreply strong")).hasText("2");
        assertThat(page.getByText("2 non-replies were not counted.")).isVisible();
        assertThat(page.locator(".committee-history")).containsText("Escalated to a member poll because of a block.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The poll"))).isVisible();
        assertThat(page.locator(".badge").first()).hasText("Member poll open");
        assertThat(page.locator(".committee-answers tr").filter(new Locator.FilterOptions().setHasText("Dora Matos")))
                .containsText("No reply");
        screenshot(page, "committee-query-escalated");
        assertAccessible(page);
        String pollPath = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The poll"))
                .getAttribute("href");

        // a member of the chapter who is not on the committee reads it all, answers nothing
        BrowserContext evas = newContext("en-GB", 1280, 900);
        signIn(evas, eva);
        Page evaPage = evas.newPage();
        evaPage.navigate(queryPath);
        assertThat(evaPage.locator(".committee-answers")).containsText("Carla Reis");
        assertThat(evaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my answer"))).hasCount(0);
        evaPage.navigate("/units/" + chapter + "/committee/procedures");
        assertThat(mainHeading(evaPage)).containsText("Committee procedures of");
        screenshot(evaPage, "committee-procedures");
        assertAccessible(evaPage);
        evas.close();
        assertThat(CommitteeIntegrationTest.answerLink(dora.memberId(), 1)).startsWith("/committee/answer/");

        // the committee records a new version of its procedures: silence will be consent from now on
        page.navigate("/units/" + chapter + "/committee/procedures");
        page.getByLabel("Non-replies at the deadline").selectOption("CONSENT");
        page.getByLabel("Objections that escalate (more than this percentage)").fill("-5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this version")).click();
        assertThat(page.locator(".error-summary")).containsText("Give a share between 0 and 100.");
        screenshot(page, "committee-procedures-refused");
        assertAccessible(page);
        page.getByLabel("Objections that escalate (more than this percentage)").fill("20");
        page.getByLabel("Note").fill("Agreed at the June meeting.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this version")).click();
        assertThat(page.locator(".committee-history")).containsText("Version 1");
        assertThat(page.locator(".committee-history")).containsText("Agreed at the June meeting.");
        assertThat(page.locator(".lead")).containsText("Non-replies: counted as consent");
        screenshot(page, "committee-procedures-recorded");
        assertAccessible(page);

        // the chapter's members vote in the member poll on its page: two reject the proposal, one keeps it
        vote(eva, pollPath, "Reject the proposal", "committee-member-poll");
        vote(carla, pollPath, "Reject the proposal", null);
        vote(bruno, pollPath, "The proposal as circulated", null);
        clock.advance(Duration.ofDays(31));
        assertThat(closing.closeIfDue(pollId(pollPath))).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            page.navigate(queryPath);
            assertThat(page.locator(".committee-history")).containsText("most popular option “Reject the proposal”");
        });

        // the committee puts a compromise against the most popular option in a run-off
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the run-off")).click();
        assertThat(page.locator(".error-summary")).containsText("Write the compromise to put to the members.");
        page.getByLabel("The compromise").fill("We offer the tenants' union one evening a week, in the back room.");
        screenshot(page, "committee-runoff-form");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the run-off")).click();
        assertThat(page.locator(".badge").first()).hasText("Run-off open");
        assertThat(page.locator(".committee-history"))
                .containsText("Ana Lima put a compromise against the most popular option in a run-off.");
        screenshot(page, "committee-runoff-open");
        assertAccessible(page);
        String runoffPath = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The poll")).last()
                .getAttribute("href");
        assertThat(runoffPath).isNotEqualTo(pollPath);

        // the members choose the compromise; the run-off's result is the query's last step
        vote(eva, runoffPath, "The committee's compromise", "committee-runoff-poll");
        vote(bruno, runoffPath, "The committee's compromise", null);
        vote(carla, runoffPath, "Reject the proposal", null);
        clock.advance(Duration.ofDays(31));
        assertThat(closing.closeIfDue(pollId(runoffPath))).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            page.navigate(queryPath);
            assertThat(page.locator(".committee-history")).containsText("The run-off closed");
        });
        assertThat(page.locator(".committee-history")).containsText("“The committee's compromise”");
        screenshot(page, "committee-runoff-decided");
        assertAccessible(page);
        BrowserContext phoneReader = newPhoneContext("en-GB");
        signIn(phoneReader, eva);
        Page onPhone = phoneReader.newPage();
        onPhone.navigate(queryPath);
        assertThat(onPhone.locator(".committee-history")).containsText("The run-off closed");
        screenshot(onPhone, "committee-runoff-decided-phone");
        assertAccessible(onPhone);
        assertThat((Boolean) onPhone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("the decided query fits a phone").isTrue();
        phoneReader.close();
    }

    /** The member votes for {@code option} on the poll's page, by its form; with a name, the page is checked too. */
    private void vote(Member voter, String pollPath, String option, @Nullable String screenshotName) {
        Page voting = signedIn(voter, 1280);
        voting.navigate(pollPath);
        if (screenshotName != null) {
            screenshot(voting, screenshotName);
            assertAccessible(voting);
        }
        BallotForm.vote(voting, option);
        voting.context().close();
    }

    private static UUID pollId(String pollPath) {
        return UUID.fromString(pollPath.substring(pollPath.lastIndexOf('/') + 1));
    }

    private Member place(String name, String town) {
        UUID id = members.add(name);
        directory.place(id, new Residence("PT", town, null));
        return new Member(id, name);
    }
}
