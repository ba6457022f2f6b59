package org.iops.blogs.posts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the next page of a list starts: after the post published at {@code at} with {@code id} (keyset paging, so
 * the thousandth page costs what the first does). Written in links as {@code <epoch millis>.<uuid>}.
 */
record Cursor(Instant at, UUID id) {

    static Cursor after(Post post) {
        return new Cursor(post.publishedAt() == null ? post.createdAt() : post.publishedAt(), post.id());
    }

    /** The cursor a link sent, or null (the first page) for anything that is not one. */
    static @Nullable Cursor parse(@Nullable String text) {
        if (text == null || text.length() > 80) {
            return null;
        }
        int dot = text.indexOf('.');
        try {
            long micros = Long.parseLong(text.substring(0, Math.max(0, dot)));
            return new Cursor(Instant.EPOCH.plusNanos(micros * 1000), UUID.fromString(text.substring(dot + 1)));
        } catch (IllegalArgumentException | ArithmeticException notACursor) {
            return null;
        }
    }

    @Override
    public String toString() {
        // microseconds: what PostgreSQL keeps of a timestamp
        long micros = java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return micros + "." + id;
    }
}
