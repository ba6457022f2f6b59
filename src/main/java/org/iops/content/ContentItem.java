package org.iops.content;

import java.time.Instant;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * What the shared mechanisms (comments, reactions, mentions, flags and moderation, search, notifications) know of
 * one item, whichever module owns it. Built by the owning module's {@link ContentSource}.
 *
 * @param unit the unit the item lives in: whose moderators see its flags, whose members see it when it is
 *     {@link Visibility#UNIT}
 * @param author who wrote it; null once the account is deleted
 * @param title a short title for lists, queues and emails (a post's title, the first words of a comment)
 * @param path the item's address on this site, from {@code /}, leading to the item itself (an anchor for a reply)
 * @param language the language it is written in, as a BCP 47 tag ({@code en}, {@code es}...)
 * @param closed whether it takes no more replies or comments (a closed topic)
 * @param parent the item it belongs to (a reply's topic, a comment's post), or null for an item of its own
 */
public record ContentItem(ContentRef ref, UnitId unit, @Nullable UUID author, Visibility visibility, ContentState state,
        String title, String path, String language, Instant created, boolean closed, @Nullable ContentRef parent) {
}
