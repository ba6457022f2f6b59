package org.iops.proposals.proposing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.comments.Commentable;
import org.iops.content.ContentDocument;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.ContentText;
import org.iops.proposals.ProposalId;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as member content ({@code proposals.proposal}): what moderation, comments, mentions, flags and search
 * see of them. They take comments (the discussion) until they close. A moderator's edit is a new version by the
 * moderator, even once the text is frozen for the vote (the poll keeps the text it was opened with). Search finds
 * them by their title and current text ({@link ContentSource#texts}'s default), and rebuilds from {@link #ids}.
 */
@Component
class ProposalSource implements ContentSource {

    private final ProposalRepository proposals;
    // publishing a held proposal announces it, through a service that needs the content registry: asked for later
    private final ObjectProvider<Proposing> proposing;
    private final Clock clock;

    ProposalSource(ProposalRepository proposals, ObjectProvider<Proposing> proposing, Clock clock) {
        this.proposals = proposals;
        this.proposing = proposing;
        this.clock = clock;
    }

    @Bean
    static Commentable proposalComments() {
        return () -> Set.of(ProposalId.TYPE);
    }

    @Override
    public Set<String> types() {
        return Set.of(ProposalId.TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        return proposal(ref).map(Proposal::item);
    }

    @Override
    public Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        List<UUID> ids = refs.stream().filter(ref -> ProposalId.TYPE.equals(ref.type())).map(ContentRef::id)
                .distinct().toList();
        Map<ContentRef, ContentItem> found = new HashMap<>();
        if (!ids.isEmpty()) {
            proposals.all(ids).stream().map(Proposal::item).forEach(item -> found.put(item.ref(), item));
        }
        return found;
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        return proposal(ref).map(p -> proposals.body(p.id()));
    }

    @Override
    @Transactional
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        Optional<Proposal> found = locked(ref);
        if (found.isEmpty()) {
            return false;
        }
        Proposal proposal = found.get();
        proposals.changeState(proposal.id(), state, state == ContentState.HIDDEN ? reason : null);
        if (state == ContentState.PUBLISHED && proposal.contentState() == ContentState.PENDING) {
            Proposal approved = proposals.find(proposal.id()).orElseThrow();
            proposing.getObject().published(approved, proposals.body(proposal.id()));
        }
        return true;
    }

    @Override
    @Transactional
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        Optional<Proposal> found = locked(ref);
        if (found.isEmpty()) {
            return false;
        }
        Proposal proposal = found.get();
        proposals.addVersion(proposal.id(), proposal.version() + 1, proposal.title(), markdown, editor, null,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return true;
    }

    @Override
    public List<ContentItem> recent(Collection<UnitId> units, Instant before, int limit) {
        return proposals.recent(units.stream().map(UnitId::value).toList(), before, limit).stream()
                .map(Proposal::item).toList();
    }

    @Override
    public List<UUID> ids(String type, @Nullable UUID after, int limit) {
        return ProposalId.TYPE.equals(type) ? proposals.ids(after, limit) : List.of();
    }

    @Override
    public List<ContentDocument> documents(String type, Collection<UUID> ids) {
        if (!ProposalId.TYPE.equals(type) || ids.isEmpty()) {
            return List.of();
        }
        return proposals.withTexts(ids).stream().map(found -> new ContentDocument(found.proposal().item(),
                List.of(new ContentText(found.proposal().language(), found.proposal().title(), found.body()))))
                .toList();
    }

    private Optional<Proposal> proposal(ContentRef ref) {
        return ProposalId.TYPE.equals(ref.type()) ? proposals.find(ref.id()) : Optional.empty();
    }

    private Optional<Proposal> locked(ContentRef ref) {
        return ProposalId.TYPE.equals(ref.type()) ? proposals.lock(ref.id()) : Optional.empty();
    }
}
