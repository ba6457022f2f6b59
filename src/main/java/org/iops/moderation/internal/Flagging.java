package org.iops.moderation.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.internal.ModerationLog.Record;
import org.iops.shared.NotFoundException;
import org.iops.shared.TooManyRequestsException;
import org.iops.web.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member flags an item they may see; the item goes to its unit's queue. Flags from members in good standing
 * (confirmed for 30 days, not suspended) weigh: {@link #AUTO_HIDE_AT} of them hide the item until a moderator looks
 * at it, unless its author is established (confirmed for 90 days, never acted against) or moderates its unit.
 * Flags from newer accounts reach the queue all the same and weigh nothing. A member may flag {@link #PER_MEMBER}
 * items in an hour: more would bury a unit's queue (and its moderators' mail) under one member's flags.
 */
@Service
public class Flagging {

    public static final int AUTO_HIDE_AT = 3;
    public static final int NOTE_LENGTH = 500;
    public static final RateLimiter.Limit PER_MEMBER = new RateLimiter.Limit("flag", 30, Duration.ofHours(1));

    private final Contents contents;
    private final ModerationQueue queue;
    private final ModerationLog log;
    private final MemberStanding standing;
    private final AuthorNotices notices;
    private final MessageSource messages;
    private final RateLimiter limiter;

    Flagging(Contents contents, ModerationQueue queue, ModerationLog log, MemberStanding standing, AuthorNotices notices,
            MessageSource messages, RateLimiter limiter) {
        this.limiter = limiter;
        this.contents = contents;
        this.queue = queue;
        this.log = log;
        this.standing = standing;
        this.notices = notices;
        this.messages = messages;
    }

    /**
     * The item the member may flag: one they may see, not removed, not their own.
     *
     * @throws NotFoundException for an unknown item or one they may not see
     * @throws ModerationException for a removed item or their own
     */
    public ContentItem flaggable(UUID flagger, ContentRef ref) {
        ContentItem item = contents.find(ref).filter(found -> contents.maySee(flagger, found))
                .orElseThrow(() -> new NotFoundException(ref.toString()));
        if (item.state() == ContentState.REMOVED) {
            throw ModerationException.conflict("moderation.problem.removed");
        }
        if (flagger.equals(item.author())) {
            throw ModerationException.conflict("moderation.problem.ownItem");
        }
        return item;
    }

    /**
     * Records the flag, once per member and item, and hides the item when the weighty flags reach the threshold.
     *
     * @throws ModerationException with status 429 when the member has flagged {@link #PER_MEMBER} items already
     */
    @Transactional
    public void flag(UUID flagger, ContentRef ref, FlagReason reason, @Nullable String note) {
        ContentItem item = flaggable(flagger, ref);
        String words = note == null || note.isBlank() ? null : note.strip();
        if (reason == FlagReason.OTHER && words == null) {
            throw new ModerationException(422, "moderation.flag.noteRequired");
        }
        if (words != null && words.length() > NOTE_LENGTH) {
            throw new ModerationException(422, "moderation.flag.noteTooLong", NOTE_LENGTH);
        }
        try {
            limiter.check(PER_MEMBER, flagger.toString());
        } catch (TooManyRequestsException tooMany) {
            throw new ModerationException(429, "moderation.flag.tooMany");
        }
        boolean weighty = standing.confirmedFor(flagger, MemberStanding.WEIGHTY_FLAGGER) && !standing.suspendedAnywhere(flagger);
        if (!queue.flag(item, flagger, reason, reason == FlagReason.OTHER ? words : null, weighty)) {
            throw ModerationException.conflict("moderation.problem.flaggedBefore");
        }
        limiter.charge(PER_MEMBER, flagger.toString()); // a flag refused as a repeat costs nothing
        if (weighty && item.state() == ContentState.PUBLISHED && queue.weightyFlags(ref) >= AUTO_HIDE_AT
                && mayBeAutoHidden(item)) {
            autoHide(item);
        }
    }

    private boolean mayBeAutoHidden(ContentItem item) {
        UUID author = item.author();
        return author != null && !standing.established(author) && !contents.mayModerate(author, item.unit());
    }

    private void autoHide(ContentItem item) {
        String reason = messages.getMessage("moderation.autoHidden.reason", null, "moderation.autoHidden.reason",
                Locale.forLanguageTag(item.language()));
        if (contents.sourceOf(item.ref()).changeState(item.ref(), ContentState.HIDDEN, reason)) {
            UUID entry = log.record(Record.onItem(item.unit(), null, LogAction.AUTO_HIDDEN, item, reason));
            notices.itemAction(item.author(), entry, LogAction.AUTO_HIDDEN, item.title(), item.path(), reason);
        }
    }
}
