package org.iops.moderation.internal;

import org.iops.content.ContentHeld;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A held item waits in its unit's queue; it joins in the writing transaction, so it is never written without it. */
@Component
class HeldItems {

    private final ModerationQueue queue;

    HeldItems(ModerationQueue queue) {
        this.queue = queue;
    }

    @EventListener
    void on(ContentHeld held) {
        queue.enqueue(held.item(), true);
    }
}
