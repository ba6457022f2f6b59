package org.iops.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An address names something by an id that cannot be one (not a UUID, an odd encoding, far too long). To the
 * reader that is the same as an id that names nothing: a 404 page, not a 400 with a stack trace.
 */
public class MalformedIdException extends NotFoundException {

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} also takes "1-1-1-1-1", which no link holds. */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public MalformedIdException(String what) {
        super(what);
    }

    /** Whether {@code text} is a UUID as links and sessions write it (either case). */
    public static boolean wellFormed(String text) {
        return text != null && text.length() == 36 && UUID_TEXT.matcher(text).matches();
    }

    /** The UUID written in {@code text}, or this exception naming what was asked for. */
    public static UUID uuid(String text, String what) {
        if (!wellFormed(text)) {
            throw new MalformedIdException(what);
        }
        return UUID.fromString(text);
    }
}
