package org.iops.proposals.proposing;

import gg.jte.Content;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.members.MemberNames;
import org.iops.proposals.ProposalId;
import org.iops.proposals.proposing.ProposalViews.AmendmentLine;
import org.iops.proposals.proposing.ProposalViews.ProposalPage;
import org.iops.proposals.proposing.ProposalViews.ProposalSummary;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reading proposals: the one visibility rule ({@link Contents#maySee}) decides who may, and a proposal's page is
 * built for its reader (what they may do on it, what is attached below it).
 */
@Component
class ProposalReader {

    private final ProposalRepository proposals;
    private final AmendmentRepository amendments;
    private final Contents contents;
    private final Memberships memberships;
    private final MemberNames names;
    private final MemberText text;
    private final UnitDirectory directory;

    ProposalReader(ProposalRepository proposals, AmendmentRepository amendments, Contents contents,
            Memberships memberships, MemberNames names, MemberText text, UnitDirectory directory) {
        this.proposals = proposals;
        this.amendments = amendments;
        this.contents = contents;
        this.memberships = memberships;
        this.names = names;
        this.text = text;
        this.directory = directory;
    }

    /** The proposal if the reader may see it; else the 404 page, as for one that never was. */
    Proposal readable(@Nullable UUID reader, ProposalId id) {
        Proposal proposal = proposals.find(id.value()).orElseThrow(() -> new NotFoundException("proposal"));
        if (!maySee(reader, proposal)) {
            throw new NotFoundException("proposal");
        }
        return proposal;
    }

    boolean maySee(@Nullable UUID reader, Proposal proposal) {
        return contents.maySee(reader, proposal.item());
    }

    /** Whether the reader sees the hidden reason in the proposal's place (neither its author nor a moderator). */
    boolean hiddenFrom(@Nullable UUID reader, Proposal proposal) {
        return proposal.contentState() == ContentState.HIDDEN && !proposal.isAuthor(reader)
                && !contents.mayModerate(reader, new UnitId(proposal.unit()));
    }

    /** Display names of these members, "former member" for those gone. */
    Map<UUID, String> names(Set<UUID> ids) {
        return names.displayNames(ids.stream().filter(Objects::nonNull).toList());
    }

    ProposalPage page(Proposal p, @Nullable UUID reader, PageContext page) {
        boolean hidden = hiddenFrom(reader, p);
        List<Amendment> all = hidden ? List.of() : amendments.of(p.id());
        Set<UUID> people = new HashSet<>();
        if (p.author() != null) {
            people.add(p.author());
        }
        all.stream().map(Amendment::author).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, String> known = names(people);
        String former = page.t("members.former");
        UnitRef unit = directory.find(new UnitId(p.unit())).orElse(null);
        boolean published = p.contentState() == ContentState.PUBLISHED;
        boolean open = p.inDiscussion() && published && !hidden;
        boolean member = reader != null && memberships.belongsTo(reader, new UnitId(p.unit()));
        List<AmendmentLine> lines = all.stream().map(a -> new AmendmentLine(a.path(),
                a.author() == null ? former : known.getOrDefault(a.author(), former),
                "proposals.amendment.state." + a.state().name(), a.createdAt(), a.baseVersion(),
                a.state() == Amendment.State.OPEN)).toList();
        List<Content> footer = List.of();
        List<Content> below = List.of();
        if (!hidden) {
            footer = attached(p.item(), ContentAttachment.Place.FOOTER, reader, page);
            below = attached(p.item(), ContentAttachment.Place.BELOW, reader, page);
        }
        String author = p.author() == null ? former : known.getOrDefault(p.author(), former);
        return new ProposalPage(p.id().toString(), p.proposalId().path(), hidden ? page.t("proposals.hiddenTitle")
                : p.title(), hidden ? "" : text.render(proposals.body(p.id())).html(), p.language(),
                unit == null ? "" : unit.displayName(page.locale()), unit == null ? "" : unit.path(), author,
                p.author() == null ? null : "/members/" + p.author(), p.phase().name(), p.createdAt(),
                p.discussionEnds(), p.votingEnds(), p.outcome() == null ? null : p.outcome().messageKey(),
                p.outcomeAt(), p.supporters(), p.supportNeeded(), proposals.supports(p.id(), reader),
                open && member, open && p.isAuthor(reader), open && reader != null, p.version(),
                p.contentState() == ContentState.PENDING, hidden || p.contentState() == ContentState.HIDDEN
                        ? p.hiddenReason() == null ? "" : p.hiddenReason() : null,
                p.poll() == null ? null : "/polls/" + p.poll(), "proposals.pollType." + p.pollType().name(),
                "proposals.visibility." + p.visibility().name(), lines, footer, below);
    }

    /** The unit's latest proposals of each phase the reader may see, up to {@code limit} a phase. */
    java.util.Map<Proposal.Phase, List<ProposalSummary>> latestOfUnit(@Nullable UUID reader, UnitId unit, int limit) {
        java.util.Map<Proposal.Phase, List<ProposalSummary>> shown = new java.util.EnumMap<>(Proposal.Phase.class);
        proposals.latestOfUnit(unit.value(), limit).forEach((phase, found) -> shown.put(phase,
                found.stream().filter(p -> maySee(reader, p)).map(ProposalReader::summary).toList()));
        return shown;
    }

    static ProposalSummary summary(Proposal p) {
        return new ProposalSummary(p.title(), p.proposalId().path(), p.language(), p.phase().name(),
                switch (p.phase()) {
                    case DISCUSSION -> p.discussionEnds();
                    case VOTING -> p.votingEnds();
                    case CLOSED -> p.outcomeAt();
                }, p.outcome() == null ? null : p.outcome().messageKey(), p.supporters(), p.supportNeeded());
    }

    private List<Content> attached(ContentItem item, ContentAttachment.Place place, @Nullable UUID reader,
            PageContext page) {
        return contents.attachments(List.of(item), place, reader, page).getOrDefault(item.ref(), List.of());
    }
}
