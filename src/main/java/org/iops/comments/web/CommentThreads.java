package org.iops.comments.web;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.comments.thread.Comment;
import org.iops.comments.thread.CommentRepository;
import org.iops.comments.thread.CommentRepository.Cursor;
import org.iops.comments.thread.CommentRepository.Thread;
import org.iops.comments.thread.CommentSource;
import org.iops.comments.web.CommentViews.CommentView;
import org.iops.comments.web.CommentViews.CommentsView;
import org.iops.comments.web.CommentViews.ThreadView;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.members.MemberNames;
import org.iops.text.MemberText;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the comments of an item for one reader: a page of threads (three queries: threads, their first replies,
 * the writers' names, plus one per footer attachment such as likes), what each reader may see of each comment.
 */
@Component
class CommentThreads {

    static final int THREADS_PER_PAGE = 50;
    static final int REPLIES_SHOWN = 10;
    static final int REPLIES_ON_THREAD_PAGE = 500;

    private final CommentRepository comments;
    private final CommentSource source;
    private final ObjectProvider<Contents> contents;
    private final MemberNames names;
    private final MemberText memberText;

    CommentThreads(CommentRepository comments, CommentSource source, ObjectProvider<Contents> contents,
            MemberNames names, MemberText memberText) {
        this.comments = comments;
        this.source = source;
        this.contents = contents;
        this.names = names;
        this.memberText = memberText;
    }

    /** A page of the item's threads, after {@code after} (null: the first page). */
    CommentsView forItem(ContentItem item, @Nullable UUID reader, PageContext page, @Nullable Cursor after) {
        List<Thread> found = comments.threads(item.ref(), after, THREADS_PER_PAGE + 1);
        String more = null;
        if (found.size() > THREADS_PER_PAGE) {
            found = found.subList(0, THREADS_PER_PAGE);
            Comment last = found.get(found.size() - 1).first();
            more = "/comments?item=" + item.ref() + "&after=" + CursorText.write(new Cursor(last.created(), last.id()));
        }
        List<Thread> shown = found.stream().filter(t -> !t.first().removed() || t.replies() > 0).toList();
        return new CommentsView(item.ref().id().toString(), item.ref().toString(), item.title(), item.path(),
                comments.publishedCount(item.ref()), threads(item, shown, reader, page, REPLIES_SHOWN), more,
                reader != null, mayComment(item, reader), item.closed());
    }

    /** One thread with up to {@code replies} replies, or null when this reader sees nothing of it. */
    @Nullable ThreadView thread(ContentItem item, Thread thread, @Nullable UUID reader, PageContext page, int replies) {
        List<ThreadView> built = threads(item, List.of(thread), reader, page, replies);
        return built.isEmpty() ? null : built.get(0);
    }

    boolean mayComment(ContentItem item, @Nullable UUID reader) {
        return reader != null && !item.closed() && item.state() == ContentState.PUBLISHED;
    }

    private List<ThreadView> threads(ContentItem item, List<Thread> threads, @Nullable UUID reader, PageContext page,
            int repliesEach) {
        List<Comment> replies = comments.replies(threads.stream().map(t -> t.first().id()).toList(), repliesEach);
        List<Comment> all = new ArrayList<>(threads.stream().map(Thread::first).toList());
        all.addAll(replies);
        Map<UUID, Comment> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<UUID> writers = new HashSet<>();
        all.forEach(c -> {
            if (c.author() != null) {
                writers.add(c.author());
            }
        });
        Map<UUID, String> writerNames = names.displayNames(writers);
        Contents registry = contents.getObject();
        boolean moderator = registry.mayModerate(reader, item.unit());
        List<ContentItem> published = all.stream().filter(c -> c.state() == ContentState.PUBLISHED)
                .map(c -> source.item(c, item)).toList();
        Map<org.iops.content.ContentRef, List<Content>> footers = published.isEmpty() ? Map.of()
                : registry.attachments(published, ContentAttachment.Place.FOOTER, reader, page);
        View view = new View(item, reader, moderator, writerNames, byId, footers);
        List<ThreadView> built = new ArrayList<>();
        for (Thread thread : threads) {
            CommentView first = view.of(thread.first());
            if (first == null) {
                continue;
            }
            List<CommentView> shown = replies.stream().filter(r -> r.threadId().equals(thread.first().id()))
                    .map(view::of).filter(java.util.Objects::nonNull).toList();
            int loaded = (int) replies.stream().filter(r -> r.threadId().equals(thread.first().id())).count();
            built.add(new ThreadView(first, shown, Math.max(0, thread.replies() - loaded)));
        }
        return built;
    }

    /** What one reader sees of each comment of a page. */
    private final class View {

        private final ContentItem item;
        private final @Nullable UUID reader;
        private final boolean moderator;
        private final Map<UUID, String> writerNames;
        private final Map<UUID, Comment> byId;
        private final Map<org.iops.content.ContentRef, List<Content>> footers;

        View(ContentItem item, @Nullable UUID reader, boolean moderator, Map<UUID, String> writerNames,
                Map<UUID, Comment> byId, Map<org.iops.content.ContentRef, List<Content>> footers) {
            this.item = item;
            this.reader = reader;
            this.moderator = moderator;
            this.writerNames = writerNames;
            this.byId = byId;
            this.footers = footers;
        }

        @Nullable CommentView of(Comment c) {
            boolean mine = c.writtenBy(reader);
            boolean privileged = mine || moderator;
            String placeholder = null;
            String mark = null;
            String html = "";
            switch (c.state()) {
                case PUBLISHED -> html = memberText.render(c.body()).html();
                case PENDING -> {
                    if (!privileged) {
                        return null;
                    }
                    mark = "comments.mark.pending";
                    html = memberText.render(c.body()).html();
                }
                case HIDDEN -> {
                    if (privileged) {
                        mark = "comments.mark.hidden";
                        html = memberText.render(c.body()).html();
                    } else {
                        placeholder = "comments.hidden";
                    }
                }
                case REMOVED -> placeholder = "comments.removed";
            }
            boolean removed = c.state() == ContentState.REMOVED;
            String author = removed || c.author() == null ? null : blankToNull(writerNames.get(c.author()));
            Comment answered = c.replyingTo() == null || c.replyingTo().equals(c.thread()) ? null : byId.get(c.replyingTo());
            String replyingTo = answered == null || answered.removed() ? null
                    : answered.author() == null ? "" : writerNames.getOrDefault(answered.author(), "");
            boolean published = c.state() == ContentState.PUBLISHED;
            return new CommentView(c.id().toString(), c.threadId().toString(), author, c.created(),
                    c.edited() != null && !removed, html, placeholder, c.state() == ContentState.HIDDEN ? c.reason() : null,
                    mark, replyingTo, c.isReply(), published && mayComment(item, reader), mine && !removed,
                    footers.getOrDefault(c.ref(), List.of()));
        }

        private static @Nullable String blankToNull(@Nullable String name) {
            return name == null || name.isBlank() ? null : name;
        }
    }
}
