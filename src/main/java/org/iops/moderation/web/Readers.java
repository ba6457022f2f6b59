package org.iops.moderation.web;

import java.util.UUID;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in reader of a moderation page. */
final class Readers {

    private Readers() {
    }

    static @Nullable UUID reader() {
        CurrentMember member = PageContextFactory.currentMember();
        return member == null ? null : member.memberId();
    }

    /** The signed-in member; a visitor is sent to sign in. */
    static UUID signedIn() {
        UUID reader = reader();
        if (reader == null) {
            throw new AccessDeniedException("sign in first");
        }
        return reader;
    }

    /** A reason typed in a form: trimmed, null when empty. */
    static @Nullable String words(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
