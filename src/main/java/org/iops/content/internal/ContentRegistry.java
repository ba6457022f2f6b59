package org.iops.content.internal;

import gg.jte.Content;
import java.time.Clock;
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
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.iops.content.ContentActions;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentChanged;
import org.iops.content.ContentHeld;
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
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The one visibility rule, and the registry of every module's {@link ContentSource} and {@link PostingRule}. */
@Service
class ContentRegistry implements Contents {

    /** How many batches {@link #recentIn} asks each source for before it settles for fewer items. */
    private static final int MOST_ROUNDS = 5;

    private final Map<String, ContentSource> sources = new HashMap<>();
    private final List<PostingRule> rules;
    private final List<ContentAttachment> attachments;
    private final Permissions permissions;
    private final Memberships memberships;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentRegistry(List<ContentSource> sources, List<PostingRule> rules, List<ContentAttachment> attachments,
            Permissions permissions, Memberships memberships, UnitDirectory units, ApplicationEventPublisher events,
            Clock clock) {
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
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        ContentSource source = sources.get(ref.type());
        return source == null ? Optional.empty() : source.find(ref);
    }

    @Override
    public Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        Map<String, List<ContentRef>> byType = new LinkedHashMap<>();
        refs.forEach(ref -> byType.computeIfAbsent(ref.type(), type -> new ArrayList<>()).add(ref));
        Map<ContentRef, ContentItem> found = new HashMap<>();
        byType.forEach((type, ofType) -> {
            ContentSource source = sources.get(type);
            if (source != null) {
                found.putAll(source.findAll(ofType));
            }
        });
        return found;
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
        return sees(reader, item, this::find, unit -> reader != null && memberships.belongsTo(reader, unit),
                unit -> mayModerate(reader, unit), this::inHiddenChapter);
    }

    /** A chapter a branch admin hid from public pages: its items are for its members and moderators. */
    private boolean inHiddenChapter(UnitId unit) {
        return units.isHidden(unit);
    }

    /**
     * {@link #maySee} for many items of a few units: whether the reader belongs to and moderates each unit is worked
     * out once per unit (a page of 100 recent items asked it 100 times, each through the permission facade).
     */
    private Predicate<ContentItem> seenBy(@Nullable UUID reader) {
        Map<UnitId, Boolean> belongs = new HashMap<>();
        Map<UnitId, Boolean> moderates = new HashMap<>();
        Predicate<UnitId> belongsTo = unit -> belongs.computeIfAbsent(unit,
                u -> reader != null && memberships.belongsTo(reader, u));
        Predicate<UnitId> moderatesIn = unit -> moderates.computeIfAbsent(unit, u -> mayModerate(reader, u));
        Map<UnitId, Boolean> hidden = new HashMap<>();
        Predicate<UnitId> hiddenChapter = unit -> hidden.computeIfAbsent(unit, this::inHiddenChapter);
        return item -> sees(reader, item, this::find, belongsTo, moderatesIn, hiddenChapter);
    }

    /**
     * The one rule, for one item or a page of them: {@code finder} finds parents (remembered across a page), and
     * {@code belongs} says whether the (signed-in) reader belongs to a unit or a unit below it.
     */
    private boolean sees(@Nullable UUID reader, ContentItem item, Function<ContentRef, Optional<ContentItem>> finder,
            Predicate<UnitId> belongs, Predicate<UnitId> moderates, Predicate<UnitId> hiddenChapter) {
        if (item.parent() != null) {
            Optional<ContentItem> parent = finder.apply(item.parent());
            if (parent.isEmpty() || !sees(reader, parent.get(), finder, belongs, moderates, hiddenChapter)) {
                return false;
            }
        }
        boolean ownOrModerated = reader != null
                && (reader.equals(item.author()) || moderates.test(item.unit()));
        if (item.state() == ContentState.REMOVED) {
            return reader != null && moderates.test(item.unit());
        }
        if (item.state() != ContentState.PUBLISHED && !ownOrModerated) {
            // a hidden item shows its reason in its place: the owning module renders that, never the item
            return false;
        }
        if (hiddenChapter.test(item.unit()) && !(reader != null && (belongs.test(item.unit()) || ownOrModerated))) {
            // a hidden chapter's items are as unknown as its page, whatever their visibility (docs/units.md)
            return false;
        }
        return switch (item.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> reader != null;
            case UNIT -> reader != null && (belongs.test(item.unit()) || ownOrModerated);
        };
    }

    @Override
    public Map<ContentRef, ContentItem> visibleAmong(@Nullable UUID reader, Collection<ContentRef> refs) {
        Map<ContentRef, Optional<ContentItem>> found = new HashMap<>();
        // the items themselves in one query per type; the parents they read with, one by one and once each
        Map<ContentRef, ContentItem> listed = findAll(refs);
        refs.forEach(ref -> found.put(ref, Optional.ofNullable(listed.get(ref))));
        Function<ContentRef, Optional<ContentItem>> finder = ref -> {
            Optional<ContentItem> known = found.get(ref);
            if (known == null) {
                known = find(ref);
                found.put(ref, known);
            }
            return known;
        };
        // the reader's units and every unit above them (the international too), read once: belonging to one of them
        // is belonging there, as Memberships.belongsTo says
        Set<UnitId> within = new HashSet<>();
        if (reader != null) {
            for (UnitRef unit : memberships.unitsOf(reader)) {
                within.add(UnitId.INTERNATIONAL);
                within.add(unit.id());
                units.ancestorsOf(unit.id()).forEach(above -> within.add(above.id()));
            }
        }
        Map<ContentRef, ContentItem> visible = new LinkedHashMap<>();
        Map<UnitId, Boolean> moderated = new HashMap<>();
        Map<UnitId, Boolean> hidden = new HashMap<>();
        Predicate<UnitId> moderates = unit -> moderated.computeIfAbsent(unit, u -> mayModerate(reader, u));
        for (ContentRef ref : refs) {
            finder.apply(ref).filter(item -> sees(reader, item, finder, within::contains, moderates,
                            unit -> hidden.computeIfAbsent(unit, this::inHiddenChapter)))
                    .ifPresent(item -> visible.put(ref, item));
        }
        return visible;
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
    public void held(ContentItem item) {
        if (item.state() != ContentState.PENDING) {
            throw new IllegalArgumentException("only a held item waits for approval: " + item.ref());
        }
        events.publishEvent(new ContentHeld(item, clock.instant()));
    }

    @Override
    public void changed(ContentRef ref) {
        events.publishEvent(new ContentChanged(ref));
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
        Map<ContentRef, ContentItem> seen = new LinkedHashMap<>();
        for (ContentSource source : new LinkedHashSet<>(sources.values())) {
            seen.putAll(visibleRecent(source, units, reader, before, limit));
        }
        return seen.values().stream()
                .sorted(Comparator.comparing(ContentItem::created).reversed()).limit(limit).toList();
    }

    /**
     * Up to {@code limit} of the source's newest items that the reader may see: asked for in batches, older and
     * older, so that a reader who may see few of them (a visitor among members-only posts) still gets a full page.
     */
    private Map<ContentRef, ContentItem> visibleRecent(ContentSource source, Collection<UnitId> units,
            @Nullable UUID reader, Instant before, int limit) {
        Map<ContentRef, ContentItem> visible = new LinkedHashMap<>();
        Predicate<ContentItem> seen = seenBy(reader);
        int batch = limit * 2;
        Instant cursor = before;
        for (int round = 0; round < MOST_ROUNDS && visible.size() < limit; round++) {
            List<ContentItem> found = source.recent(units, cursor, batch);
            for (ContentItem item : found) {
                if (seen.test(item)) {
                    visible.putIfAbsent(item.ref(), item);
                }
            }
            if (found.size() < batch) {
                break;
            }
            cursor = found.get(found.size() - 1).created();
        }
        return visible;
    }
}
