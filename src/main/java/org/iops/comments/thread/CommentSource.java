package org.iops.comments.thread;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentDocument;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.ContentText;
import org.iops.content.Contents;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Comments as the shared mechanisms (moderation, mentions, reactions, search) see them: each an item whose parent
 * is the commented item, living in the item's unit with the item's visibility, closed when the item is.
 */
@Component
public class CommentSource implements ContentSource {

    private final CommentRepository comments;
    // the registry of sources is built from the sources, this one among them: asked for when first needed
    private final ObjectProvider<Contents> contents;
    private final ObjectProvider<CommentNotices> notices;
    private final Clock clock;

    CommentSource(CommentRepository comments, ObjectProvider<Contents> contents, ObjectProvider<CommentNotices> notices,
            Clock clock) {
        this.comments = comments;
        this.contents = contents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(Comment.TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        if (!Comment.TYPE.equals(ref.type())) {
            return Optional.empty();
        }
        return comments.find(ref.id()).flatMap(comment -> contents.getObject().find(comment.item())
                .map(item -> item(comment, item)));
    }

    /** The comment as an item of its own, from the item it belongs to (already read). */
    public ContentItem item(Comment comment, ContentItem of) {
        return new ContentItem(comment.ref(), of.unit(), comment.author(), of.visibility(), comment.state(),
                comment.title(), withoutAnchor(of.path()) + "#comment-" + comment.id(), of.language(), comment.created(),
                of.closed(), of.ref());
    }

    private static String withoutAnchor(String path) {
        int anchor = path.indexOf('#');
        return anchor < 0 ? path : path.substring(0, anchor);
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        return Comment.TYPE.equals(ref.type()) ? comments.find(ref.id()).map(Comment::body) : Optional.empty();
    }

    @Override
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        if (!Comment.TYPE.equals(ref.type())) {
            return false;
        }
        Optional<Comment> before = comments.lock(ref.id());
        if (before.isEmpty() || !comments.changeState(ref.id(), state, reason)) {
            return false;
        }
        if (before.get().state() == ContentState.PENDING && state == ContentState.PUBLISHED) {
            // a held comment approved: now its item's author and the mentioned members hear of it
            comments.find(ref.id()).ifPresent(notices.getObject()::published);
        }
        return true;
    }

    @Override
    public List<UUID> ids(String type, @Nullable UUID after, int limit) {
        return Comment.TYPE.equals(type) ? comments.ids(after, limit) : List.of();
    }

    @Override
    public List<ContentDocument> documents(String type, Collection<UUID> ids) {
        if (!Comment.TYPE.equals(type) || ids.isEmpty()) {
            return List.of();
        }
        List<Comment> found = comments.all(ids);
        Map<ContentRef, ContentItem> items = commented(found);
        List<ContentDocument> documents = new ArrayList<>();
        for (Comment comment : found) {
            ContentItem of = items.get(comment.item());
            if (of != null) {
                documents.add(new ContentDocument(item(comment, of), List.of(new ContentText(of.language(), "",
                        comment.body()))));
            }
        }
        return documents;
    }

    /** The comments in one query, the items they belong to in one per type. */
    @Override
    public Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        List<UUID> ids = refs.stream().filter(ref -> Comment.TYPE.equals(ref.type())).map(ContentRef::id).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Comment> found = comments.all(ids);
        Map<ContentRef, ContentItem> items = commented(found);
        Map<ContentRef, ContentItem> result = new HashMap<>();
        found.stream().filter(comment -> items.containsKey(comment.item()))
                .forEach(comment -> result.put(comment.ref(), item(comment, items.get(comment.item()))));
        return result;
    }

    /** The items the comments belong to, each read once, all at once. */
    private Map<ContentRef, ContentItem> commented(List<Comment> found) {
        return found.isEmpty() ? Map.of()
                : contents.getObject().findAll(found.stream().map(Comment::item).distinct().toList());
    }

    @Override
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        if (!Comment.TYPE.equals(ref.type())) {
            return false;
        }
        return comments.lock(ref.id()).map(comment -> {
            comments.replaceBody(comment.id(), markdown, comment.state(), clock.instant());
            return true;
        }).orElse(false);
    }
}
