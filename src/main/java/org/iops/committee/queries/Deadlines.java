package org.iops.committee.queries;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline of every query, by the server's clock: a db-scheduler task (one node at a time) closes each open
 * query whose deadline passed, once: the status moves from OPEN in the closing transaction, so a second node or a
 * second run finds nothing to do. Closing records the non-replies, counts them by the procedures the query was
 * circulated under and adopts, rejects or escalates it.
 */
@Service("committeeDeadlines")
public class Deadlines {

    private final QueryRepository queries;
    private final Escalation escalation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Deadlines(QueryRepository queries, Escalation escalation, TransactionTemplate transactions, Clock clock) {
        this.queries = queries;
        this.escalation = escalation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> closeCommitteeQueries(Deadlines deadlines) {
            return Tasks.recurring("committee-close-queries", FixedDelay.of(Duration.ofMinutes(1)))
                    .execute((instance, context) -> deadlines.closeDue());
        }
    }

    /** Closes every query whose deadline passed; returns how many this call closed. */
    public int closeDue() {
        int closed = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<UUID> due = queries.due(clock.instant(), 50);
                due.forEach(this::close);
                return due.size();
            });
            if (batch == null || batch == 0) {
                return closed;
            }
            closed += batch;
        }
    }

    private void close(UUID id) {
        Query query = queries.lock(id).orElseThrow();
        Instant now = clock.instant();
        if (query.status() != QueryStatus.OPEN || query.deadline().isAfter(now)) {
            return;
        }
        queries.noReplies(id, query.deadline());
        Tally tally = Tally.of(queries.answers(id).stream().map(QueryRepository.AnswerRow::answer).toList());
        Tally.Verdict verdict = tally.verdict(query.procedures());
        queries.step(id, query.deadline(), "closed", null, String.valueOf(tally.consent()),
                String.valueOf(tally.object()), String.valueOf(tally.block()), String.valueOf(tally.abstain()),
                String.valueOf(tally.noReply()), query.procedures().nonReplies().name(), verdict.name());
        escalation.decide(query, tally, verdict);
    }
}
