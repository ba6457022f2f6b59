package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every kind of poll votes and counts through its page, as members see it. */
@ApplicationTest
class PollPagesTests extends PollsTestBase {

    record Chapter(UUID unit, List<UUID> members) {
    }

    Chapter chapter(int size) {
        String town = UnitFixtures.unique("Lisboa");
        List<UUID> members = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(fixtures.memberIn("PT", town));
        }
        return new Chapter(fixtures.chapterOf(members.get(0)), members);
    }

    PollId open(Chapter chapter, PollType type, List<String> options, Secrecy secrecy) {
        return polls.open(PollFixtures.spec(chapter.unit(), chapter.members().get(0), type, options, secrecy, clock));
    }

    MockHttpServletResponse vote(PollId poll, UUID member, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/polls/" + poll + "/vote").with(csrf()).with(fixtures.as(member));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(PollId poll, UUID member) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/polls/" + poll).with(fixtures.as(member))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    void pastTheDeadline(PollId poll) {
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(poll.value())).isTrue();
    }

    @Test
    void aConsentPollIsBlockedByOneBlockWithItsReasonShown() throws Exception {
        Chapter c = chapter(3);
        PollId poll = open(c, PollType.CONSENT, List.of(), Secrecy.SECRET);
        assertThat(vote(poll, c.members().get(0), "answer", "AGREE").getStatus()).isEqualTo(302);
        assertThat(vote(poll, c.members().get(1), "answer", "AGREE").getStatus()).isEqualTo(302);
        MockHttpServletResponse noReason = vote(poll, c.members().get(2), "answer", "BLOCK", "reason", " ");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("a block needs a reason");
        assertThat(vote(poll, c.members().get(2), "answer", "BLOCK", "reason", "Breaks our statutes").getStatus())
                .isEqualTo(302);
        assertThat(page(poll, c.members().get(0))).contains("The result is shown after the deadline.")
                .doesNotContain("Breaks our statutes");

        pastTheDeadline(poll);
        assertThat(page(poll, c.members().get(0))).contains("Blocked").contains("Breaks our statutes");
    }

    @Test
    void aYesNoPollAdoptsByMajorityAndTheLastBallotCounts() throws Exception {
        Chapter c = chapter(3);
        PollId poll = open(c, PollType.YES_NO, List.of(), Secrecy.SECRET);
        vote(poll, c.members().get(0), "answer", "YES");
        vote(poll, c.members().get(1), "answer", "NO");
        vote(poll, c.members().get(2), "answer", "NO");
        assertThat(page(poll, c.members().get(2))).contains("You have voted.");
        vote(poll, c.members().get(2), "answer", "YES");

        pastTheDeadline(poll);
        assertThat(polls.find(poll).orElseThrow().outcome()).isEqualTo(PollOutcome.ADOPTED);
        assertThat(page(poll, c.members().get(1))).contains("Adopted").contains("3 ballots of 3 members");
    }

    @Test
    void singleChoiceAndApprovalElectTheMostVoted() throws Exception {
        Chapter c = chapter(3);
        PollId single = open(c, PollType.SINGLE_CHOICE, List.of("Park", "Library", "Café"), Secrecy.SECRET);
        vote(single, c.members().get(0), "option", "1");
        vote(single, c.members().get(1), "option", "1");
        vote(single, c.members().get(2), "option", "0");
        PollId approval = open(c, PollType.APPROVAL, List.of("Park", "Library", "Café"), Secrecy.SECRET);
        vote(approval, c.members().get(0), "option", "0", "option", "2");
        vote(approval, c.members().get(1), "option", "2");
        assertThat(vote(approval, c.members().get(2), "option", "2", "option", "2").getStatus()).isEqualTo(422);

        pastTheDeadline(single);
        assertThat(closing.closeIfDue(approval.value())).isTrue();
        assertThat(polls.find(single).orElseThrow().winners()).containsExactly("Library");
        assertThat(polls.find(approval).orElseThrow().winners()).containsExactly("Café");
        assertThat(page(approval, c.members().get(0))).contains("Chosen: Café");
    }

    @Test
    void rankedChoiceTransfersVotesRoundByRound() throws Exception {
        Chapter c = chapter(5);
        PollId poll = open(c, PollType.RANKED, List.of("Ana", "Bruno", "Clara"), Secrecy.SECRET);
        // first preferences: Ana 2, Bruno 2, Clara 1; Clara's ballot goes to Bruno, who wins in round 2
        vote(poll, c.members().get(0), "rank-0", "1");
        vote(poll, c.members().get(1), "rank-0", "1", "rank-2", "2");
        vote(poll, c.members().get(2), "rank-1", "1");
        vote(poll, c.members().get(3), "rank-1", "1", "rank-0", "2");
        vote(poll, c.members().get(4), "rank-2", "1", "rank-1", "2");
        assertThat(vote(poll, c.members().get(4), "rank-0", "1", "rank-1", "1").getStatus())
                .as("two options at one rank").isEqualTo(422);
        assertThat(vote(poll, c.members().get(4), "rank-7", "1").getStatus()).as("an unknown option").isEqualTo(422);

        pastTheDeadline(poll);
        assertThat(polls.find(poll).orElseThrow().winners()).containsExactly("Bruno");
        assertThat(page(poll, c.members().get(0))).contains("Round 1").contains("Round 2")
                .as("the engine's own rounds, with their chart")
                .contains("Clara has the fewest votes (1) and is eliminated", "Elected: Bruno", "role=\"img\"");
    }

    @Test
    void aClosedRankedPollsBallotsAreRecountedByTheTallyCommandToTheSameWinner(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws Exception {
        Chapter c = chapter(5);
        PollId poll = open(c, PollType.RANKED, List.of("Ana", "Bruno", "Clara"), Secrecy.SECRET);
        vote(poll, c.members().get(0), "rank-0", "1");
        vote(poll, c.members().get(1), "rank-0", "1", "rank-2", "2");
        vote(poll, c.members().get(2), "rank-1", "1");
        vote(poll, c.members().get(3), "rank-1", "1", "rank-0", "2");
        vote(poll, c.members().get(4), "rank-2", "1", "rank-1", "2");
        String kit = "/polls/" + poll + "/recount.zip";
        assertThat(mvc.perform(get(kit).with(fixtures.as(c.members().get(0)))).andReturn().getResponse().getStatus())
                .as("not before the deadline").isEqualTo(404);

        pastTheDeadline(poll);
        assertThat(page(poll, c.members().get(0))).contains(kit);
        MockHttpServletResponse zip = mvc.perform(get(kit).with(fixtures.as(c.members().get(1)))).andReturn()
                .getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getContentType()).isEqualTo("application/zip");
        List<String> files = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.getContentAsByteArray()))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.add(entry.getName());
                java.nio.file.Files.write(folder.resolve(entry.getName()), in.readAllBytes());
            }
        }
        assertThat(files).containsExactly("contest.json", "ballots.json");
        assertThat(java.nio.file.Files.readString(folder.resolve("ballots.json"))).contains("CVR.CVR")
                .doesNotContain(c.members().get(0).toString());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = org.iops.decisions.counting.cli.TallyCommand.run(
                new String[] {folder.resolve("contest.json").toString()}, new java.io.PrintStream(out, true),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).as("the recount names the published winner").contains("Bruno");
        assertThat(polls.find(poll).orElseThrow().winners()).containsExactly("Bruno");
    }

    @Test
    void schulzeChoosesTheCondorcetWinner() throws Exception {
        Chapter c = chapter(3);
        PollId poll = open(c, PollType.SCHULZE, List.of("A", "B", "C"), Secrecy.SECRET);
        vote(poll, c.members().get(0), "rank-0", "1", "rank-1", "2", "rank-2", "3");
        vote(poll, c.members().get(1), "rank-1", "1", "rank-0", "2", "rank-2", "3");
        vote(poll, c.members().get(2), "rank-2", "1", "rank-0", "2", "rank-1", "3");

        pastTheDeadline(poll);
        assertThat(polls.find(poll).orElseThrow().winners()).containsExactly("A");
        assertThat(page(poll, c.members().get(0))).contains("Ranking");
    }

    @Test
    void aMeetingTimeGoesToTheTimeMostCanAttend() throws Exception {
        Chapter c = chapter(3);
        PollId poll = open(c, PollType.MEETING_TIME, List.of("Mon 18:00", "Tue 19:00"), Secrecy.OPEN);
        vote(poll, c.members().get(0), "time-0", "Y", "time-1", "M");
        vote(poll, c.members().get(1), "time-0", "N", "time-1", "Y");
        assertThat(vote(poll, c.members().get(2), "time-0", "Y").getStatus()).as("every time answered").isEqualTo(422);
        vote(poll, c.members().get(2), "time-0", "N", "time-1", "M");
        assertThat(page(poll, c.members().get(0))).as("an open ballot shows the result live")
                .contains("Result so far").contains("Mon 18:00: Yes; Tue 19:00: If need be")
                .as("an open poll is not yet decided: its outcome reads as what closing now would give")
                .contains("If voting closed now: Decided").doesNotContain("<strong>Decided</strong>");

        pastTheDeadline(poll);
        assertThat(polls.find(poll).orElseThrow().winners()).containsExactly("Tue 19:00");
    }

    /**
     * Changing an open vote starts from the member's current one (answer, options, ranks, times and a block's
     * reason); a secret ballot, which carries no member, starts empty.
     */
    @Test
    void changingAnOpenVoteStartsFromTheCurrentOneASecretVoteFromNothing() throws Exception {
        Chapter c = chapter(2);
        UUID member = c.members().get(0);
        PollId consent = open(c, PollType.CONSENT, List.of(), Secrecy.OPEN);
        vote(consent, member, "answer", "BLOCK", "reason", "It costs the whole fund");
        assertThat(page(consent, member)).contains("Change your vote")
                .containsPattern("value=\"BLOCK\" id=\"[^\"]+\" checked").containsPattern("<textarea[^>]*name=\"reason\"[^>]*>It costs the whole fund</textarea>")
                .doesNotContainPattern("value=\"AGREE\" id=\"[^\"]+\" checked");
        assertThat(page(consent, c.members().get(1))).as("someone else's form starts empty").doesNotContain("checked");

        PollId approval = open(c, PollType.APPROVAL, List.of("Park", "Library", "Café"), Secrecy.OPEN);
        vote(approval, member, "option", "0", "option", "2");
        assertThat(page(approval, member)).containsPattern("value=\"0\" id=\"[^\"]+\" checked")
                .containsPattern("value=\"2\" id=\"[^\"]+\" checked").doesNotContainPattern("value=\"1\" id=\"[^\"]+\" checked");

        PollId ranked = open(c, PollType.RANKED, List.of("Ana", "Bruno", "Clara"), Secrecy.OPEN);
        vote(ranked, member, "rank-2", "1", "rank-0", "2");
        assertThat(page(ranked, member)).containsPattern("name=\"rank-2\">\\s*<option value=\"\">[^<]*</option>\\s*"
                + "<option value=\"1\" selected>").containsPattern("name=\"rank-0\">\\s*<option value=\"\">[^<]*</option>\\s*"
                + "<option value=\"1\">[^<]*</option>\\s*<option value=\"2\" selected>").doesNotContainPattern(
                "name=\"rank-1\">[^/]*selected");

        PollId times = open(c, PollType.MEETING_TIME, List.of("Mon 18:00", "Tue 19:00"), Secrecy.OPEN);
        vote(times, member, "time-0", "N", "time-1", "M");
        assertThat(page(times, member)).containsPattern("name=\"time-0\" value=\"N\" id=\"[^\"]+\" checked")
                .containsPattern("name=\"time-1\" value=\"M\" id=\"[^\"]+\" checked");

        PollId secret = open(c, PollType.YES_NO, List.of(), Secrecy.SECRET);
        vote(secret, member, "answer", "NO");
        assertThat(page(secret, member)).contains("Change your vote").doesNotContain("checked");
    }
}
