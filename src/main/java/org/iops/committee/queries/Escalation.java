package org.iops.committee.queries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iops.committee.QueryId;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.polls.PollClosed;
import org.iops.polls.PollId;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a closed query becomes: adopted or rejected by the committee, or escalated to a member poll of the unit (a
 * single choice between the proposal as circulated and rejecting it, open for the procedures' poll period), and,
 * once that poll closed, a run-off the committee may put between a compromise and the poll's most popular option.
 * Every step is recorded and told to the committee.
 */
@Service
public class Escalation {

    private final QueryRepository queries;
    private final CommitteeRoll roll;
    private final Polls polls;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Escalation(QueryRepository queries, CommitteeRoll roll, Polls polls, Notifications notifications,
            MessageSource messages, Clock clock, @Value("${iops.base-url}") String baseUrl) {
        this.queries = queries;
        this.roll = roll;
        this.polls = polls;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** In the closing transaction: records the verdict and, for an escalation, opens the member poll. */
    void decide(Query query, Tally tally, Tally.Verdict verdict) {
        Instant now = clock.instant();
        if (!verdict.escalates()) {
            QueryStatus to = verdict == Tally.Verdict.ADOPTED ? QueryStatus.ADOPTED : QueryStatus.REJECTED;
            queries.move(query.id(), QueryStatus.OPEN, to, now);
            tell(query, to.messageKey());
            return;
        }
        String asCirculated = label(query, "committee.poll.asCirculated");
        PollId poll = open(query, query.title(), query.body(), List.of(asCirculated, label(query, "committee.poll.reject")));
        queries.move(query.id(), QueryStatus.OPEN, QueryStatus.ESCALATED, now);
        queries.escalated(query.id(), poll.value());
        queries.step(query.id(), now, "escalated", null, verdict.name(), poll.toString());
        tell(query, QueryStatus.ESCALATED.messageKey());
    }

    /** The member poll (or the run-off) of a query closed: its outcome is recorded on the query. */
    @ApplicationModuleListener
    void on(PollClosed closed) {
        if (closed.origin() == null || !QueryId.TYPE.equals(closed.origin().type())) {
            return;
        }
        queries.byPoll(closed.poll().value()).ifPresent(query -> {
            boolean runoff = closed.poll().value().equals(query.runoffPollId());
            QueryStatus from = runoff ? QueryStatus.RUNOFF : QueryStatus.ESCALATED;
            QueryStatus to = runoff ? QueryStatus.SETTLED : QueryStatus.POLLED;
            if (!queries.move(query.id(), from, to, null)) {
                return; // delivered again: already recorded
            }
            String winner = closed.winners().isEmpty() ? "" : closed.winners().get(0);
            if (!runoff) {
                queries.polled(query.id(), winner.isEmpty() ? null : winner);
            }
            queries.step(query.id(), closed.closedAt(), runoff ? "runoffClosed" : "pollClosed", null,
                    closed.outcome().name(), winner, String.valueOf(closed.ballots()),
                    String.valueOf(closed.electorate()));
            tell(query, to.messageKey());
        });
    }

    /** A committee member puts a compromise against the member poll's most popular option. */
    @Transactional
    public void runoff(UUID member, UUID queryId, String compromise) {
        Query query = queries.lock(queryId).orElseThrow(() -> new org.iops.shared.NotFoundException("committee query"));
        if (!roll.may(member, CommitteeCatalogs.QUERY, query.unit())) {
            throw new CommitteeRefusedException("committee.query.notOnCommittee", 403);
        }
        if (query.status() != QueryStatus.POLLED || query.pollWinner() == null) {
            throw new CommitteeRefusedException("committee.runoff.notNow", 409);
        }
        PollId poll = open(query, label(query, "committee.poll.runoffTitle") + " " + query.title(), compromise,
                List.of(query.pollWinner(), label(query, "committee.poll.compromise")));
        queries.move(query.id(), QueryStatus.POLLED, QueryStatus.RUNOFF, null);
        queries.runoff(query.id(), poll.value());
        queries.step(query.id(), clock.instant(), "runoff", member, poll.toString());
    }

    private PollId open(Query query, String title, String description, List<String> options) {
        Instant now = clock.instant();
        // an erased author's query escalates as put by nobody we can name (the poll says "former member")
        return polls.open(new PollSpec(query.unit(), query.author(), title, description, query.language(),
                PollType.SINGLE_CHOICE, options, 1, now, now.plus(Duration.ofDays(query.procedures().pollDays())),
                Secrecy.SECRET, Weighting.DIRECT, Quorum.none(), Threshold.simpleMajority(), query.ref()));
    }

    private String label(Query query, String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag(query.language()));
    }

    private void tell(Query query, String statusKey) {
        for (QueryRepository.AnswerRow row : queries.answers(query.id())) {
            if (row.member() != null) {
                notifications.notify(row.member(), CommitteeCatalogs.OUTCOME_MAIL, baseUrl + query.path(),
                        Parameter.recipientName(), Parameter.text(query.title()), Parameter.message(statusKey));
            }
        }
    }
}
