package org.iops;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.PostingRefusedException;
import org.iops.content.PostingRule;
import org.iops.content.PostingVerdict;
import org.iops.content.Visibility;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * A kind of member content of the tests' own, {@code test.item}, owned by no real module: the shared mechanisms
 * (visibility, moderation, attachments, mentions) are tested on it through the {@link ContentSource} seam exactly as
 * they would act on a blog post or a forum topic. Items live in memory for the test run; every test makes its own.
 * It is also a {@link PostingRule} that refuses or holds only texts carrying {@link #REFUSE} or {@link #HOLD}, so
 * that {@code Contents.checkPosting} can be tested with every real rule present.
 * Imported by every shared test context ({@link TestFixtures}).
 */
@TestComponent
public class TestContent implements ContentSource, PostingRule {

    public static final String TYPE = "test.item";
    /** Text carrying this is refused by the tests' own {@link PostingRule}, as a suspension would refuse it. */
    public static final String REFUSE = "[[test:refuse]]";
    /** Text carrying this is held by the tests' own rule, as a new member's link would be. */
    public static final String HOLD = "[[test:hold]]";

    /** One item: what {@link ContentSource} tells of it, its text, and the reason it was last hidden for. */
    public record Stored(ContentItem item, String text, @Nullable String reason, @Nullable UUID lastEditor) {
    }

    private final Map<UUID, Stored> items = new ConcurrentHashMap<>();
    private final Clock clock;

    TestContent(Clock clock) {
        this.clock = clock;
    }

    /** A new published item of its own (no parent) in the unit. */
    public ContentItem add(UnitId unit, @Nullable UUID author, Visibility visibility) {
        return add(unit, author, visibility, ContentState.PUBLISHED, null, "Hello from the tests");
    }

    public ContentItem add(UnitId unit, @Nullable UUID author, Visibility visibility, ContentState state,
            @Nullable ContentRef parent, String text) {
        UUID id = UUID.randomUUID();
        ContentRef ref = new ContentRef(TYPE, id);
        ContentItem item = new ContentItem(ref, unit, author, visibility, state, "Test item " + id.toString().substring(0, 8),
                "/test-items/" + id, "en", clock.instant(), false, parent);
        items.put(id, new Stored(item, text, null, null));
        return item;
    }

    public Stored stored(ContentRef ref) {
        return items.get(ref.id());
    }

    public ContentState state(ContentRef ref) {
        return items.get(ref.id()).item().state();
    }

    /** Deletes the item as its owning module would (a deleted item is unknown). */
    public void delete(ContentRef ref) {
        items.remove(ref.id());
    }

    @Override
    public PostingVerdict check(UUID author, UnitId unit, String markdown) {
        if (markdown.contains(REFUSE)) {
            throw new PostingRefusedException("test.refused", false);
        }
        return markdown.contains(HOLD) ? PostingVerdict.HOLD : PostingVerdict.PUBLISH;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        return Optional.ofNullable(items.get(ref.id())).map(Stored::item);
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        return Optional.ofNullable(items.get(ref.id())).map(Stored::text);
    }

    @Override
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        Stored before = items.get(ref.id());
        if (before == null) {
            return false;
        }
        ContentItem i = before.item();
        items.put(ref.id(), new Stored(new ContentItem(i.ref(), i.unit(), i.author(), i.visibility(), state, i.title(),
                i.path(), i.language(), i.created(), i.closed(), i.parent()), before.text(), reason, before.lastEditor()));
        return true;
    }

    @Override
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        Stored before = items.get(ref.id());
        if (before == null) {
            return false;
        }
        items.put(ref.id(), new Stored(before.item(), markdown, before.reason(), editor));
        return true;
    }

    @Override
    public List<ContentItem> recent(Collection<UnitId> units, Instant before, int limit) {
        return items.values().stream().map(Stored::item)
                .filter(i -> i.parent() == null && i.state() == ContentState.PUBLISHED && units.contains(i.unit())
                        && i.created().isBefore(before))
                .sorted(Comparator.comparing(ContentItem::created).reversed()).limit(limit).toList();
    }
}
