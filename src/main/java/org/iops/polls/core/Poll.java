package org.iops.polls.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollId;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollSummary;
import org.iops.polls.PollType;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/** A poll as stored: its question, options, rules, state, frozen roll and, once closed, its count. */
public record Poll(UUID id, UnitId unit, @Nullable UUID createdBy, String title, String description, String language,
        PollType type, List<String> options, int seats, Instant opensAt, Instant closesAt, Secrecy secrecy,
        Weighting weighting, Quorum quorum, Threshold threshold, @Nullable ContentRef origin, State state,
        @Nullable Long rollSize, @Nullable String rollHash, @Nullable PollOutcome outcome, List<String> winners,
        @Nullable Long ballotsCast, @Nullable String result, @Nullable String boardHash, @Nullable Instant closedAt,
        @Nullable Cancellation cancellation) {

    /** Scheduled (voting not open yet, no roll), open (roll frozen, taking ballots), closed (counted). */
    public enum State {
        SCHEDULED, OPEN, CLOSED
    }

    /**
     * Why a poll was cancelled: by an admin (with their reason; {@code by} null once they are erased), or because its
     * unit was archived (no reason: the page says it in the reader's language).
     */
    public record Cancellation(Cause cause, @Nullable String reason, @Nullable UUID by, Instant at) {

        public enum Cause {
            ADMIN, UNIT_ARCHIVED
        }
    }

    public Poll {
        options = List.copyOf(options);
        winners = List.copyOf(winners);
    }

    public PollId pollId() {
        return new PollId(id);
    }

    public String path() {
        return "/polls/" + id;
    }

    public boolean isOpenAt(Instant now) {
        return state == State.OPEN && now.isBefore(closesAt) && !now.isBefore(opensAt);
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }

    /** Closed and counted: a cancelled poll is closed but never counted, and has no board. */
    public boolean isCounted() {
        return state == State.CLOSED && cancellation == null;
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    public boolean isSecret() {
        return secrecy == Secrecy.SECRET;
    }

    /** Results show after the count, or live while open for an open-ballot poll; never for a cancelled poll. */
    public boolean resultsVisible() {
        return isCounted() || (secrecy == Secrecy.OPEN && state == State.OPEN);
    }

    public PollSummary summary() {
        return new PollSummary(pollId(), unit, title, type, opensAt, closesAt, origin, outcome, winners);
    }
}
