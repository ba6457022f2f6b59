package org.iops.polls.core;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The polls' work on the clock, through db-scheduler (claimed through the database, so one node runs each): a
 * one-time task opens a poll at {@code opensAt} and another closes and counts it at its deadline; a sweep every
 * minute does whatever a lost task left undone and mixes the newest secret ballots. Each step is guarded in {@link
 * Closing}, so running it twice does it once.
 */
@Configuration(proxyBeanMethods = false)
class PollSchedule {

    static final String OPEN = "polls-open";
    static final String CLOSE = "polls-close";

    @Bean
    OneTimeTask<Void> openPoll(Closing closing) {
        return Tasks.oneTime(OPEN).execute((instance, context) -> closing.openIfDue(UUID.fromString(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> closePoll(Closing closing) {
        return Tasks.oneTime(CLOSE)
                .execute((instance, context) -> closing.closeIfDue(UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> pollSweep(PollSweep sweep) {
        return Tasks.recurring("polls-sweep", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> sweep.run());
    }

    /** What the sweep does, callable from tests after moving the clock. */
    @org.springframework.stereotype.Component
    static class PollSweep {

        private final PollRepository polls;
        private final Closing closing;
        private final BallotMixing mixing;
        private final Clock clock;

        PollSweep(PollRepository polls, Closing closing, BallotMixing mixing, Clock clock) {
            this.polls = polls;
            this.closing = closing;
            this.mixing = mixing;
            this.clock = clock;
        }

        /** Opens the polls due to open, closes those past their deadline, reminds non-voters, mixes new secret ballots. */
        public void run() {
            polls.dueToOpen(clock.instant()).forEach(closing::openIfDue);
            polls.dueToClose(clock.instant()).forEach(closing::closeIfDue);
            closing.remindDue();
            mixing.pending().forEach(closing::mix);
        }
    }
}
