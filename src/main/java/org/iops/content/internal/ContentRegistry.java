package org.iops.content.internal;

import gg.jte.Content;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentActions;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.PostingRule;
import org.iops.content.PostingVerdict;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The one visibility rule, and the registry of every module's {@link ContentSource} and {@link PostingRule}. */
@Service
class ContentRegistry implements Contents {

    private final Map<String, ContentSource> sources = new HashMap<>();
    private final List<PostingRule> rules;
    private final List<ContentAttachment> attachments;
    private final Permissions permissions;
    private final Memberships memberships;

    ContentRegistry(List<ContentSource> sources, List<PostingRule> rules, List<ContentAttachment> attachments,
            Permissions permissions, Memberships memberships) {
        for (ContentSource source : sources) {
            for (String type : source.types()) {
                ContentSource before = this.sources.putIfAbsent(type, source);
                if (before != null) {
                    throw new IllegalStateException("two modules own the content type " + type + ": "
                            + before.getClass().getName() + " and " + source.getClass().getName());
                }
            }
        }
        this.rules = List.copyOf(rules);
        this.attachments = attachments.stream().sorted(Comparator.comparingInt(ContentAttachment::order)).toList();
        this.permissions = permissions;
        this.memberships = memberships;
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        ContentSource source = sources.get(ref.type());
        return source == null ? Optional.empty() : source.find(ref);
    }

    @Override
    public ContentSource sourceOf(ContentRef ref) {
        ContentSource source = sources.get(ref.type());
        if (source == null) {
            throw new NotFoundException(ref.toString());
        }
        return source;
    }

    @Override
    public boolean maySee(@Nullable UUID reader, ContentItem item) {
        if (item.parent() != null) {
            Optional<ContentItem> parent = find(item.parent());
            if (parent.isEmpty() || !maySee(reader, parent.get())) {
                return false;
            }
        }
        boolean ownOrModerated = reader != null
                && (reader.equals(item.author()) || mayModerate(reader, item.unit()));
        if (item.state() == ContentState.REMOVED) {
            return reader != null && mayModerate(reader, item.unit());
        }
        if (item.state() != ContentState.PUBLISHED && !ownOrModerated) {
            // a hidden item shows its reason in its place: the owning module renders that, never the item
            return false;
        }
        return switch (item.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> reader != null;
            case UNIT -> reader != null && (memberships.belongsTo(reader, item.unit()) || ownOrModerated);
        };
    }

    @Override
    public boolean mayModerate(@Nullable UUID reader, UnitId unit) {
        return reader != null && permissions.may(reader, ContentActions.MODERATE, unit);
    }

    @Override
    public PostingVerdict checkPosting(UUID author, UnitId unit, String markdown) {
        PostingVerdict verdict = PostingVerdict.PUBLISH;
        for (PostingRule rule : rules) {
            if (rule.check(author, unit, markdown) == PostingVerdict.HOLD) {
                verdict = PostingVerdict.HOLD;
            }
        }
        return verdict;
    }

    @Override
    public Map<ContentRef, List<Content>> attachments(List<ContentItem> items, ContentAttachment.Place place,
            @Nullable UUID reader, PageContext page) {
        Map<ContentRef, List<Content>> shown = new LinkedHashMap<>();
        items.forEach(item -> shown.put(item.ref(), new ArrayList<>()));
        for (ContentAttachment attachment : attachments) {
            if (attachment.place() != place) {
                continue;
            }
            List<ContentItem> attached = items.stream().filter(item -> attachment.attachesTo(item.ref().type())).toList();
            if (!attached.isEmpty()) {
                attachment.render(attached, reader, page).forEach((ref, content) -> {
                    List<Content> parts = shown.get(ref);
                    if (parts != null) {
                        parts.add(content);
                    }
                });
            }
        }
        return shown;
    }

    @Override
    public List<ContentItem> recentIn(Collection<UnitId> units, @Nullable UUID reader, Instant before, int limit) {
        if (units.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<ContentItem> all = new ArrayList<>();
        for (ContentSource source : new LinkedHashSet<>(sources.values())) {
            // ask for more than the limit: some may be hidden from this reader
            all.addAll(source.recent(units, before, limit * 2));
        }
        return all.stream().filter(item -> maySee(reader, item))
                .sorted(Comparator.comparing(ContentItem::created).reversed()).limit(limit).toList();
    }
}
