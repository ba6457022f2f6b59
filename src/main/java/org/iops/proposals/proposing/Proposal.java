package org.iops.proposals.proposing;

import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Visibility;
import org.iops.polls.PollType;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/** A proposal as stored: the current version's number, the rules it was put under, where its clock stands. */
record Proposal(UUID id, UUID unit, @Nullable UUID author, String title, String language, Visibility visibility,
        Phase phase, ContentState contentState, @Nullable String hiddenReason, int version, int supportNeeded,
        int supporters, PollType pollType, int quorumPercent, boolean twoThirds, Instant createdAt,
        Instant discussionEnds, Instant votingEnds, @Nullable UUID poll, @Nullable ProposalOutcome outcome,
        @Nullable Instant outcomeAt) {

    /** Where a proposal stands: discussed (and amended), voted on (its text frozen), or closed with its outcome. */
    enum Phase {
        DISCUSSION, VOTING, CLOSED
    }

    ProposalId proposalId() {
        return new ProposalId(id);
    }

    boolean isAuthor(@Nullable UUID member) {
        return member != null && member.equals(author);
    }

    boolean inDiscussion() {
        return phase == Phase.DISCUSSION;
    }

    /** What comments, flags, mentions and moderation know of it; a closed proposal takes no more comments. */
    ContentItem item() {
        return new ContentItem(proposalId().ref(), new UnitId(unit), author, visibility, contentState, title,
                proposalId().path(), language, createdAt, phase == Phase.CLOSED, null);
    }
}
