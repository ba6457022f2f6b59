package org.iops.forums.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Topics ({@code forums.topic}) and replies ({@code forums.reply}) as the shared mechanisms see them: a reply has
 * its topic as parent, so it is seen only by those who may see the topic. Only topics are "recent" items of their
 * own; replies reach "what is new" through the forum's own page.
 */
@Component
class ForumContentSource implements ContentSource {

    private final TopicRepository topics;
    private final ReplyRepository replies;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<ContentTranslations> translations;

    ForumContentSource(TopicRepository topics, ReplyRepository replies, Clock clock,
            org.springframework.beans.factory.ObjectProvider<ContentTranslations> translations) {
        this.translations = translations;
        this.topics = topics;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(Topic.TYPE, Reply.TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        if (ref.type().equals(Topic.TYPE)) {
            return topics.find(ref.id()).map(Topic::item);
        }
        if (ref.type().equals(Reply.TYPE)) {
            return replies.find(ref.id()).flatMap(reply -> topics.find(reply.topicId()).map(topic -> reply.item(topic, true)));
        }
        return Optional.empty();
    }

    /** Topics in one query; replies in one, with their topics in another. */
    @Override
    public Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        List<UUID> replyIds = refs.stream().filter(ref -> ref.type().equals(Reply.TYPE)).map(ContentRef::id).distinct()
                .toList();
        List<Reply> found = replyIds.isEmpty() ? List.of() : replies.all(replyIds);
        Set<UUID> topicIds = new HashSet<>();
        refs.stream().filter(ref -> ref.type().equals(Topic.TYPE)).map(ContentRef::id).forEach(topicIds::add);
        found.forEach(reply -> topicIds.add(reply.topicId()));
        Map<UUID, Topic> their = new HashMap<>();
        if (!topicIds.isEmpty()) {
            topics.all(topicIds).forEach(topic -> their.put(topic.id(), topic));
        }
        Map<ContentRef, ContentItem> items = new HashMap<>();
        for (ContentRef ref : refs) {
            if (ref.type().equals(Topic.TYPE) && their.containsKey(ref.id())) {
                items.put(ref, their.get(ref.id()).item());
            }
        }
        found.stream().filter(reply -> their.containsKey(reply.topicId())).forEach(reply -> {
            ContentItem item = reply.item(their.get(reply.topicId()), true);
            items.put(item.ref(), item);
        });
        return items;
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        if (ref.type().equals(Topic.TYPE)) {
            return topics.find(ref.id()).map(Topic::body);
        }
        return ref.type().equals(Reply.TYPE) ? replies.find(ref.id()).map(Reply::body) : Optional.empty();
    }

    @Override
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        if (ref.type().equals(Topic.TYPE)) {
            return topics.changeState(ref.id(), state, reason);
        }
        return ref.type().equals(Reply.TYPE) && replies.changeState(ref.id(), state, reason);
    }

    @Override
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        Instant now = clock.instant();
        if (ref.type().equals(Topic.TYPE) && topics.find(ref.id()).isPresent()) {
            topics.replaceText(ref.id(), markdown, now);
            return true;
        }
        if (ref.type().equals(Reply.TYPE) && replies.find(ref.id()).isPresent()) {
            replies.replaceText(ref.id(), markdown, now);
            return true;
        }
        return false;
    }

    /** A topic is found by its translations' words too; a reply by its own. */
    @Override
    public List<ContentText> texts(ContentRef ref) {
        List<ContentDocument> found = documents(ref.type(), List.of(ref.id()));
        return found.isEmpty() ? List.of() : found.get(0).texts();
    }

    @Override
    public List<UUID> ids(String type, @Nullable UUID after, int limit) {
        if (type.equals(Topic.TYPE)) {
            return topics.ids(after, limit);
        }
        return type.equals(Reply.TYPE) ? replies.ids(after, limit) : List.of();
    }

    @Override
    public List<ContentDocument> documents(String type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (type.equals(Topic.TYPE)) {
            List<Topic> found = topics.all(ids);
            Map<ContentRef, List<ContentTranslation>> translated = translations.getObject()
                    .published(found.stream().map(topic -> topic.item().ref()).toList());
            return found.stream().map(topic -> {
                List<ContentText> texts = new java.util.ArrayList<>();
                texts.add(new ContentText(topic.language(), topic.title(), topic.body()));
                translated.getOrDefault(topic.item().ref(), List.of())
                        .forEach(t -> texts.add(new ContentText(t.language(), t.title(), t.body())));
                return new ContentDocument(topic.item(), texts);
            }).toList();
        }
        if (!type.equals(Reply.TYPE)) {
            return List.of();
        }
        List<Reply> found = replies.all(ids);
        Map<UUID, Topic> their = new HashMap<>();
        topics.all(found.stream().map(Reply::topicId).distinct().toList()).forEach(topic -> their.put(topic.id(), topic));
        return found.stream().filter(reply -> their.containsKey(reply.topicId())).map(reply -> {
            Topic topic = their.get(reply.topicId());
            return new ContentDocument(reply.item(topic, true), List.of(new ContentText(topic.language(), "", reply.body())));
        }).toList();
    }

    @Override
    public List<ContentItem> recent(Collection<UnitId> units, Instant before, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return topics.recent(units.stream().map(UnitId::value).toList(), before, limit).stream().map(Topic::item).toList();
    }
}
