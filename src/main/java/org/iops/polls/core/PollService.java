package org.iops.polls.core;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.polls.PollId;
import org.iops.polls.PollSpec;
import org.iops.polls.PollSummary;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.Weighting;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Polls}: opens a poll in the caller's transaction (its roll frozen at once when voting opens now, else by the
 * opening task at {@code opensAt}) and schedules its close at the deadline through db-scheduler, joining the same
 * transaction, so nothing is opened or scheduled if the caller rolls back.
 */
@Service
public class PollService implements Polls {

    private final PollRepository polls;
    private final Roll roll;
    private final UnitDirectory units;
    private final SchedulerClient scheduler;
    private final PollNotices notices;
    private final DeadlineAlarm alarm;
    private final Clock clock;

    PollService(PollRepository polls, Roll roll, UnitDirectory units, @Lazy SchedulerClient scheduler, PollNotices notices,
            DeadlineAlarm alarm, Clock clock) {
        this.polls = polls;
        this.roll = roll;
        this.units = units;
        this.scheduler = scheduler;
        this.notices = notices;
        this.alarm = alarm;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public PollId open(PollSpec spec) {
        check(spec);
        UUID id = UUID.randomUUID();
        polls.insert(id, spec, clock.instant());
        if (!spec.opensAt().isAfter(clock.instant())) {
            roll.open(id, spec.unit(), spec.opensAt());
            notices.opened(polls.find(id).orElseThrow());
        } else {
            scheduler.scheduleIfNotExists(new TaskInstance<>(PollSchedule.OPEN, id.toString()), spec.opensAt());
            alarm.afterCommit(spec.opensAt());
        }
        scheduler.scheduleIfNotExists(new TaskInstance<>(PollSchedule.CLOSE, id.toString()), spec.closesAt());
        alarm.afterCommit(spec.closesAt());
        return new PollId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PollSummary> find(PollId id) {
        return polls.find(id.value()).map(Poll::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PollSummary> latestFor(ContentRef origin) {
        return polls.latestFor(origin).map(Poll::summary);
    }

    /** What each type can take; a spec it cannot is refused before anything is written. */
    private void check(PollSpec spec) {
        UnitRef unit = units.find(spec.unit()).orElseThrow(() -> new IllegalArgumentException("no such unit"));
        PollType type = spec.type();
        List<String> options = spec.options();
        if (spec.title().isBlank()) {
            throw new IllegalArgumentException("a poll asks a question");
        }
        if (type == PollType.CONSENT || type == PollType.YES_NO) {
            if (!options.isEmpty() || spec.seats() != 1) {
                throw new IllegalArgumentException("a question has fixed answers and one outcome");
            }
        } else {
            if (options.size() < 2 || options.stream().anyMatch(String::isBlank)
                    || new HashSet<>(options).size() != options.size()) {
                throw new IllegalArgumentException("a choice needs at least two different options");
            }
            if (spec.seats() >= options.size() || (type == PollType.MEETING_TIME && spec.seats() != 1)) {
                throw new IllegalArgumentException("a choice elects fewer options than it has");
            }
        }
        if (spec.weighting() == Weighting.CHAPTER_WEIGHTED) {
            if (unit.level() == UnitLevel.CHAPTER) {
                throw new IllegalArgumentException("a chapter's poll is direct");
            }
            if (type == PollType.RANKED || type == PollType.SCHULZE) {
                throw new IllegalArgumentException("ranked polls are direct");
            }
        }
    }
}
