/**
 * Reactions: a "like" on any item of member content (posts, topics, replies, comments), one per member and item,
 * counted. A {@link org.iops.content.ContentAttachment} in each item's footer shows the button and the count for a
 * whole page of items with one query; visitors see the counts only. The item's author hears of likes at most once an
 * hour per item ("3 people liked ..."), under the notification kind {@code reactions.like}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reactions",
        allowedDependencies = {"content", "demo", "notifications", "shared", "units", "web"})
package org.iops.reactions;
