package org.iops.content;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Tells the members a text mentions ({@code @displayName}, found by {@code MemberText}) that they were mentioned,
 * if they may see the item, once per item and member, never the author themself.
 */
public interface Mentions {

    /** The kind of notification a mention sends (declared in this module's notification kinds). */
    String KIND = "content.mention";

    /**
     * Notifies the members named in {@code displayNames} who may see {@code item} and were not notified of it
     * before; call after writing or editing the item, in the same transaction.
     *
     * @return who was notified
     */
    Set<UUID> notifyMentioned(ContentItem item, Collection<String> displayNames);
}
