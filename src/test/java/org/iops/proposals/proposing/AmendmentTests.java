package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.proposals.ProposalId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Amendments during the discussion: proposed by any member, accepted or declined by the author, once. */
class AmendmentTests extends ProposalsIntegrationTest {

    private String amend(ProposalId id, UUID member, String body, String reason) throws Exception {
        MockHttpServletResponse answer = send(post(id.path() + "/amendments/new").param("body", body)
                .param("reason", reason), member);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return answer.getRedirectedUrl();
    }

    @Test
    void anAcceptedAmendmentIsTheNextVersionAndTheChangesShowWordByWord() throws Exception {
        UUID author = member();
        UUID amender = neighbourOf(author);
        ProposalId id = propose(author, fixtures.chapterOf(author), "Garden rota", "We water the garden on Mondays.",
                "UNIT");

        String amendment = amend(id, amender, "We water the garden on Mondays and Thursdays.", "Twice is better.");
        String shown = page(amendment, author);
        assertThat(shown).contains("Twice is better.", "Waiting for the author", "Accept the amendment",
                "<ins><span class=\"visually-hidden\" lang=\"en\">[inserted:</span> and Thursdays");
        assertThat(page(amendment, amender)).as("only the author decides").doesNotContain("Accept the amendment");
        assertThat(page(id.path(), author)).contains("Amendments", "Waiting for the author");

        assertThat(send(post(amendment + "/accept"), amender).getStatus()).isEqualTo(403);
        assertThat(send(post(amendment + "/accept"), author).getRedirectedUrl()).isEqualTo(id.path());
        assertThat(page(id.path(), amender)).contains("Version 2 of the text", "Mondays and Thursdays", "Accepted");
        String versions = page(id.path() + "/versions?from=1&to=2", amender);
        assertThat(versions).contains("an accepted amendment", "and Thursdays</span></ins>".replace("</span></ins>",
                "<span class=\"visually-hidden\" lang=\"en\">]</span></ins>"));
        assertThat(page(id.path() + "/versions?from=2&to=2", amender)).contains("The two versions are the same.");
        assertThat(read(id.path() + "/versions?from=1&to=3", amender).getStatus()).isEqualTo(404);

        MockHttpServletResponse twice = send(post(amendment + "/decline"), author);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("This amendment was decided already.");
    }

    @Test
    void aDeclinedAmendmentIsRecordedAndTheTextStays() throws Exception {
        UUID author = member();
        UUID amender = neighbourOf(author);
        ProposalId id = propose(author, "Quiet hours", "UNIT");

        String amendment = amend(id, amender, "No quiet hours at all.", "We like noise.");
        assertThat(send(post(amendment + "/decline"), author).getStatus()).isEqualTo(302);
        assertThat(page(amendment, amender)).contains("Declined").doesNotContain("Accept the amendment");
        assertThat(page(id.path(), amender)).contains("Version 1 of the text").doesNotContain("No quiet hours");
        assertThat(count("SELECT count(*) FROM proposal_amendment WHERE proposal_id = ? AND state = 'DECLINED'",
                id.value())).isEqualTo(1);
    }

    @Test
    void anAmendmentNeedsAChangeAndAReasonAndComesOnlyDuringTheDiscussion() throws Exception {
        UUID author = member();
        UUID amender = neighbourOf(author);
        ProposalId id = propose(author, fixtures.chapterOf(author), "Library", "Open a library.", "UNIT");

        MockHttpServletResponse bad = send(post(id.path() + "/amendments/new").param("body", "Open a library.")
                .param("reason", " "), amender);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Say why you propose this amendment.",
                "The amended text is the same as the current text");

        clock.advance(Duration.ofDays(8));
        MockHttpServletResponse late = send(post(id.path() + "/amendments/new").param("body", "Open two libraries.")
                .param("reason", "More books"), amender);
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("The discussion of this proposal is over");
        assertThat(count("SELECT count(*) FROM proposal_amendment WHERE proposal_id = ?", id.value())).isZero();
    }

    @Test
    void anAmendmentIsDecidedByItsProposalsAuthorOnlyWhateverAddressIsForged() throws Exception {
        UUID author = member();
        UUID amender = neighbourOf(author);
        UUID other = member();
        ProposalId mine = propose(author, "Mine", "UNIT");
        ProposalId theirs = propose(other, "Theirs", "UNIT");
        String amendment = amend(mine, amender, "Changed", "Because");
        assertThat(theirs).isNotNull();

        assertThat(send(post(amendment + "/accept"), other).getStatus())
                .as("the author of another chapter's proposal cannot even see this one").isEqualTo(404);
        assertThat(read(amendment, other).getStatus()).isEqualTo(404);
        assertThat(send(post(amendment + "/accept"), amender).getStatus()).as("nor its amender").isEqualTo(403);
        assertThat(read("/amendments/zzz", author).getStatus()).isEqualTo(404);
        assertThat(send(post("/amendments/" + UUID.randomUUID() + "/decline"), author).getStatus()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM proposal_amendment WHERE state = 'OPEN' AND proposal_id = ?",
                mine.value())).isEqualTo(1);
    }
}
