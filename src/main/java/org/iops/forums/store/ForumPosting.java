package org.iops.forums.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Mentions;
import org.iops.content.PostingVerdict;
import org.iops.content.Visibility;
import org.iops.forums.store.Subscriptions.Target;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write of a topic or a reply, whichever way it comes (the forms, a reply by email): who may post where, the
 * platform's posting rules ({@link Contents#checkPosting}: a held post waits as PENDING), mentions and followers.
 * Each method is one transaction; a refusal writes nothing.
 */
@Service
public class ForumPosting {

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final ReplyRepository replies;
    private final Subscriptions subscriptions;
    private final ForumFollowers followers;
    private final Contents contents;
    private final Mentions mentions;
    private final MemberText text;
    private final Memberships memberships;
    private final UnitDirectory units;
    private final Clock clock;

    ForumPosting(CategoryRepository categories, TopicRepository topics, ReplyRepository replies,
            Subscriptions subscriptions, ForumFollowers followers, Contents contents, Mentions mentions, MemberText text,
            Memberships memberships, UnitDirectory units, Clock clock) {
        this.categories = categories;
        this.topics = topics;
        this.replies = replies;
        this.subscriptions = subscriptions;
        this.followers = followers;
        this.contents = contents;
        this.mentions = mentions;
        this.text = text;
        this.memberships = memberships;
        this.units = units;
        this.clock = clock;
    }

    /** Starts a topic in the category; the author then follows it. */
    @Transactional
    public Topic startTopic(UUID author, UUID categoryId, String title, String body, String language,
            Visibility visibility) {
        Category category = categories.find(categoryId).orElseThrow(() -> new NotFoundException("category"));
        if (category.archived()) {
            throw new ForumRefusedException("forums.category.archivedRefused", 409);
        }
        requirePoster(author, category.unitId());
        PostingVerdict verdict = contents.checkPosting(author, new UnitId(category.unitId()), title + "\n\n" + body);
        Instant now = clock.instant();
        Topic topic = new Topic(UUID.randomUUID(), category.id(), category.unitId(), author, title, body, language,
                visibility, verdict.initialState(), null, false, false, 0, now, null, now);
        topics.insert(topic);
        subscriptions.followUnlessChosen(author, Target.TOPIC, topic.id());
        if (topic.state() == ContentState.PUBLISHED) {
            mentions.notifyMentioned(topic.item(), text.render(body).mentions());
            followers.newTopic(topic);
        } else if (topic.state() == ContentState.PENDING) {
            contents.held(topic.item()); // it waits in the unit's moderation queue
        }
        return topic;
    }

    /**
     * Starts a topic in the unit's implicit "General" of a unit that has no category yet: the default category is
     * written with the topic, in the same transaction, so a refused topic leaves no category behind either.
     */
    @Transactional
    public Topic startTopicInGeneral(UUID author, UUID unit, String title, String body, String language,
            Visibility visibility) {
        // startTopic checks the author; a refusal rolls the category back with the topic
        return startTopic(author, categories.defaultOf(unit).id(), title, body, language, visibility);
    }

    /**
     * Replies in the topic, quoting one of its replies when {@code quoted} is given; the author then follows it. Every
     * check and the rendering come before the topic's row is locked for the reply's number, so the replies to one
     * topic wait for each other only while one is written; the followers are told after the commit.
     */
    @Transactional
    public Reply reply(UUID author, UUID topicId, String body, @Nullable UUID quoted) {
        Topic seen = topics.find(topicId).orElseThrow(() -> new NotFoundException("topic"));
        if (seen.state() != ContentState.REMOVED && !contents.maySee(author, seen.item())) {
            throw new NotFoundException("topic"); // nothing said of a topic the member may not see
        }
        refuseReplyTo(seen);
        requirePoster(author, seen.unitId());
        if (quoted != null && replies.find(quoted).filter(r -> r.topicId().equals(topicId)).isEmpty()) {
            throw new ForumRefusedException("forums.reply.quoteElsewhere", 422);
        }
        PostingVerdict verdict = contents.checkPosting(author, new UnitId(seen.unitId()), body);
        List<String> mentioned = text.render(body).mentions();
        // closed or removed since it was read: the locked row says
        Topic topic = topics.lock(topicId).orElseThrow(() -> new NotFoundException("topic"));
        refuseReplyTo(topic);
        Instant now = clock.instant();
        int number = topic.lastNumber() + 1;
        UUID id = UUID.randomUUID();
        replies.insert(id, topicId, topic.unitId(), number, author, body, quoted, verdict.initialState(), now);
        topics.replied(topicId, number, now);
        subscriptions.followUnlessChosen(author, Target.TOPIC, topicId);
        Reply reply = replies.find(id).orElseThrow();
        if (reply.state() == ContentState.PUBLISHED) {
            mentions.notifyMentioned(reply.item(topic, true), mentioned);
            followers.newReply(topic, reply);
        } else if (reply.state() == ContentState.PENDING) {
            contents.held(reply.item(topic, true));
        }
        return reply;
    }

