package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.iops.proposals.ProposalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Putting, reading, supporting, editing and withdrawing proposals, as members and visitors notice it. */
class ProposalsTests extends ProposalsIntegrationTest {

    @Autowired
    ProposalRepository proposals;
    @Autowired
    List<PersonalData> personalData;

    @Test
    void aMemberPutsAProposalToTheirChapterAndItIsDiscussedThere() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        ProposalId id = propose(author, chapter, "Bike repair day", "We **repair** bikes together.", "PUBLIC");

        String proposal = page(id.path(), null);
        assertThat(proposal).contains("Bike repair day", "<strong>repair</strong>", "In discussion.",
                "1 supporter of 3 needed to go to a vote", "Version 1 of the text");
        String unit = page("/units/" + chapter, null);
        assertThat(unit).contains("section-proposals", "In discussion", "Bike repair day");
        assertThat(page(id.path(), author)).as("the author supports it first").contains("Take back my support");
    }

    @Test
    void membersOfOtherUnitsAndVisitorsCannotPropose() throws Exception {
        UUID author = member();
        UUID stranger = member();
        UUID chapter = fixtures.chapterOf(author);

        assertThat(read("/units/" + chapter + "/proposals/new", stranger).getStatus()).isEqualTo(403);
        assertThat(send(proposalForm(chapter, "Not mine", "Text", "PUBLIC"), stranger).getStatus()).isEqualTo(403);
        MockHttpServletResponse visitor = read("/units/" + chapter + "/proposals/new", null);
        assertThat(visitor.getStatus()).isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).contains("/login");
        assertThat(count("SELECT count(*) FROM proposal WHERE title = 'Not mine'")).isZero();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        String title = "Bad " + UUID.randomUUID();

        MockHttpServletResponse empty = send(proposalForm(chapter, "", "", "PUBLIC"), author);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Give the proposal a title.",
                "Write the text of the proposal.");
        MockHttpServletResponse tooLong = send(proposalForm(chapter, "x".repeat(201), "Text", "PUBLIC"), author);
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("at most 200 characters, you wrote 201");
        MockHttpServletResponse days = send(proposalForm(chapter, title, "Text", "PUBLIC")
                .param("discussionDays", "0").param("votingDays", "abc"), author);
        assertThat(days.getStatus()).isEqualTo(422);
        assertThat(days.getContentAsString()).contains("A discussion lasts from 1 to 90 days.",
                "A vote lasts from 1 to 60 days.");
        MockHttpServletResponse language = send(proposalForm(chapter, title, "Text", "SECRET")
                .param("language", "xx"), author);
        assertThat(language.getStatus()).isEqualTo(422);
        assertThat(language.getContentAsString()).contains("Choose one of the languages in the list.",
                "Choose who can read it from the list.");
        assertThat(count("SELECT count(*) FROM proposal WHERE title = ?", title)).isZero();
        assertThat(read("/proposals/zzz", author).getStatus()).isEqualTo(404);
        assertThat(read("/proposals/" + UUID.randomUUID(), author).getStatus()).isEqualTo(404);
    }

    @Test
    void supportIsAToggleAndAMemberSupportsOnceHoweverOftenTheyAsk() throws Exception {
        UUID author = member();
        UUID neighbour = neighbourOf(author);
        UUID stranger = member();
        ProposalId id = propose(author, "Community fridge", "UNIT");

        assertThat(send(post(id.path() + "/support"), neighbour).getStatus()).isEqualTo(302);
        assertThat(page(id.path(), neighbour)).contains("2 supporters of 3 needed", "Take back my support");
        assertThat(proposals.support(id.value(), neighbour, clock.instant())).as("a second support").isFalse();
        assertThat(proposals.find(id.value()).orElseThrow().supporters()).isEqualTo(2);

        send(post(id.path() + "/support"), neighbour);
        assertThat(page(id.path(), neighbour)).contains("1 supporter of 3 needed", "Support this proposal");
        assertThat(send(post(id.path() + "/support"), stranger).getStatus())
                .as("a member of another chapter cannot even see a unit proposal").isEqualTo(404);
    }

    @Test
    void theAuthorEditsDuringTheDiscussionOnlyAndEachEditIsAVersion() throws Exception {
        UUID author = member();
        UUID other = neighbourOf(author);
        ProposalId id = propose(author, "Assembly hours", "MEMBERS");

        MockHttpServletResponse edited = send(post(id.path() + "/edit").param("title", "Assembly hours")
                .param("body", "We meet on Tuesdays at seven."), author);
        assertThat(edited.getRedirectedUrl()).isEqualTo(id.path());
        assertThat(page(id.path(), other)).contains("Version 2 of the text", "Tuesdays at seven");
        String versions = page(id.path() + "/versions", other);
        assertThat(versions).contains("Changes from version 1 to version 2", "<del>", "<ins>", "Tuesdays");

        assertThat(send(post(id.path() + "/edit").param("title", "Mine now").param("body", "Hijacked"), other)
                .getStatus()).isEqualTo(403);
        clock.advance(Duration.ofDays(8));
        MockHttpServletResponse late = send(post(id.path() + "/edit").param("title", "Late").param("body", "Late"),
                author);
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("The discussion of this proposal is over");
        assertThat(count("SELECT count(*) FROM proposal_version WHERE proposal_id = ?", id.value())).isEqualTo(2);
    }

    @Test
    void theAuthorMayWithdrawItAndTheOutcomeIsRecorded() throws Exception {
        UUID author = member();
        UUID other = neighbourOf(author);
        ProposalId id = propose(author, "Withdrawn idea", "UNIT");

        assertThat(send(post(id.path() + "/withdraw"), other).getStatus()).isEqualTo(403);
        assertThat(send(post(id.path() + "/withdraw"), author).getStatus()).isEqualTo(302);
        assertThat(page(id.path(), other)).contains("Outcome:", "Withdrawn");
        assertThat(page("/units/" + fixtures.chapterOf(author), other)).contains("Recent outcomes", "Withdrawn idea");
        assertThat(send(post(id.path() + "/withdraw"), author).getStatus()).as("withdrawn twice").isEqualTo(409);
    }

    @Test
    void aUnitProposalIsSeenByTheUnitsMembersOnly() throws Exception {
        UUID author = member();
        UUID neighbour = neighbourOf(author);
        UUID stranger = member();
        UUID chapter = fixtures.chapterOf(author);
        ProposalId unitOnly = propose(author, "Members only plan", "UNIT");
        ProposalId open = propose(author, "Open plan", "PUBLIC");

        assertThat(page(unitOnly.path(), neighbour)).contains("Members only plan");
        assertThat(read(unitOnly.path(), stranger).getStatus()).isEqualTo(404);
        assertThat(read(unitOnly.path(), null).getStatus()).isEqualTo(404);
        assertThat(read(unitOnly.path() + "/versions", null).getStatus()).isEqualTo(404);
        assertThat(page("/units/" + chapter, null)).contains("Open plan").doesNotContain("Members only plan");
        assertThat(page("/units/" + chapter, stranger)).doesNotContain("Members only plan");
        assertThat(page("/units/" + chapter, neighbour)).contains("Members only plan");
        assertThat(page(open.path(), null)).contains("Open plan");
        assertThat(count("SELECT count(*) FROM member_notification WHERE member_id = ? AND kind = 'proposals.proposed' "
                + "AND link LIKE ?", neighbour, "%" + unitOnly.path())).as("the unit's members are told").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM member_notification WHERE member_id = ? AND link LIKE ?", stranger,
                "%" + unitOnly.path() + "%")).as("nobody else hears of it").isZero();
    }

    @Test
    void anErasedMembersProposalsStayByAFormerMemberAndTheirSupportGoes() throws Exception {
        UUID author = member();
        UUID supporter = neighbourOf(author);
        ProposalId id = propose(author, "Outlives its author", "PUBLIC");
        send(post(id.path() + "/support"), supporter);
        send(post(id.path() + "/amendments/new").param("body", "Amended by the supporter").param("reason", "Clearer"),
                supporter);

        Map<String, Object> export = personalData.stream().map(p -> p.export(author))
                .filter(part -> part.containsKey("proposals")).findFirst().orElseThrow();
        assertThat(export.get("proposals").toString()).contains("Outlives its author", "We propose Outlives");
        Map<String, Object> theirs = personalData.stream().map(p -> p.export(supporter))
                .filter(part -> part.containsKey("proposalAmendments")).findFirst().orElseThrow();
        assertThat(theirs.get("proposalAmendments").toString()).contains("Amended by the supporter", "Clearer");
        assertThat(theirs.get("proposalsSupported").toString()).contains(id.value().toString());

        personalData.forEach(part -> part.erase(author));
        personalData.forEach(part -> part.erase(supporter));
        assertThat(page(id.path(), null)).contains("Outlives its author", "former member",
                "0 supporters of 3 needed");
        assertThat(count("SELECT count(*) FROM proposal WHERE author_id = ? OR author_id = ?", author, supporter))
                .isZero();
        assertThat(count("SELECT count(*) FROM proposal_amendment WHERE proposal_id = ? AND author_id IS NULL",
                id.value())).isEqualTo(1);
    }
}
