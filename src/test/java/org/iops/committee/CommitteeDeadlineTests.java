package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures.NonReplies;
import org.iops.content.ContentRef;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.polls.PollSummary;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Closing;
import org.iops.polls.core.Voting;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * At the deadline, by the server's clock, once: non-replies are recorded and counted as the committee's procedures
 * say, and the query is adopted, rejected or escalated to a member poll of the unit; when that poll closes, the
 * committee may put a compromise against its most popular option in a run-off.
 */
class CommitteeDeadlineTests extends CommitteeIntegrationTest {

    @Autowired
    GoverningRules rules;
    @Autowired
    Polls polls;
    @Autowired
    Voting voting;
    @Autowired
    Closing closing;

    private PollSummary pollOf(UUID query) {
        return polls.latestFor(new ContentRef(QueryId.TYPE, query)).orElseThrow();
    }

    @Test
    void byDefaultNonRepliesAreNotCountedAndTheTallySaysSo() throws Exception {
        Committee committee = committee(4);
        UUID query = query(committee, "Print membership cards");
        answer(committee.member(1), query, "consent", "");

        passDeadline();
        deadlines.closeDue(); // a second run closes nothing twice

        assertThat(status(query)).isEqualTo("ADOPTED");
        assertThat(count("SELECT count(*) FROM committee_answer WHERE query_id = ? AND answer = 'NO_REPLY'", query))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM committee_step WHERE query_id = ? AND kind = 'closed'", query))
                .isEqualTo(1);
        assertThat(page(committee.bystander(), "/committee/queries/" + query))
                .contains("No reply</span> <strong>3</strong>").contains("3 non-replies were not counted.")
                .contains("Adopted by the committee.");
    }

    @Test
    void whereSilenceIsConsentTheSameObjectionDoesNotEscalate() throws Exception {
        Committee counted = committee(4);
        Committee silent = committee(4);
        assertThat(procedures(silent.member(0), silent.chapter(), "CONSENT", "25", "INTERIM").getStatus()).isEqualTo(302);
        UUID strict = query(counted, "Move the office");
        UUID lenient = query(silent, "Move the office");
        answer(counted.member(1), strict, "object", "Too far.");
        answer(silent.member(1), lenient, "object", "Too far.");

        passDeadline();

        assertThat(status(lenient)).as("1 objection in 4 counted answers").isEqualTo("ADOPTED");
        assertThat(page(silent.bystander(), "/committee/queries/" + lenient))
                .contains("3 non-replies were counted as consent.");
        assertThat(status(strict)).as("1 objection in 1 counted answer").isEqualTo("ESCALATED");
        assertThat(page(counted.bystander(), "/committee/queries/" + strict))
                .contains("objections above the committee's threshold");
    }

    @Test
    void withoutAnyConsentTheQueryIsNotAdopted() throws Exception {
        Committee committee = committee(2);
        UUID query = query(committee, "Change the logo");
        answer(committee.member(1), query, "abstain", "");

        passDeadline();

        assertThat(status(query)).isEqualTo("REJECTED");
    }

