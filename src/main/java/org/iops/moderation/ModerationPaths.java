package org.iops.moderation;

import org.iops.content.ContentRef;
import org.iops.units.UnitId;

/** The addresses of moderation's pages, for the modules that link to them. */
public final class ModerationPaths {

    private ModerationPaths() {
    }

    /**
     * Where the author of a hidden, removed or edited item appeals the moderator's action: link it from the reason a
     * module shows in place of a hidden item, for its author only.
     */
    public static String appeal(ContentRef item) {
        return "/moderation/appeal?item=" + item;
    }

    /** The no-script page for flagging an item. */
    public static String flag(ContentRef item) {
        return "/moderation/flag?item=" + item;
    }

    /** A unit's moderation queue. */
    public static String queue(UnitId unit) {
        return "/units/" + unit + "/moderation";
    }

    /** A unit's moderation log. */
    public static String log(UnitId unit) {
        return "/units/" + unit + "/moderation/log";
    }
}
