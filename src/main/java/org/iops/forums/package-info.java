/**
 * Forums: every unit has a forum of categories its admins manage; members of the unit start topics and reply, in
 * Markdown, publicly, for members or for the unit; moderators of the unit and above pin, close and move topics.
 * Topics open at the reader's first unread reply, the last page updates live, members follow or mute a forum, a
 * category or a topic and are told by email (and may reply to it), and "what is new" gathers what happened in every
 * unit a member belongs to.
 *
 * <p>API: the ids {@link org.iops.forums.TopicId}, {@link org.iops.forums.CategoryId} and
 * {@link org.iops.forums.ReplyId}. Everything else reaches the platform through its seams: a
 * {@code ContentSource} for {@code forums.topic} and {@code forums.reply}, a unit section, a navigation link, a
 * {@code ReplyByEmail}, notification kinds, personal data and demo data. See {@code docs/forums.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Forums",
        allowedDependencies = {"content", "demo", "members", "moderation", "notifications", "shared", "text", "units", "web"})
package org.iops.forums;
