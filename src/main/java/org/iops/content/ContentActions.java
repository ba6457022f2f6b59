package org.iops.content;

import org.iops.units.Action;

/** The actions on member content, granted to the admins and moderators of a unit and every unit above it. */
public final class ContentActions {

    /**
     * Seeing a unit's moderation queue and log, hiding, removing, approving and editing items that live in the unit
     * or below it, pinning, closing and moving topics, suspending members from posting there.
     */
    public static final Action MODERATE = new Action("content.moderate");

    private ContentActions() {
    }
}