    private static void refuseReplyTo(Topic topic) {
        if (topic.state() == ContentState.REMOVED) {
            throw new ForumRefusedException("forums.reply.topicRemoved", 410);
        }
        if (topic.closed()) {
            throw new ForumRefusedException("forums.reply.closed", 409);
        }
    }

    /** The author edits their topic; the page then marks it edited. */
    @Transactional
    public Topic editTopic(UUID editor, UUID topicId, String title, String body, String language, Visibility visibility) {
        Topic topic = ownTopic(editor, topicId);
        PostingVerdict verdict = contents.checkPosting(editor, new UnitId(topic.unitId()), title + "\n\n" + body);
        topics.edit(topicId, title, body, language, visibility, stateAfterEdit(topic.state(), verdict), clock.instant());
        Topic edited = topics.find(topicId).orElseThrow();
        if (edited.state() == ContentState.PUBLISHED) {
            mentions.notifyMentioned(edited.item(), text.render(body).mentions());
        } else if (edited.state() == ContentState.PENDING) {
            contents.held(edited.item());
        }
        return edited;
    }

    @Transactional
    public Reply editReply(UUID editor, UUID replyId, String body) {
        Reply reply = ownReply(editor, replyId);
        Topic topic = topics.find(reply.topicId()).orElseThrow();
        PostingVerdict verdict = contents.checkPosting(editor, new UnitId(topic.unitId()), body);
        replies.edit(replyId, body, stateAfterEdit(reply.state(), verdict), clock.instant());
        Reply edited = replies.find(replyId).orElseThrow();
        if (edited.state() == ContentState.PUBLISHED) {
            mentions.notifyMentioned(edited.item(topic, true), text.render(body).mentions());
        } else if (edited.state() == ContentState.PENDING) {
            contents.held(edited.item(topic, true));
        }
        return edited;
    }

    /** The author deletes their topic: nobody but moderators sees it any more, nor its replies. */
    @Transactional
    public Topic deleteTopic(UUID editor, UUID topicId) {
        Topic topic = ownTopic(editor, topicId);
        topics.changeState(topicId, ContentState.REMOVED, null);
        return topic;
    }

    /** The author deletes their reply; where later replies quote it, "reply removed" stays in its place. */
    @Transactional
    public Reply deleteReply(UUID editor, UUID replyId) {
        Reply reply = ownReply(editor, replyId);
        replies.changeState(replyId, ContentState.REMOVED, null);
        return reply;
    }

    /** Only a member of the unit posts in its forum (its moderators too), and nothing new starts in a closed unit. */
    private void requirePoster(UUID author, UUID unit) {
        UnitStatus status = units.find(new UnitId(unit)).map(u -> u.status()).orElseThrow(() -> new NotFoundException("unit"));
        if (status == UnitStatus.ARCHIVED || status == UnitStatus.MERGED) {
            throw new ForumRefusedException("forums.unit.closedRefused", 409);
        }
        if (!memberships.belongsTo(author, new UnitId(unit)) && !contents.mayModerate(author, new UnitId(unit))) {
            throw new ForumRefusedException("forums.post.notMember", 403);
        }
    }

    private Topic ownTopic(UUID editor, UUID topicId) {
        Topic topic = topics.find(topicId).filter(t -> t.state() != ContentState.REMOVED)
                .orElseThrow(() -> new NotFoundException("topic"));
        if (!editor.equals(topic.authorId())) {
            throw new ForumRefusedException("forums.post.notYours", 403);
        }
        return topic;
    }

    private Reply ownReply(UUID editor, UUID replyId) {
        Reply reply = replies.find(replyId).filter(r -> r.state() != ContentState.REMOVED)
                .orElseThrow(() -> new NotFoundException("reply"));
        if (!editor.equals(reply.authorId())) {
            throw new ForumRefusedException("forums.post.notYours", 403);
        }
        Topic topic = topics.find(reply.topicId()).orElseThrow();
        if (topic.state() == ContentState.REMOVED) {
            throw new ForumRefusedException("forums.reply.topicRemoved", 410);
        }
        return reply;
    }

    /** An edit a rule holds waits for approval again; a hidden item stays hidden. */
    private static ContentState stateAfterEdit(ContentState state, PostingVerdict verdict) {
        if (state == ContentState.HIDDEN) {
            return state;
        }
        return verdict == PostingVerdict.HOLD ? ContentState.PENDING : state;
    }
}
