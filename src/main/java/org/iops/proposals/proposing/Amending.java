package org.iops.proposals.proposing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.iops.content.Contents;
import org.iops.content.ContentState;
import org.iops.proposals.AmendmentId;
import org.iops.proposals.ProposalId;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments during the discussion: any member who may see the proposal proposes a replacement text with a reason;
 * its author accepts one (the replacement becomes the next version of the text) or declines it, once.
 */
@Component
class Amending {

    /** The amendment was decided already. */
    static class DecidedException extends RuntimeException {
        DecidedException() {
            super("the amendment was decided already");
        }
    }

    private final Proposing proposing;
    private final ProposalRepository proposals;
    private final AmendmentRepository amendments;
    private final Contents contents;
    private final ProposalNotices notices;
    private final Clock clock;

    Amending(Proposing proposing, ProposalRepository proposals, AmendmentRepository amendments, Contents contents,
            ProposalNotices notices, Clock clock) {
        this.proposing = proposing;
        this.proposals = proposals;
        this.amendments = amendments;
        this.contents = contents;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    AmendmentId propose(UUID member, ProposalId id, AmendmentForm form) {
        Proposal proposal = proposing.lockedInDiscussion(id);
        if (!contents.maySee(member, proposal.item()) || proposal.contentState() != ContentState.PUBLISHED) {
            throw new NotFoundException("proposal");
        }
        contents.checkPosting(member, new UnitId(proposal.unit()), form.getBody() + "\n\n" + form.getReason());
        Amendment amendment = new Amendment(UUID.randomUUID(), proposal.id(), member, proposal.version(),
                form.getBody(), form.getReason(), Amendment.State.OPEN, now(), null);
        amendments.insert(amendment);
        notices.amendmentProposed(proposal, amendment);
        return amendment.amendmentId();
    }

    /** The author's decision; an accepted amendment becomes the next version of the text. Returns the proposal. */
    @Transactional
    ProposalId decide(UUID author, AmendmentId amendmentId, boolean accept) {
        Amendment amendment = amendments.find(amendmentId.value())
                .orElseThrow(() -> new NotFoundException("amendment"));
        Proposal proposal = proposing.lockedInDiscussion(new ProposalId(amendment.proposal()));
        if (!proposal.isAuthor(author)) {
            throw new ForbiddenException("not the author");
        }
        Instant now = now();
        if (!amendments.decide(amendment.id(), accept ? Amendment.State.ACCEPTED : Amendment.State.DECLINED, now)) {
            throw new DecidedException();
        }
        if (accept) {
            proposals.addVersion(proposal.id(), proposal.version() + 1, proposal.title(), amendment.body(),
                    amendment.author(), amendment.id(), now);
        }
        notices.amendmentDecided(proposal, amendment, accept);
        return proposal.proposalId();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
