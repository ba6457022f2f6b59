package org.iops.blogs.posts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentDocument;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.ContentText;
import org.iops.content.ContentTranslations;
import org.iops.content.Mentions;
import org.iops.text.MemberText;
import org.springframework.beans.factory.ObjectProvider;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blog posts as member content ({@code blogs.post}): what moderation, comments, reactions and mentions see of them.
 * Drafts are no content: they are unknown here. A moderator's edit is a revision by the moderator.
 */
@Component
class PostSource implements ContentSource {

    private final PostRepository posts;
    // the mentions need the content registry, which needs this source: asked for when first used
    private final ObjectProvider<Mentions> mentions;
    private final ObjectProvider<ContentTranslations> translations;
    private final MemberText text;
    private final Clock clock;

    PostSource(PostRepository posts, ObjectProvider<Mentions> mentions, ObjectProvider<ContentTranslations> translations,
            MemberText text, Clock clock) {
        this.translations = translations;
        this.posts = posts;
        this.mentions = mentions;
        this.text = text;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(PostId.TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        return post(ref).map(Post::item);
    }

    @Override
    public Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        List<UUID> ids = refs.stream().filter(ref -> PostId.TYPE.equals(ref.type())).map(ContentRef::id).distinct()
                .toList();
        Map<ContentRef, ContentItem> found = new HashMap<>();
        posts.findAll(ids).stream().filter(post -> !post.isDraft()).map(Post::item)
                .forEach(item -> found.put(item.ref(), item));
        return found;
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        return post(ref).map(Post::body);
    }

    @Override
    @Transactional
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        Optional<Post> found = locked(ref);
        if (found.isEmpty()) {
            return false;
        }
        Post post = found.get();
        boolean approved = state == ContentState.PUBLISHED && post.contentState() != ContentState.PUBLISHED;
        Post changed = Posting.withState(post, state.name(), state == ContentState.HIDDEN ? reason : null);
        posts.update(changed);
        if (approved) {
            // mentions held back while the post waited are told once it is out
            mentions.getObject().notifyMentioned(changed.item(), text.render(changed.body()).mentions());
        }
        return true;
    }

    @Override
    @Transactional
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        Optional<Post> found = locked(ref);
        if (found.isEmpty()) {
            return false;
        }
        Post post = found.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Post edited = new Post(post.id(), post.author(), post.unit(), post.visibility(), post.state(), post.language(),
                post.title(), markdown, post.hiddenReason(), post.createdAt(), post.publishedAt(), now,
                post.version() + 1);
        posts.update(edited);
        posts.addRevision(post.id(), edited.version(), editor, edited.title(), markdown, now);
        return true;
    }

    @Override
    public List<ContentItem> recent(Collection<UnitId> units, Instant before, int limit) {
        return posts.recent(units.stream().map(UnitId::value).toList(), before, limit).stream().map(Post::item).toList();
    }

    @Override
    public List<ContentText> texts(ContentRef ref) {
        return post(ref).map(post -> documents(List.of(post)).get(0).texts()).orElse(List.of());
    }

    @Override
    public List<ContentDocument> documents(String type, Collection<UUID> ids) {
        return PostId.TYPE.equals(type) && !ids.isEmpty()
                ? documents(posts.findAll(ids).stream().filter(post -> !post.isDraft()).toList()) : List.of();
    }

    /** The posts with their texts: the original, then the published translations, in one query for them all. */
    private List<ContentDocument> documents(List<Post> found) {
        Map<UUID, List<ContentText>> texts = new HashMap<>();
        found.forEach(post -> texts.computeIfAbsent(post.id(), id -> new ArrayList<>())
                .add(new ContentText(post.language(), post.title(), post.body())));
        translations.getObject().published(found.stream().map(post -> post.postId().ref()).toList())
                .forEach((original, translated) -> translated.forEach(t -> texts.get(original.id())
                        .add(new ContentText(t.language(), t.title(), t.body()))));
        return found.stream().map(post -> new ContentDocument(post.item(), texts.get(post.id()))).toList();
    }

    @Override
    public List<UUID> ids(String type, @Nullable UUID after, int limit) {
        return PostId.TYPE.equals(type) ? posts.ids(after, limit) : List.of();
    }

    private Optional<Post> post(ContentRef ref) {
        return PostId.TYPE.equals(ref.type())
                ? posts.find(ref.id()).filter(post -> !post.isDraft()) : Optional.empty();
    }

    private Optional<Post> locked(ContentRef ref) {
        return PostId.TYPE.equals(ref.type())
                ? posts.lock(ref.id()).filter(post -> !post.isDraft()) : Optional.empty();
    }
}
