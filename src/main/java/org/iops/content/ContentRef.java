package org.iops.content;

import java.util.UUID;
import java.util.regex.Pattern;
import org.iops.shared.MalformedIdException;

/**
 * Names one item of member content anywhere on the site: {@code blogs.post}, {@code forums.topic},
 * {@code forums.reply}, {@code comments.comment}... The type is {@code <module>.<noun>}, owned by the module whose
 * {@link ContentSource} declares it; the id is the item's own id in that module. Written as
 * {@code <type>:<uuid>} in forms, links and tokens.
 */
public record ContentRef(String type, UUID id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*");

    public ContentRef {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("a content type is named <module>.<noun>: " + type);
        }
        if (id == null) {
            throw new IllegalArgumentException("a content item has an id");
        }
    }

    /** The module part of the type: {@code blogs} for {@code blogs.post}. */
    public String module() {
        return type.substring(0, type.indexOf('.'));
    }

    /**
     * The reference written as {@code <type>:<uuid>}, as a form or a link sent it.
     *
     * @throws MalformedIdException (a 404) for anything else
     */
    public static ContentRef parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon < 0 || !TYPE.matcher(text.substring(0, colon)).matches()) {
            throw new MalformedIdException(String.valueOf(text));
        }
        return new ContentRef(text.substring(0, colon), MalformedIdException.uuid(text.substring(colon + 1), text));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
