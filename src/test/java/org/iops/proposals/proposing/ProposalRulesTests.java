package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.polls.PollType;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A unit's proposal rules: recorded by its admins, versioned, inherited down the tree, applied to new proposals. */
class ProposalRulesTests extends ProposalsIntegrationTest {

    @Autowired
    RulesBook rules;
    @Autowired
    ProposalRepository proposals;

    static MockHttpServletRequestBuilder rulesForm(UUID unit, String proposers, String support, String pollType) {
        return rulesForm("/units/" + unit + "/proposal-rules", proposers, support, pollType);
    }

    static MockHttpServletRequestBuilder rulesForm(String path, String proposers, String support, String pollType) {
        return post(path).param("proposers", proposers).param("supportRule", "MEMBERS")
                .param("support", support).param("discussionDays", "10").param("votingDays", "5")
                .param("pollType", pollType).param("quorumPercent", "25").param("threshold", "TWO_THIRDS")
                .param("note", "Agreed at the assembly");
    }

    @Test
    void aBranchsRulesHoldInItsChaptersUntilAChapterRecordsItsOwnAndEveryVersionStays() throws Exception {
        UUID author = fixtures.memberIn("PY", UnitFixtures.unique("Encarnación"));
        UUID chapter = fixtures.chapterOf(author);
        UUID branch = fixtures.branchOf(author);
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);

        assertThat(send(rulesForm(branch, "MEMBERS", "5", "YES_NO"), branchAdmin).getStatus()).isEqualTo(302);
        assertThat(rules.current(new UnitId(chapter)).support()).isEqualTo(5);
        assertThat(page("/units/" + chapter + "/proposal-rules", chapterAdmin))
                .contains("These rules come from a unit above", "A proposal needs 5 supporters to go to a vote.",
                        "This unit has not recorded rules of its own.");

        send(rulesForm(chapter, "MEMBERS", "2", "CONSENT"), chapterAdmin);
        send(rulesForm(chapter, "MEMBERS", "4", "CONSENT"), chapterAdmin);
        String page = page("/units/" + chapter + "/proposal-rules", chapterAdmin);
        assertThat(page).contains("Version 2", "Version 1", "Interim", "Agreed at the assembly",
                "A proposal needs 4 supporters", "A proposal needs 2 supporters");
        assertThat(page.indexOf("Version 2")).isLessThan(page.indexOf("Version 1"));
        assertThat(rules.current(new UnitId(branch)).support()).isEqualTo(5);

        var id = propose(author, "Under chapter rules", "UNIT");
        Proposal proposal = proposals.find(id.value()).orElseThrow();
        assertThat(proposal.supportNeeded()).isEqualTo(4);
        assertThat(proposal.pollType()).isEqualTo(PollType.CONSENT);
        assertThat(proposal.quorumPercent()).isEqualTo(25);
        assertThat(proposal.twoThirds()).isTrue();
    }

    @Test
    void whenOnlyAdminsMayProposeAMemberIsRefused() throws Exception {
        UUID member = fixtures.memberIn("PY", UnitFixtures.unique("Concepción"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        send(rulesForm(chapter, "ADMINS", "0", "CONSENT"), admin);

        assertThat(read("/units/" + chapter + "/proposals/new", member).getStatus()).isEqualTo(403);
        assertThat(send(proposalForm(chapter, "Members cannot", "Text", "UNIT"), member).getStatus()).isEqualTo(403);
        assertThat(page("/units/" + chapter, member)).doesNotContain("/proposals/new");
        assertThat(propose(admin, chapter, "Admins can", "Text", "UNIT")).isNotNull();
    }

    @Test
    void rulesOutOfBoundsAreRefusedAndNothingIsRecorded() throws Exception {
        UUID member = fixtures.memberIn("PY", UnitFixtures.unique("Pilar"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);

        MockHttpServletResponse answer = send(post("/units/" + chapter + "/proposal-rules")
                .param("proposers", "MEMBERS").param("supportRule", "MEMBERS").param("support", "3")
                .param("discussionDays", "10").param("votingDays", "61").param("pollType", "RANKED")
                .param("quorumPercent", "101").param("threshold", "MAJORITY"), admin);
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("A vote lasts from 1 to 60 days.",
                "Choose consent or a yes/no vote.", "Between 0 and 100 percent.");
        MockHttpServletResponse garbage = send(rulesForm(chapter, "EVERYONE", "many", "CONSENT"), admin);
        assertThat(garbage.getStatus()).isEqualTo(422);
        assertThat(garbage.getContentAsString()).contains("This value is not valid.");
        assertThat(rules.history(new UnitId(chapter))).isEmpty();
        assertThat(rules.current(new UnitId(chapter))).as("what holds above it still holds")
                .isEqualTo(rules.current(new UnitId(fixtures.branchOf(member))));
    }
}
