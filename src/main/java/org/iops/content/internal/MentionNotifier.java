package org.iops.content.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.content.Mentions;
import org.iops.members.MemberNames;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves {@code @displayName} mentions and tells each member mentioned once per item, only if they may see it.
 * A text naming more than {@link #MOST_NAMES} people mentions the first ones only, so a post cannot be used to
 * mail the whole organization.
 */
@Service
class MentionNotifier implements Mentions {

    static final int MOST_NAMES = 20;

    private final MemberNames names;
    private final Contents contents;
    private final Notifications notifications;
    private final JdbcClient db;
    private final Clock clock;
    private final String baseUrl;

    MentionNotifier(MemberNames names, Contents contents, Notifications notifications, JdbcClient db, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${iops.base-url}") String baseUrl) {
        this.names = names;
        this.contents = contents;
        this.notifications = notifications;
        this.db = db;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    @Transactional
    public Set<UUID> notifyMentioned(ContentItem item, Collection<String> displayNames) {
        List<String> asked = displayNames.stream().distinct().limit(MOST_NAMES).toList();
        Set<UUID> told = new LinkedHashSet<>();
        if (asked.isEmpty()) {
            return told;
        }
        String author = item.author() == null ? "" : names.displayNames(List.of(item.author())).getOrDefault(item.author(), "");
        for (List<UUID> members : names.byDisplayName(asked).values()) {
            for (UUID member : members) {
                if (member.equals(item.author()) || !contents.maySee(member, item) || told.contains(member)) {
                    continue;
                }
                int inserted = db.sql("INSERT INTO content_mention (content_ref, member_id, notified_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(item.ref().toString(), member, java.sql.Timestamp.from(clock.instant())).update();
                if (inserted == 1) {
                    notifications.notify(member, KIND, baseUrl + item.path(), Parameter.text(author),
                            Parameter.text(item.title()), Parameter.recipientName());
                    told.add(member);
                }
            }
        }
        return told;
    }
}
