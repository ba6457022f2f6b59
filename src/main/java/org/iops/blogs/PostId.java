package org.iops.blogs;

import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.shared.MalformedIdException;

/** Identifies a blog post. Controllers take it from the address ({@code /posts/{id}}); a malformed id is a 404. */
public record PostId(UUID value) {

    /** The content type of posts ({@link ContentRef#type()}). */
    public static final String TYPE = "blogs.post";

    /** The post id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static PostId parse(String text) {
        return new PostId(MalformedIdException.uuid(text, "post"));
    }

    public ContentRef ref() {
        return new ContentRef(TYPE, value);
    }

    public String path() {
        return "/posts/" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
