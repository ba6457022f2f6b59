/**
 * Member content, whatever module owns it: what blog posts, forum topics and replies, comments, and later
 * projects, events and proposals have in common, so that the mechanisms shared by every kind of content
 * (comments, reactions, mentions, flags and moderation, search, notifications) attach to any of them through
 * one seam.
 *
 * <p>API: {@link org.iops.content.ContentRef} names an item, {@link org.iops.content.ContentItem} is what the
 * shared mechanisms know of it, {@link org.iops.content.Contents} finds items and applies the one visibility rule,
 * {@link org.iops.content.ContentSource} is implemented by each module that owns a kind of content,
 * {@link org.iops.content.PostingRule} by each module that may refuse or hold a post (suspensions, spam
 * defences), {@link org.iops.content.Mentions} notifies the members a text mentions, and
 * {@link org.iops.content.ContentActions} holds the moderation action. See {@code docs/adding-a-module.md},
 * "Member content".
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Member content",
        allowedDependencies = {"members", "notifications", "shared", "text", "units", "web"})
package org.iops.content;
