package org.iops.forums.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.members.MemberNames;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.notifications.ReplyThread;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells the followers of a forum, a category or a topic about a new topic or reply: only those who may see it, never
 * its author, and nobody who muted the forum, the category or the topic. The email may be answered to reply.
 */
@Service
public class ForumFollowers {

    /** Notification kinds, declared in {@code ForumNotifications}. */
    public static final String REPLY = "forums.reply";
    public static final String NEW_TOPIC = "forums.newTopic";

    private final Notifications notifications;
    private final MemberNames names;
    private final UnitDirectory units;
    private final String baseUrl;

    ForumFollowers(Notifications notifications, MemberNames names,
            UnitDirectory units, @Value("${iops.base-url}") String baseUrl) {
        this.units = units;
        this.notifications = notifications;
        this.names = names;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void newTopic(Topic topic) {
        tell(topic, topic.item(), NEW_TOPIC, topic.path(), topic.body());
    }

    void newReply(Topic topic, Reply reply) {
        // the reply reads with its topic: who may see the topic may see its published replies
        tell(topic, reply.item(topic, false), REPLY, reply.path(), reply.body());
    }

    private void tell(Topic topic, ContentItem item, String kind, String path, String text) {
        Map<UUID, String> authors = item.author() == null ? Map.of() : names.displayNames(List.of(item.author()));
        String author = item.author() == null ? "" : authors.getOrDefault(item.author(), "");
        // digests group by the topic's unit, then by the topic (a branch is named in English there)
        String unitName = units.find(new UnitId(topic.unitId())).map(u -> u.displayName(Locale.ENGLISH)).orElse("");
        NotificationPlace place = NotificationPlace.thread(topic.unitId(), unitName,
                new ReplyThread(Topic.TYPE, topic.id()));
        // one row now; the followers who may see it are told after the commit (ForumFollowersAudience)
        notifications.notifyAudience(ForumFollowersAudience.NAME, topic.id().toString(),
                item.author() == null ? Set.of() : Set.of(item.author()), kind, baseUrl + path, place,
                Parameter.text(author), Parameter.text(topic.title()), Parameter.recipientName(), Parameter.text(text));
    }
}
