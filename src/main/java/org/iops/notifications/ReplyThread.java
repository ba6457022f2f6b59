package org.iops.notifications;

import java.util.UUID;

/**
 * The thread a notification is about, when members may answer it by replying to the email: a forum topic, the
 * comments of a post. The email's reply-to address then carries a token signed for this member and this thread,
 * and the reply is handed to the module's {@link ReplyByEmail}.
 *
 * @param type the content type of the thread ({@code forums.topic}, {@code blogs.post})
 */
public record ReplyThread(String type, UUID id) {
}
