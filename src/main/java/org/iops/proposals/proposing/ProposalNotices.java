package org.iops.proposals.proposing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.proposals.ProposalOutcome;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who hears of a proposal, in the transaction that makes the news: the unit's members when it is put and when it is
 * decided (an audience notification, told in batches after the commit); its author and supporters when it goes to a vote or falls short of support; the author of each
 * amendment and the proposal's author when amendments come and are decided. Only a published proposal is
 * announced, and only to those who may see it.
 */
@Component
class ProposalNotices implements NotificationCatalog {

    static final String PROPOSED = "proposals.proposed";
    static final String AMENDMENT = "proposals.amended";
    static final String AMENDMENT_DECIDED = "proposals.amendmentDecided";
    static final String VOTING = "proposals.voting";
    static final String OUTCOME = "proposals.outcome";
    /** The units module's audience of a unit's members. */
    static final String UNIT_MEMBERS = "units.members";

    private final Notifications notifications;
    private final UnitDirectory directory;
    // the content registry needs this module's source, which is built before it: asked for when first used
    private final ObjectProvider<Contents> contents;
    private final ProposalRepository proposals;
    private final String baseUrl;

    ProposalNotices(Notifications notifications, UnitDirectory directory, ObjectProvider<Contents> contents,
            ProposalRepository proposals,
            @Value("${iops.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.directory = directory;
        this.contents = contents;
        this.proposals = proposals;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(PROPOSED, Delivery.DAILY),
                new NotificationKind(AMENDMENT, Delivery.IMMEDIATELY),
                new NotificationKind(AMENDMENT_DECIDED, Delivery.IMMEDIATELY),
                new NotificationKind(VOTING, Delivery.IMMEDIATELY),
                new NotificationKind(OUTCOME, Delivery.IMMEDIATELY));
    }

    /** A new proposal: the unit's members, but its author. */
    void proposed(Proposal proposal) {
        tellUnit(proposal, proposal.author() == null ? Set.of() : Set.of(proposal.author()), PROPOSED,
                Parameter.text(proposal.title()), Parameter.date(proposal.discussionEnds()));
    }

    /** A new amendment: the proposal's author. */
    void amendmentProposed(Proposal proposal, Amendment amendment) {
        if (proposal.author() != null && !proposal.isAuthor(amendment.author())) {
            send(proposal, Set.of(proposal.author()), AMENDMENT, Parameter.text(proposal.title()));
        }
    }

    /** The author's decision on an amendment: its author. */
    void amendmentDecided(Proposal proposal, Amendment amendment, boolean accepted) {
        if (amendment.author() != null && !proposal.isAuthor(amendment.author())) {
            send(proposal, Set.of(amendment.author()), AMENDMENT_DECIDED, Parameter.text(proposal.title()),
                    Parameter.message(accepted ? "proposals.amendment.accepted" : "proposals.amendment.declined"));
        }
    }

    /** The vote opened (the poll tells the electorate): the author and the supporters. */
    void votingOpened(Proposal proposal) {
        send(proposal, authorAndSupporters(proposal), VOTING, Parameter.text(proposal.title()),
                Parameter.date(proposal.votingEnds()));
    }

    /** The outcome: the author and supporters, and the whole unit when it was decided by a vote. */
    void closed(Proposal proposal, ProposalOutcome outcome, boolean wholeUnit) {
        Set<UUID> told = authorAndSupporters(proposal);
        Parameter[] parameters = {Parameter.text(proposal.title()), Parameter.message(outcome.messageKey())};
        send(proposal, told, OUTCOME, parameters);
        if (wholeUnit) {
            tellUnit(proposal, told, OUTCOME, parameters);
        }
    }

    /**
     * The unit's members but {@code except}, however many: one row in this transaction, told afterwards in batches
     * (the units module's audience {@code units.members}); a member of the unit sees its published proposals.
     */
    private void tellUnit(Proposal proposal, Set<UUID> except, String kind, Parameter... parameters) {
        if (proposal.contentState() != ContentState.PUBLISHED) {
            return;
        }
        notifications.notifyAudience(UNIT_MEMBERS, proposal.unit().toString(), except, kind,
                baseUrl + proposal.proposalId().path(), place(proposal), parameters);
    }

    private NotificationPlace place(Proposal proposal) {
        UnitRef unit = directory.find(new UnitId(proposal.unit())).orElse(null);
        return unit == null ? NotificationPlace.NONE : NotificationPlace.unit(proposal.unit(), unit.name());
    }

    private Set<UUID> authorAndSupporters(Proposal proposal) {
        Set<UUID> told = new LinkedHashSet<>();
        if (proposal.author() != null) {
            told.add(proposal.author());
        }
        told.addAll(proposals.supporters(proposal.id()));
        return told;
    }

    /** Sends to each recipient who may see the proposal (a supporter may have moved away). */
    private void send(Proposal proposal, Set<UUID> recipients, String kind,
            Parameter... parameters) {
        if (proposal.contentState() != ContentState.PUBLISHED || recipients.isEmpty()) {
            return;
        }
        NotificationPlace place = place(proposal);
        String link = baseUrl + proposal.proposalId().path();
        Contents visibility = contents.getObject();
        for (UUID member : recipients) {
            if (visibility.maySee(member, proposal.item())) {
                notifications.notify(member, kind, link, place, parameters);
            }
        }
    }
}
