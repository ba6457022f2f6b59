package org.iops.comments.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.iops.comments.thread.CommentRepository.Cursor;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;

/** The "show more" cursor as a link carries it: {@code <instant>_<comment id>}; anything else is a 404. */
final class CursorText {

    private CursorText() {
    }

    static String write(Cursor cursor) {
        return cursor.created() + "_" + cursor.id();
    }

    static Cursor read(String text) {
        int split = text.indexOf('_');
        if (split < 0 || text.length() > 100) {
            throw new NotFoundException("cursor " + text);
        }
        try {
            return new Cursor(Instant.parse(text.substring(0, split)),
                    MalformedIdException.uuid(text.substring(split + 1), "cursor"));
        } catch (DateTimeParseException malformed) {
            throw new NotFoundException("cursor " + text);
        }
    }
}
