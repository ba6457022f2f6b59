package org.iops.moderation.internal;

import java.util.EnumSet;
import java.util.Set;

/** What a moderator (or the auto-hiding) did, as the moderation log records it. */
public enum LogAction {
    DISMISSED, HIDDEN, AUTO_HIDDEN, SHOWN, REMOVED, APPROVED, EDITED, SUSPENDED, EXCLUDED, LIFTED, APPEAL_UPHELD,
    APPEAL_OVERTURNED;

    /** The actions an author may appeal, once. */
    public static final Set<LogAction> APPEALABLE = EnumSet.of(HIDDEN, AUTO_HIDDEN, REMOVED, EDITED, SUSPENDED, EXCLUDED);

    /** The actions that count against a member's standing (an established member has none). */
    public static final Set<LogAction> AGAINST_AUTHOR = EnumSet.of(HIDDEN, REMOVED, EDITED, SUSPENDED, EXCLUDED);

    public String messageKey() {
        return "moderation.log.action." + name();
    }
}
