package org.iops.proposals.proposing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.content.ContentRef;
import org.iops.polls.PollId;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollSpec;
import org.iops.polls.PollSummary;
import org.iops.polls.Polls;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The polls as the lifecycle tests need them: it keeps what it was asked to open, and a test says how a poll ended.
 * The vote itself is the polls module's (its browser test and ours cover it end to end).
 */
@TestComponent
@Primary
class RecordingPolls implements Polls {

    final Map<PollId, PollSpec> opened = new ConcurrentHashMap<>();
    final Map<PollId, PollOutcome> outcomes = new ConcurrentHashMap<>();

    @Override
    public PollId open(PollSpec spec) {
        PollId id = new PollId(UUID.randomUUID());
        opened.put(id, spec);
        return id;
    }

    @Override
    public Optional<PollSummary> find(PollId id) {
        PollSpec spec = opened.get(id);
        return spec == null ? Optional.empty() : Optional.of(summary(id, spec));
    }

    @Override
    public Optional<PollSummary> latestFor(ContentRef origin) {
        return opened.entrySet().stream().filter(e -> origin.equals(e.getValue().origin()))
                .map(e -> summary(e.getKey(), e.getValue())).findFirst();
    }

    Map.Entry<PollId, PollSpec> openedFor(ContentRef origin) {
        return opened.entrySet().stream().filter(e -> origin.equals(e.getValue().origin())).findFirst().orElseThrow();
    }

    private PollSummary summary(PollId id, PollSpec spec) {
        return new PollSummary(id, spec.unit(), spec.title(), spec.type(), spec.opensAt(), spec.closesAt(),
                spec.origin(), outcomes.get(id), List.of());
    }
}
