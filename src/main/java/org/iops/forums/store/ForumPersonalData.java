package org.iops.forums.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentTranslations;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forums' part of a member's data: the topics and replies they wrote, what they follow or mute, and how many
 * moderation actions they took. On erasure their topics and replies stay, as "former member" (the discussions others
 * took part in keep their sense); their follows, mutes and read positions go, and moderation records lose the name.
 */
@Component
@Order(1100)
class ForumPersonalData implements PersonalData {

    private final TopicRepository topics;
    private final ReplyRepository replies;
    private final Subscriptions subscriptions;
    private final ModerationRecords records;
    private final JdbcClient db;
    private final ContentTranslations translations;

    ForumPersonalData(TopicRepository topics, ReplyRepository replies, Subscriptions subscriptions,
            ModerationRecords records, JdbcClient db, ContentTranslations translations) {
        this.translations = translations;
        this.topics = topics;
        this.replies = replies;
        this.subscriptions = subscriptions;
        this.records = records;
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> written = topics.byAuthor(memberId).stream().map(t -> {
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("id", t.id().toString());
            topic.put("title", t.title());
            topic.put("text", t.body());
            topic.put("language", t.language());
            topic.put("visibility", t.visibility().name());
            topic.put("state", t.state().name());
            topic.put("writtenAt", t.createdAt().toString());
            return topic;
        }).toList();
        List<Map<String, Object>> answered = replies.byAuthor(memberId).stream().map(r -> {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("topic", r.topicId().toString());
            reply.put("number", r.number());
            reply.put("text", r.body());
            reply.put("state", r.state().name());
            reply.put("writtenAt", r.createdAt().toString());
            return reply;
        }).toList();
        List<Map<String, Object>> follows = subscriptions.ofMember(memberId).stream()
                .map(s -> Map.<String, Object>of("what", s.get(0), "id", s.get(1), "mode", s.get(2))).toList();
        if (!written.isEmpty()) {
            data.put("forumTopics", written);
        }
        if (!answered.isEmpty()) {
            data.put("forumReplies", answered);
        }
        if (!follows.isEmpty()) {
            data.put("forumFollows", follows);
        }
        List<Map<String, Object>> translated = translations.export(memberId, Topic.TYPE, "topic");
        if (!translated.isEmpty()) {
            data.put("forumTranslations", translated); // erased by the content module: they stay, by "former member"
        }
        long actions = records.countBy(memberId);
        if (actions > 0) {
            data.put("forumModerationActions", actions);
        }
        return data;
    }

    @Override
    public void erase(UUID memberId) {
        db.sql("UPDATE forum_topic SET author_id = NULL WHERE author_id = ?").param(memberId).update();
        db.sql("UPDATE forum_reply SET author_id = NULL WHERE author_id = ?").param(memberId).update();
        subscriptions.forget(memberId);
        records.forget(memberId);
    }
}
