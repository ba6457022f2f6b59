package org.iops.forums.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.Contents;
import org.iops.notifications.Audience;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audience {@code forums.followers}, for {@code Notifications.notifyAudience}: whoever follows the topic whose id
 * is the key, its category or its unit's forum, mutes none of them, and may see the topic (its replies read with
 * it). A reply to a topic a few hundred members follow used to write their notifications one by one while the
 * reply's transaction held the topic's row, so every other reply to the topic waited for them; now the reply writes
 * one row and the followers are told after its commit. Each page is one query through the subscriptions' target
 * index in member id order; those who may not see the topic are left out and the next followers fill the page.
 */
@Component(ForumFollowersAudience.NAME)
class ForumFollowersAudience implements Audience {

    static final String NAME = "forums.followers";

    private final JdbcClient db;
    private final TopicRepository topics;
    private final Contents contents;

    ForumFollowersAudience(JdbcClient db, TopicRepository topics, Contents contents) {
        this.db = db;
        this.topics = topics;
        this.contents = contents;
    }

    @Override
    public List<UUID> members(String key, @Nullable UUID after, int limit) {
        Optional<Topic> found;
        try {
            found = topics.find(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return List.of();
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Topic topic = found.get();
        List<UUID> members = new ArrayList<>();
        UUID cursor = after;
        while (members.size() < limit) {
            List<UUID> page = db.sql("SELECT member_id FROM forum_subscription WHERE ((target_type = 'FORUM' AND "
                            + "target_id = ?) OR (target_type = 'CATEGORY' AND target_id = ?) OR (target_type = 'TOPIC' "
                            + "AND target_id = ?)) AND (CAST(? AS uuid) IS NULL OR member_id > ?) GROUP BY member_id "
                            + "HAVING bool_and(mode = 'FOLLOW') ORDER BY member_id LIMIT ?")
                    .params(topic.unitId(), topic.categoryId(), topic.id(), cursor, cursor, limit)
                    .query(UUID.class).list();
            for (UUID follower : page) {
                if (members.size() < limit && contents.maySee(follower, topic.item())) {
                    members.add(follower);
                }
            }
            if (page.size() < limit) {
                break;
            }
            cursor = page.get(page.size() - 1);
        }
        return members;
    }
}