    @Test
    void aBlockEscalatesToAMemberPollOfTheUnitForAMonthAndTheCommitteeMayPutACompromise() throws Exception {
        Committee committee = committee(3);
        UUID query = query(committee, "Sell the van");
        answer(committee.member(1), query, "consent", "");
        answer(committee.member(2), query, "block", "We need it for the food bank.");

        passDeadline();

        assertThat(status(query)).isEqualTo("ESCALATED");
        PollSummary poll = pollOf(query);
        assertThat(poll.unit()).isEqualTo(new UnitId(committee.chapter()));
        assertThat(poll.type()).isEqualTo(PollType.SINGLE_CHOICE);
        assertThat(Duration.between(poll.opensAt(), poll.closesAt())).isEqualTo(Duration.ofDays(30));
        String page = page(committee.bystander(), "/committee/queries/" + query);
        assertThat(page).contains("Escalated to a member poll because of a block.").contains(poll.path())
                .contains("We need it for the food bank.");

        // the members vote: the proposal as circulated 1, reject 2
        voting.cast(poll.id().value(), committee.member(0), new Choice("0", null));
        voting.cast(poll.id().value(), committee.member(2), new Choice("1", null));
        voting.cast(poll.id().value(), committee.bystander(), new Choice("1", null));
        clock.advance(Duration.ofDays(31));
        assertThat(closing.closeIfDue(poll.id().value())).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(query)).isEqualTo("POLLED"));
        assertThat(page(committee.member(0), "/committee/queries/" + query))
                .contains("most popular option “Reject the proposal”").contains("Open the run-off");

        MockHttpServletResponse empty = as(committee.member(0), post("/committee/queries/" + query + "/runoff")
                .param("compromise", " "));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(as(committee.bystander(), post("/committee/queries/" + query + "/runoff")
                .param("compromise", "Lend it")).getStatus()).isEqualTo(403);
        MockHttpServletResponse runoff = as(committee.member(0), post("/committee/queries/" + query + "/runoff")
                .param("compromise", "Keep the van and lend it to the food bank on weekdays."));
        assertThat(runoff.getStatus()).isEqualTo(302);
        assertThat(status(query)).isEqualTo("RUNOFF");
        PollSummary second = pollOf(query);
        assertThat(second.id()).isNotEqualTo(poll.id());
        assertThat(as(committee.member(0), post("/committee/queries/" + query + "/runoff")
                .param("compromise", "Again")).getStatus()).as("one run-off").isEqualTo(409);

        voting.cast(second.id().value(), committee.member(1), new Choice("1", null));
        clock.advance(Duration.ofDays(31));
        assertThat(closing.closeIfDue(second.id().value())).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(query)).isEqualTo("SETTLED"));
        assertThat(page(committee.bystander(), "/committee/queries/" + query))
                .contains("The run-off closed").contains("The committee's compromise");

        // the members' decision may ratify the committee's procedures
        assertThat(as(committee.member(0), post("/units/" + committee.chapter() + "/committee/procedures")
                .param("nonReplies", "NOT_COUNTED").param("objectionPercent", "25").param("answerDays", "7")
                .param("pollDays", "30").param("status", "RATIFIED").param("decidedBy", query.toString()))
                .getStatus()).isEqualTo(302);
        assertThat(rules.currentVersion(CommitteeProcedures.RULE, new UnitId(committee.chapter())).decidedBy())
                .isEqualTo(new ContentRef(QueryId.TYPE, query));
        assertThat(page(committee.bystander(), "/units/" + committee.chapter() + "/committee/procedures"))
                .contains("<span class=\"badge\">Ratified</span>").contains("/committee/queries/" + query);
    }

    @Test
    void theProceduresAreAVersionedRuleThatOnlyTheCommitteeRecords() throws Exception {
        Committee committee = committee(2);
        UnitId unit = new UnitId(committee.chapter());
        assertThat(procedures(committee.bystander(), unit, "CONSENT", "10", "INTERIM").getStatus()).isEqualTo(403);
        MockHttpServletResponse outOfRange = procedures(committee.member(0), unit, "CONSENT", "150", "INTERIM");
        assertThat(outOfRange.getStatus()).isEqualTo(422);
        assertThat(outOfRange.getContentAsString()).contains("Give a share between 0 and 100.");
        MockHttpServletResponse ratifiedByHand = procedures(committee.member(0), unit, "CONSENT", "10", "RATIFIED");
        assertThat(ratifiedByHand.getStatus()).isEqualTo(422);
        assertThat(ratifiedByHand.getContentAsString()).contains("A ratified version must cite a query");
        assertThat(rules.history(CommitteeProcedures.RULE, unit)).isEmpty();

        assertThat(procedures(committee.member(0), unit, "CONSENT", "10", "INTERIM").getStatus()).isEqualTo(302);

        assertThat(rules.current(CommitteeProcedures.RULE, unit))
                .isEqualTo(new CommitteeProcedures(NonReplies.CONSENT, 10, 3, 14));
        assertThat(rules.history(CommitteeProcedures.RULE, unit)).singleElement()
                .satisfies(version -> assertThat(version.status()).isEqualTo(RuleStatus.INTERIM));
        assertThat(page(committee.bystander(), "/units/" + unit + "/committee/procedures")).contains("Version 1")
                .contains("Recorded by a test").contains("more than 10%");
    }
}
