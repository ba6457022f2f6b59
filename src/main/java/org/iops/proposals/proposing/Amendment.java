package org.iops.proposals.proposing;

import java.time.Instant;
import java.util.UUID;
import org.iops.proposals.AmendmentId;
import org.jspecify.annotations.Nullable;

/** A replacement text a member proposed during the discussion, with why; the proposal's author decides on it. */
record Amendment(UUID id, UUID proposal, @Nullable UUID author, int baseVersion, String body, String reason,
        State state, Instant createdAt, @Nullable Instant decidedAt) {

    enum State {
        OPEN, ACCEPTED, DECLINED
    }

    AmendmentId amendmentId() {
        return new AmendmentId(id);
    }

    String path() {
        return "/amendments/" + id;
    }
}
