package org.iops.content;

import java.util.UUID;
import org.iops.units.UnitId;

/**
 * Contribution: a rule every new item and every edit passes before it is written, whichever module owns it and
 * whichever path it comes by (a form, a reply by email, an import). {@link Contents#checkPosting} asks every bean:
 * one refusal refuses, one hold holds. Moderation contributes suspensions and exclusions; spam defences contribute
 * the hold on new members' links and the posting rate of new accounts.
 */
public interface PostingRule {

    /**
     * @param markdown the text about to be written
     * @return {@link PostingVerdict#HOLD} to have a moderator approve it first, else {@link PostingVerdict#PUBLISH}
     * @throws PostingRefusedException when the member may not post it at all
     */
    PostingVerdict check(UUID author, UnitId unit, String markdown);
}
