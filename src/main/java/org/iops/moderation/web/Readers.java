package org.iops.moderation.web;

import java.util.UUID;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;

/** The signed-in reader of a moderation page. */
final class Readers {

    private Readers() {
    }

    static @Nullable UUID reader() {
        return PageContextFactory.currentMemberId();
    }

    /** The signed-in member; a visitor is sent to sign in. */
    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }

    /** A reason typed in a form: trimmed, null when empty. */
    static @Nullable String words(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
