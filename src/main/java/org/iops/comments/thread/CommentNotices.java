package org.iops.comments.thread;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.content.Mentions;
import org.iops.members.MemberNames;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.notifications.ReplyThread;
import org.iops.text.MemberText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who hears of a published comment: the members it mentions, the author of the commented item and the author of
 * the comment it answers, each once, only if they may see it, never its own author. Sent in the transaction that
 * publishes the comment (posting it, or a moderator approving it).
 */
@Component
class CommentNotices implements NotificationCatalog {

    static final String REPLY = "comments.reply";

    private final CommentRepository comments;
    private final CommentSource source;
    private final Contents contents;
    private final Mentions mentions;
    private final MemberText memberText;
    private final MemberNames names;
    private final Notifications notifications;
    private final String baseUrl;

    CommentNotices(CommentRepository comments, CommentSource source, Contents contents, Mentions mentions,
            MemberText memberText, MemberNames names, Notifications notifications,
            @Value("${iops.base-url}") String baseUrl) {
        this.comments = comments;
        this.source = source;
        this.contents = contents;
        this.mentions = mentions;
        this.memberText = memberText;
        this.names = names;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(REPLY, Delivery.IMMEDIATELY));
    }

    /** After an edit of a published comment: members it now mentions hear of it (each still only once). */
    void edited(Comment comment) {
        if (comment.state() != org.iops.content.ContentState.PUBLISHED) {
            return;
        }
        contents.find(comment.item()).ifPresent(item -> mentions.notifyMentioned(source.item(comment, item),
                memberText.render(comment.body()).mentions()));
    }

    /** Tells whoever should hear of the comment, now that it is published; returns who was told. */
    Set<UUID> published(Comment comment) {
        Optional<ContentItem> found = contents.find(comment.item());
        if (found.isEmpty()) {
            return Set.of();
        }
        ContentItem item = found.get();
        ContentItem asItem = source.item(comment, item);
        Set<UUID> told = new LinkedHashSet<>(mentions.notifyMentioned(asItem, memberText.render(comment.body()).mentions()));
        Set<UUID> answered = new LinkedHashSet<>();
        if (item.author() != null) {
            answered.add(item.author());
        }
        if (comment.replyingTo() != null) {
            comments.find(comment.replyingTo()).map(Comment::author).ifPresent(answered::add);
        }
        String writer = comment.author() == null ? ""
                : names.displayNames(List.of(comment.author())).getOrDefault(comment.author(), "");
        for (UUID member : answered) {
            if (member.equals(comment.author()) || told.contains(member) || !contents.maySee(member, asItem)) {
                continue;
            }
            notifications.notify(member, REPLY, baseUrl + asItem.path(),
                    new ReplyThread(item.ref().type(), item.ref().id()), Parameter.text(writer),
                    Parameter.text(item.title()), Parameter.text(comment.title()), Parameter.recipientName());
            told.add(member);
        }
        return told;
    }
}
