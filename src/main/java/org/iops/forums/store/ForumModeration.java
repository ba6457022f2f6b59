package org.iops.forums.store;

import java.time.Clock;
import java.util.UUID;
import org.iops.content.Contents;
import org.iops.forums.store.ModerationRecords.Action;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the moderators of a topic's unit (and of every unit above it) do to a topic: pin it, close it to new replies,
 * move it to another category of the unit or to the forum of another unit they moderate. Each is recorded and shown
 * on the topic.
 */
@Service
public class ForumModeration {

    private final TopicRepository topics;
    private final CategoryRepository categories;
    private final ModerationRecords records;
    private final Contents contents;
    private final Clock clock;

    ForumModeration(TopicRepository topics, CategoryRepository categories, ModerationRecords records, Contents contents,
            Clock clock) {
        this.topics = topics;
        this.categories = categories;
        this.records = records;
        this.contents = contents;
        this.clock = clock;
    }

    @Transactional
    public void pin(UUID moderator, UUID topicId, boolean pinned) {
        Topic topic = moderated(moderator, topicId);
        if (topic.pinned() != pinned) {
            topics.pin(topicId, pinned);
            records.record(topicId, pinned ? Action.PINNED : Action.UNPINNED, moderator, null, clock.instant());
        }
    }

    @Transactional
    public void close(UUID moderator, UUID topicId, boolean closed) {
        Topic topic = moderated(moderator, topicId);
        if (topic.closed() != closed) {
            topics.close(topicId, closed);
            records.record(topicId, closed ? Action.CLOSED : Action.REOPENED, moderator, null, clock.instant());
        }
    }

    /** Moves the topic to {@code categoryId}, which must be a live category of a unit the moderator also moderates. */
    @Transactional
    public void move(UUID moderator, UUID topicId, UUID categoryId) {
        Topic topic = moderated(moderator, topicId);
        Category to = categories.find(categoryId).orElseThrow(() -> new NotFoundException("category"));
        if (!contents.mayModerate(moderator, new UnitId(to.unitId()))) {
            throw new ForbiddenException("move a topic to " + to.unitId());
        }
        if (to.archived()) {
            throw new ForumRefusedException("forums.category.archivedRefused", 409);
        }
        if (!to.id().equals(topic.categoryId())) {
            topics.move(topicId, to);
            records.record(topicId, Action.MOVED, moderator, topic.categoryId(), clock.instant());
        }
    }

    /** The topic, if the reader moderates its unit; a 403 otherwise. */
    public Topic moderated(UUID moderator, UUID topicId) {
        Topic topic = topics.find(topicId).orElseThrow(() -> new NotFoundException("topic"));
        if (!contents.mayModerate(moderator, new UnitId(topic.unitId()))) {
            throw new ForbiddenException("moderate topic " + topicId);
        }
        return topic;
    }
}
