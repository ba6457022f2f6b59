package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.units.tree.Structure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A committee member circulates a query; each committee member is emailed one-click answer links that open a
 * confirmation page (only its button records), may answer on the site and change their answer until the deadline;
 * bad input and late answers are refused clearly, with nothing written.
 */
class CommitteeQueryTests extends CommitteeIntegrationTest {

    @Autowired
    Structure structure;

    private String answerOf(UUID query, UUID member) {
        return db.sql("SELECT coalesce(answer, 'none') || '/' || coalesce(via, '') FROM committee_answer "
                + "WHERE query_id = ? AND member_id = ?").params(query, member).query(String.class).single();
    }

    @Test
    void everyCommitteeMemberIsEmailedTheTextWithAnAnswerLinkForEachAnswer() throws Exception {
        Committee committee = committee(3);
        query(committee, "Adopt the interim budget");

        for (UUID member : committee.members()) {
            Outbox.Mail mail = Outbox.latest(member + "@example.org", 1);
            assertThat(mail.subject()).contains("Adopt the interim budget");
            assertThat(mail.text()).contains("We propose").contains("?answer=consent").contains("?answer=object")
                    .contains("?answer=block").contains("?answer=abstain");
        }
        assertThat(Outbox.settledCount(committee.bystander() + "@example.org")).as("not on the committee").isZero();
    }

    @Test
    void openingAnAnswerLinkRecordsNothingAndItsButtonRecordsTheAnswer() throws Exception {
        Committee committee = committee(3);
        UUID query = query(committee, "Hold the assembly in March");
        String link = answerLink(committee.member(1), 1);

        // a mail scanner (a visitor) follows the consent link: a confirmation page, nothing recorded
        MockHttpServletResponse opened = as(null, get(link + "?answer=consent"));
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("Confirm your answer: Consent").contains("Hold the assembly in March");
        assertThat(answerOf(query, committee.member(1))).isEqualTo("none/");

        MockHttpServletResponse confirmed = as(null, post(link).param("answer", "CONSENT").param("reason", ""));
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(answerOf(query, committee.member(1))).isEqualTo("CONSENT/LINK");
        assertThat(page(committee.member(1), confirmed.getRedirectedUrl())).contains("Your answer so far: Consent");
        assertThat(page(committee.bystander(), "/committee/queries/" + query))
                .contains("Consent</span> <strong>1</strong>").contains("No reply</span> <strong>2</strong>");
    }

