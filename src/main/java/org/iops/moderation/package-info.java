/**
 * Moderation by level: members flag items of any kind of content; the moderators and admins of the item's unit and
 * of every unit above it see the flagged and held items in their queue, act on them (dismiss, hide with a reason,
 * show again, remove as spam, approve, edit, suspend the author from posting in the unit), and every action is
 * recorded in the unit's moderation log and told to the author, who may appeal it once to the unit above. The
 * international's moderators exclude a member from posting everywhere. Suspensions, exclusions and the spam
 * defences for new accounts are {@link org.iops.content.PostingRule}s, so they hold on every path a module posts by.
 *
 * <p>API: {@link org.iops.moderation.ModerationPaths}, the addresses an owning module links to (the author's appeal
 * of a hidden item). Everything else attaches through the content seam: flags are a
 * {@link org.iops.content.ContentAttachment}, held items arrive as {@link org.iops.content.ContentHeld}. See
 * {@code docs/moderation.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
        allowedDependencies = {"content", "demo", "members", "notifications", "shared", "text", "units", "web"})
package org.iops.moderation;
