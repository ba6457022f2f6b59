/**
 * Member blogs: every member has a blog of the posts they wrote; a post is published to one unit the author belongs
 * to and shows on that unit's page (a contributed section) and blog, with drafts, revisions, translations by any
 * member, featuring by the unit's admins (and promotion from the units below) and Atom feeds of what is public.
 *
 * <p>Its posts are member content ({@code blogs.post}, {@link org.iops.content.ContentSource}): the one visibility
 * rule of {@link org.iops.content.Contents} decides who reads them, every write passes the posting rules, and
 * comments and reactions attach through {@link org.iops.content.ContentAttachment}. Its API is {@link
 * org.iops.blogs.PostId}. See {@code docs/blogs.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Blogs",
        allowedDependencies = {"content", "demo", "members", "moderation", "pages", "shared", "text", "units", "web"})
package org.iops.blogs;
