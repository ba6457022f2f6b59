package org.iops.proposals.proposing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Mentions;
import org.iops.content.PostingVerdict;
import org.iops.content.Visibility;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.iops.proposals.ProposalRules;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.iops.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a proposal to a unit, editing its text during the discussion (a new version each time), supporting it and
 * withdrawing it: every write through the posting rules, the proposal locked while it changes.
 */
@Component
class Proposing {

    private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de");

    private final ProposalRepository proposals;
    private final RulesBook rules;
    private final Contents contents;
    private final Mentions mentions;
    private final MemberText text;
    private final Memberships memberships;
    private final UnitDirectory directory;
    private final ProposalNotices notices;
    private final Clock clock;

    Proposing(ProposalRepository proposals, RulesBook rules, Contents contents, Mentions mentions, MemberText text,
            Memberships memberships, UnitDirectory directory, ProposalNotices notices, Clock clock) {
        this.proposals = proposals;
        this.rules = rules;
        this.contents = contents;
        this.mentions = mentions;
        this.text = text;
        this.memberships = memberships;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /** A unit that takes proposals (not a merged or archived one); else the 404 page. */
    UnitRef openUnit(UnitId id) {
        return directory.find(id).filter(u -> u.status() != UnitStatus.MERGED && u.status() != UnitStatus.ARCHIVED)
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    /** What is wrong with a new proposal's form beyond its annotations, field by message key. */
    Map<String, String> problems(ProposalForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!LANGUAGES.contains(form.getLanguage())) {
            problems.put("language", "proposals.error.languageUnknown");
        }
        if (Set.of("PUBLIC", "MEMBERS", "UNIT").stream().noneMatch(form.getVisibility()::equals)) {
            problems.put("visibility", "proposals.error.visibilityUnknown");
        }
        if (ProposalForm.days(form.getDiscussionDays(), RulesBook.MAX_DISCUSSION_DAYS) < 0) {
            problems.put("discussionDays", "proposals.rules.discussionRange");
        }
        if (ProposalForm.days(form.getVotingDays(), RulesBook.MAX_VOTING_DAYS) < 0) {
            problems.put("votingDays", "proposals.rules.votingRange");
        }
        return problems;
    }

    /**
     * Puts a proposal to the unit under the rules holding there now, its author its first supporter.
     *
     * @throws ForbiddenException when the rules do not let the author propose there
     * @throws org.iops.content.PostingRefusedException when a posting rule refuses
     */
    @Transactional
    ProposalId create(UUID author, UnitId unit, ProposalForm form) {
        if (!rules.mayPropose(author, unit)) {
            throw new ForbiddenException("proposals.propose");
        }
        return put(author, unit, form);
    }

    private ProposalId put(UUID author, UnitId unit, ProposalForm form) {
        openUnit(unit);
        if (!problems(form).isEmpty()) {
            throw new IllegalArgumentException("invalid proposal form");
        }
        PostingVerdict verdict = contents.checkPosting(author, unit, form.getBody());
        ProposalRules holding = rules.current(unit);
        Instant now = now();
        Instant discussionEnds = now.plus(Duration.ofDays(ProposalForm.days(form.getDiscussionDays(), 999)));
        Instant votingEnds = discussionEnds.plus(Duration.ofDays(ProposalForm.days(form.getVotingDays(), 999)));
        long members = memberships.membersAt(unit, now).size();
        Proposal proposal = new Proposal(UUID.randomUUID(), unit.value(), author, form.getTitle(), form.getLanguage(),
                Visibility.valueOf(form.getVisibility()), Proposal.Phase.DISCUSSION, verdict.initialState(), null, 1,
                holding.supportNeeded(members), 0, holding.pollType(), holding.quorumPercent(), holding.twoThirds(),
                now, discussionEnds, votingEnds, null, null, null);
        proposals.insert(proposal, form.getBody());
        proposals.support(proposal.id(), author, now);
        if (verdict == PostingVerdict.HOLD) {
            contents.held(proposal.item());
        } else {
            published(proposal, form.getBody());
        }
        return proposal.proposalId();
    }

    /**
     * Puts new proposal rules for the unit to its members: a proposal whose text lists them; adopted, they become
     * the unit's rules, ratified, decided by it. Only those who may record the rules may.
     */
    @Transactional
    ProposalId proposeRules(UUID admin, UnitId unit, ProposalRules value, ProposalForm form) {
        if (!rules.maySet(admin, unit)) {
            throw new ForbiddenException("proposals.setRules");
        }
        ProposalId id = put(admin, unit, form);
        proposals.putRules(id.value(), RulesBook.json(value));
        return id;
    }

    /** The author's new version of the text (and title), during the discussion only. */
    @Transactional
    void edit(UUID author, ProposalId id, ProposalForm form) {
        Proposal proposal = lockedInDiscussion(id);
        if (!proposal.isAuthor(author)) {
            throw new ForbiddenException("not the author");
        }
        contents.checkPosting(author, new UnitId(proposal.unit()), form.getBody());
        proposals.addVersion(proposal.id(), proposal.version() + 1, form.getTitle(), form.getBody(), author, null,
                now());
    }

    /** Supports the proposal, or takes the support back; during the discussion, by a member of its unit. */
    @Transactional
    boolean toggleSupport(UUID member, ProposalId id) {
        Proposal proposal = lockedInDiscussion(id);
        if (!memberships.belongsTo(member, new UnitId(proposal.unit()))) {
            throw new ForbiddenException("not a member of the unit");
        }
        if (proposals.supports(proposal.id(), member)) {
            proposals.withdrawSupport(proposal.id(), member);
            return false;
        }
        return proposals.support(proposal.id(), member, now());
    }

    /** The author withdraws it during the discussion: it closes with the outcome "withdrawn". */
    @Transactional
    void withdraw(UUID author, ProposalId id) {
        Proposal proposal = lockedInDiscussion(id);
        if (!proposal.isAuthor(author)) {
            throw new ForbiddenException("not the author");
        }
        if (proposals.close(proposal.id(), ProposalOutcome.WITHDRAWN, now())) {
            notices.closed(proposal, ProposalOutcome.WITHDRAWN, false);
        }
    }

    /** The proposal locked, or a {@link NotDiscussedException} once its discussion is over. */
    Proposal lockedInDiscussion(ProposalId id) {
        Proposal proposal = proposals.lock(id.value()).orElseThrow(() -> new NotFoundException("proposal"));
        if (!proposal.inDiscussion() || !now().isBefore(proposal.discussionEnds())) {
            throw new NotDiscussedException();
        }
        return proposal;
    }

    /** Mentions and the unit's members are told once the proposal is out (now, or when a moderator approves it). */
    void published(Proposal proposal, String body) {
        mentions.notifyMentioned(proposal.item(), text.render(body).mentions());
        notices.proposed(proposal);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The discussion is over (voting, closed, or its period ended): nothing about the text changes any more. */
    static class NotDiscussedException extends RuntimeException {
        NotDiscussedException() {
            super("the discussion is over");
        }
    }

    static boolean isPublished(Proposal proposal) {
        return proposal.contentState() == ContentState.PUBLISHED;
    }
}
