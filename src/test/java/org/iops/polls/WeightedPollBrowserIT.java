package org.iops.polls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Voting;
import org.iops.TestClock;
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
 * A branch decides by a chapter-weighted poll, in the browser: the branch's admin opens it through the form, one of
 * the four members of San José and two of Cartago's four vote on the poll's page (Cartago's other two and five of
 * Heredia's six vote too), the deadline passes by the test clock and the polls' close task counts it. Counted directly
 * the question would fail (four yes, six no); weighted, San José's one ballot speaks for its four members, Cartago's
 * four for its four and Heredia's five for its six, so it is adopted (7.6 to 6.4). The page shows the weighting in
 * its rules, each chapter's turnout, the weighted counts, the outcome, and each chapter's own counts: Heredia's
 * (five ballots), but not San José's or Cartago's (fewer than five each). Screenshots under
 * target/screenshots/weighted-*, axe-core on every screen, the result at a phone's 375 pixels.
 */
class WeightedPollBrowserIT extends BrowserTestSupport {

    record Member(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Closing closing;
    @Autowired
    TestClock clock;
    @Autowired
    Voting voting;

    Member admin;
    Member sanJoseVoter;
    Member cartagoFirst;
    Member cartagoSecond;
    String sanJose;
    String cartago;
    String heredia;
    List<UUID> alsoVoting = new ArrayList<>();
    UUID branch;

    private Member placed(String name, String town) {
        Member member = new Member(members.add(name), name);
        directory.place(member.memberId(), new Residence("CR", town, null));
        return member;
    }

    @BeforeAll
    void twoChaptersOfABranch() {
        sanJose = UnitFixtures.unique("San José");
        cartago = UnitFixtures.unique("Cartago");
        admin = placed("Marta Solís", sanJose);
        sanJoseVoter = placed("Diego Mora", sanJose);
        placed("Lucía Vargas", sanJose);
        placed("Andrés Quirós", sanJose);
        cartagoFirst = placed("Sofía Brenes", cartago);
        cartagoSecond = placed("Pablo Araya", cartago);
        alsoVoting.add(placed("Elena Rojas", cartago).memberId());
        alsoVoting.add(placed("Tomás Jiménez", cartago).memberId());
        heredia = UnitFixtures.unique("Heredia");
        for (String name : List.of("Carmen Soto", "Luis Chaves", "Ana Castro", "Jorge Ulate", "Rosa Montero")) {
            alsoVoting.add(placed(name, heredia).memberId());
        }
        placed("Óscar Salas", heredia);
        branch = fixtures.branchOf(admin.memberId());
        fixtures.grant(admin.memberId(), Role.ADMIN, branch);
    }

    @Test
    void eachChaptersResultCountsInProportionToItsMembers() throws Exception {
        Page adminPage = signedIn(admin, 1280);
        adminPage.navigate("/units/" + branch + "/polls/new");
        adminPage.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("Join the regional housing coalition");
        adminPage.getByLabel("What is decided").fill("The branch joins the coalition and sends one delegate.");
        adminPage.getByLabel("Kind of poll").selectOption("YES_NO");
        adminPage.getByLabel("How ballots add up").selectOption("CHAPTER_WEIGHTED");
        adminPage.getByLabel("Voting period in days").fill("7");
        adminPage.getByLabel("Quorum (% of the electorate who must vote)").fill("0");
        check(adminPage, admin, "form");
        adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the poll")).click();
        assertThat(adminPage.locator(".notice.success")).containsText("The poll is open.");
        assertThat(adminPage.getByText("Chapter-weighted: each chapter counts its own ballots").first()).isVisible();
        String pollPath = new java.net.URI(adminPage.url()).getPath();
        adminPage.context().close();
        UUID poll = UUID.fromString(pollPath.substring(pollPath.lastIndexOf('/') + 1));
        // Cartago's other two: no; Heredia's five: three yes, two no
        List<String> answers = List.of("NO", "NO", "YES", "YES", "YES", "NO", "NO");
        for (int i = 0; i < answers.size(); i++) {
            voting.cast(poll, alsoVoting.get(i), Choice.read(PollType.YES_NO, 0,
                    Map.of("answer", new String[] {answers.get(i)})));
        }

        vote(sanJoseVoter, pollPath, "Yes");
        vote(cartagoFirst, pollPath, "No");
        Page last = vote(cartagoSecond, pollPath, "No");
        Locator turnout = last.locator("#turnout");
        assertThat(turnout).containsText("10 ballots of 14 members");
        assertThat(turnout.locator("tr").filter(new Locator.FilterOptions().setHasText(sanJose)))
                .containsText("25");
        assertThat(turnout.locator("tr").filter(new Locator.FilterOptions().setHasText(cartago)))
                .containsText("100");
        check(last, cartagoSecond, "turnout");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(closing.closeIfDue(poll)).isTrue();
        last.navigate(pollPath);
        Locator result = last.locator(".poll-result");
        assertThat(result.locator(".poll-outcome")).containsText("Adopted");
        assertThat(result).containsText("Counts are weighted: each chapter's ballots count as much as its members");
        Locator totals = result.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Votes per option"));
        assertThat(totals.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Yes"))).containsText("7.600");
        assertThat(totals.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("No"))).containsText("6.400");

        Locator chapters = result.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Ballots per chapter"));
        assertThat(result).containsText("fewer than 5 members voted shows its turnout but not its counts");
        // Heredia's own ballots: 5 of its 6 voted, each counted 1.2, three yes, two no, no abstention
        assertThat(row(chapters, heredia).locator("td")).hasText(new String[] {"5 of 6", "1.200", "3", "2", "0"});
        String hidden = "Too few ballots to show";
        assertThat(row(chapters, sanJose).locator("td")).hasText(new String[] {"1 of 4", "4.000", hidden});
        assertThat(row(chapters, cartago).locator("td")).hasText(new String[] {"4 of 4", "1.000", hidden});
        check(last, cartagoSecond, "result");
    }

    private static Locator row(Locator table, String chapter) {
        return table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(chapter));
    }

    /** The member votes on the poll's page by its form; their page stays open. */
    private Page vote(Member voter, String pollPath, String answer) {
        Page voting = signedIn(voter, 1280);
        voting.navigate(pollPath);
        BallotForm.vote(voting, answer);
        return voting;
    }

    /** A screenshot on a desktop and on a phone, and axe-core on both. */
    private void check(Page desktop, Member reader, String name) {
        screenshot(desktop, "weighted-" + name + "-desktop");
        assertAccessible(desktop);
        Page phone = signedIn(reader, 375);
        phone.navigate(desktop.url());
        screenshot(phone, "weighted-" + name + "-phone");
        assertAccessible(phone);
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(name + " fits a phone without sideways scrolling").isTrue();
        phone.context().close();
    }
}