    @Test
    void forgedExpiredAndOtherMembersLinksAreRefusedClearly() throws Exception {
        Committee committee = committee(2);
        UUID query = query(committee, "Rename the newsletter");
        String link = answerLink(committee.member(1), 1);
        int changed = link.length() - 8; // a character in the middle of the signature
        char was = link.charAt(changed);
        String forged = link.substring(0, changed) + (was == 'A' ? 'B' : 'A') + link.substring(changed + 1);
        char last = link.charAt(link.length() - 1);
        String respelled = link.substring(0, link.length() - 1) + (char) (last ^ 1); // refused whether it spells the same bits or others

        MockHttpServletResponse refused = as(null, post(forged).param("answer", "BLOCK").param("reason", "No"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("This answer link is not valid");
        assertThat(as(null, get("/committee/answer/not-a-token")).getStatus()).isEqualTo(403);
        assertThat(as(null, get(respelled)).getStatus()).isEqualTo(403);

        MockHttpServletResponse otherMember = as(committee.member(0), post(link).param("answer", "CONSENT"));
        assertThat(otherMember.getStatus()).isEqualTo(403);
        assertThat(otherMember.getContentAsString()).contains("belongs to another committee member");
        assertThat(answerOf(query, committee.member(1))).isEqualTo("none/");

        assertThat(as(committee.member(1), get(link)).getStatus()).as("its own member, signed in").isEqualTo(200);
        clock.advance(Duration.ofDays(4));
        MockHttpServletResponse expired = as(null, post(link).param("answer", "CONSENT"));
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("The deadline of this query has passed");
        assertThat(answerOf(query, committee.member(1))).isEqualTo("none/");
    }

    @Test
    void aMemberAnswersOnTheSiteAndChangesTheirAnswerUntilTheDeadline() throws Exception {
        Committee committee = committee(3);
        UUID query = query(committee, "Join the regional federation");

        assertThat(answer(committee.member(2), query, "object", "Too soon.").getStatus()).isEqualTo(302);
        assertThat(answer(committee.member(2), query, "consent", "").getStatus()).isEqualTo(302);

        assertThat(answerOf(query, committee.member(2))).isEqualTo("CONSENT/SITE");
        String page = page(committee.member(0), "/committee/queries/" + query);
        assertThat(page).contains("Object</span> <strong>0</strong>").contains("Consent</span> <strong>1</strong>")
                .contains("changed their answer to: Consent");
    }

    @Test
    void aBlockWithoutAReasonAndAnAnswerAfterTheDeadlineAreRefused() throws Exception {
        Committee committee = committee(2);
        UUID query = query(committee, "Close the old bank account");

        MockHttpServletResponse noReason = answer(committee.member(1), query, "block", "  ");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("A block needs a reason.");
        MockHttpServletResponse nonsense = answer(committee.member(1), query, "perhaps", "");
        assertThat(nonsense.getStatus()).isEqualTo(422);
        assertThat(nonsense.getContentAsString()).contains("Answer consent, object, block or abstain.");
        String link = answerLink(committee.member(1), 1);
        MockHttpServletResponse byLink = as(null, post(link).param("answer", "BLOCK").param("reason", ""));
        assertThat(byLink.getStatus()).isEqualTo(422);
        assertThat(byLink.getContentAsString()).contains("A block needs a reason.");
        assertThat(answerOf(query, committee.member(1))).isEqualTo("none/");

        clock.advance(Duration.ofDays(4));
        MockHttpServletResponse late = answer(committee.member(1), query, "consent", "");
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("The deadline has passed");
        assertThat(answerOf(query, committee.member(1))).isEqualTo("none/");
    }

    @Test
    void aQueryFormWithoutTitleOrWithAPastDeadlineIsRefusedAndNothingIsCirculated() throws Exception {
        Committee committee = committee(2);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        MockHttpServletResponse untitled = circulate(committee.member(0), committee.chapter(), " ", "Text", today.plusDays(3));
        assertThat(untitled.getStatus()).isEqualTo(422);
        assertThat(untitled.getContentAsString()).contains("Give the query a title.");
        MockHttpServletResponse past = circulate(committee.member(0), committee.chapter(), "Late", "Text", today.minusDays(1));
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(past.getContentAsString()).contains("The deadline must be in the future.");
        MockHttpServletResponse badDate = as(committee.member(0), post("/units/" + committee.chapter() + "/committee/new")
                .param("title", "Odd").param("body", "Text").param("language", "en").param("deadline", "31/02/2027"));
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM committee_query WHERE unit_id = ?", committee.chapter())).isZero();
    }

    @Test
    void onlyTheCommitteeCirculatesAndAnswersAndOnlyTheUnitsMembersReadTheQuery() throws Exception {
        Committee committee = committee(2);
        UUID query = query(committee, "Buy a printer");
        UUID elsewhere = fixtures.memberIn("PT", "Faro " + UUID.randomUUID());

        assertThat(as(committee.bystander(), get("/units/" + committee.chapter() + "/committee/new")).getStatus())
                .isEqualTo(403);
        assertThat(circulate(committee.bystander(), committee.chapter(), "Mine", "Text",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3)).getStatus()).isEqualTo(403);
        assertThat(answer(committee.bystander(), query, "consent", "").getStatus()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM committee_answer WHERE query_id = ? AND member_id = ?", query,
                committee.bystander())).isZero();

        assertThat(page(committee.bystander(), "/committee/queries/" + query)).contains("Buy a printer")
                .doesNotContain("Record my answer");
        assertThat(as(elsewhere, get("/committee/queries/" + query)).getStatus()).isEqualTo(404);
        assertThat(as(null, get("/committee/queries/" + query)).getRedirectedUrl()).endsWith("/login");
        assertThat(page(committee.member(1), "/committee/queries/" + query)).contains("Record my answer");
    }

    @Test
    void aMergedChaptersQueriesMoveToTheSurvivor() throws Exception {
        Committee duplicate = committee(2);
        Committee survivor = committee(1);
        UUID query = query(duplicate, "Share the stall");

        structure.merge(fixtures.internationalAdmin(), duplicate.chapter(), survivor.chapter());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count(
                "SELECT count(*) FROM committee_query WHERE id = ? AND unit_id = ?", query, survivor.chapter())).isEqualTo(1));
        assertThat(page(survivor.bystander(), "/units/" + survivor.chapter() + "/committee")).contains("Share the stall");
    }
}
