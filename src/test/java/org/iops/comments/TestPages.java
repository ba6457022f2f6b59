package org.iops.comments;

import java.time.Clock;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A content type of the tests ({@code test.page}), as a module that owns content would declare it: a
 * {@link ContentSource} kept in memory, comments on its items ({@link Commentable}) and its own page
 * ({@link TestPageController}). Imported by every shared test context ({@code org.iops.TestFixtures}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPages {

    public static final String TYPE = "test.page";

    /** One page as the source keeps it. */
    public record Page(UUID id, UnitId unit, @Nullable UUID author, Visibility visibility, ContentState state,
            String title, boolean closed) {
    }

    /** The pages of the tests, made by {@link #add}. */
    public static class Store implements ContentSource {

        private final Map<UUID, Page> pages = new ConcurrentHashMap<>();
        private final Clock clock;

        Store(Clock clock) {
            this.clock = clock;
        }

        /** A new published page in the unit, by the author, seen by whom {@code visibility} says. */
        public ContentRef add(UUID unit, @Nullable UUID author, Visibility visibility, String title) {
            UUID id = UUID.randomUUID();
            pages.put(id, new Page(id, new UnitId(unit), author, visibility, ContentState.PUBLISHED, title, false));
            return new ContentRef(TYPE, id);
        }

        public void close(ContentRef ref) {
            pages.computeIfPresent(ref.id(), (id, p) -> new Page(id, p.unit(), p.author(), p.visibility(), p.state(),
                    p.title(), true));
        }

        @Override
        public Set<String> types() {
            return Set.of(TYPE);
        }

        @Override
        public Optional<ContentItem> find(ContentRef ref) {
            if (!TYPE.equals(ref.type())) {
                return Optional.empty();
            }
            return Optional.ofNullable(pages.get(ref.id())).map(p -> new ContentItem(ref, p.unit(), p.author(),
                    p.visibility(), p.state(), p.title(), "/test-pages/" + p.id(), "en", clock.instant(), p.closed(),
                    null));
        }

        @Override
        public Optional<String> text(ContentRef ref) {
            return find(ref).map(item -> "Text of " + item.title());
        }

        @Override
        public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
            return pages.computeIfPresent(ref.id(), (id, p) -> new Page(id, p.unit(), p.author(), p.visibility(), state,
                    p.title(), p.closed())) != null;
        }

        @Override
        public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
            return false;
        }
    }

    /** Text with {@link #HOLD} waits for a moderator, text with {@link #REFUSE} is refused, as moderation's rules would. */
    public static final String HOLD = "[hold for review]";
    public static final String REFUSE = "[refuse posting]";

    @Bean
    PostingRule testPostingRule() {
        return (author, unit, markdown) -> {
            if (markdown.contains(REFUSE)) {
                throw new PostingRefusedException("commentstest.refused", false);
            }
            return markdown.contains(HOLD) ? PostingVerdict.HOLD : PostingVerdict.PUBLISH;
        };
    }

    @Bean
    Store testPageStore(Clock clock) {
        return new Store(clock);
    }

    @Bean
    Commentable testPagesTakeComments() {
        return () -> Set.of(TYPE);
    }

}
