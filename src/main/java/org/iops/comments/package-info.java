/**
 * Comments on any item of member content (blog posts now, events and proposals later), through one mechanism: a
 * {@link org.iops.content.ContentAttachment} below the item renders its threads and the form, and each comment is an
 * item of its own ({@code comments.comment}) whose parent is the commented item, so it lives in the item's unit with
 * the item's visibility and the one rule of {@link org.iops.content.Contents#maySee} decides who sees it. Threads
 * have two levels (a comment and its replies; a reply to a reply joins the same thread, "replying to X"), editing
 * with an "edited" mark, deletion leaving "comment removed" where replies remain, quoting, and pagination by keyset.
 * Also the mention suggestions of every Markdown textarea ({@code GET /mentions}).
 *
 * <p>API: {@link org.iops.comments.CommentId}, and {@link org.iops.comments.Commentable}, by which a module says which
 * of its content types take comments.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
        allowedDependencies = {"content", "demo", "members", "notifications", "shared", "text", "units", "web"})
package org.iops.comments;
