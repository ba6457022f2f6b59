package org.iops.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.internal.ModerationLog.Record;
import org.iops.moderation.internal.Suspensions.Suspension;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a moderator does from a unit's queue, each in one transaction: the item changes through its module's
 * {@code ContentSource}, the action goes to the moderation log, the item leaves the queue, and the author is told.
 * The moderator must moderate the queue's unit, and the item must live in it or below it.
 */
@Service
public class ModeratorActions {

    /** How long a suspension lasts. */
    public enum Period {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), UNTIL_LIFTED(null);

        private final @Nullable Duration length;

        Period(@Nullable Duration length) {
            this.length = length;
        }

        @Nullable Instant endFrom(Instant start) {
            return length == null ? null : start.plus(length);
        }
    }

    private final Contents contents;
    private final ModerationQueue queue;
    private final ModerationLog log;
    private final Suspensions suspensions;
    private final UnitTree tree;
    private final UnitDirectory units;
    private final Permissions permissions;
    private final AuthorNotices notices;
    private final Clock clock;

    ModeratorActions(Contents contents, ModerationQueue queue, ModerationLog log, Suspensions suspensions, UnitTree tree,
            UnitDirectory units, Permissions permissions, AuthorNotices notices, Clock clock) {
        this.contents = contents;
        this.queue = queue;
        this.log = log;
        this.suspensions = suspensions;
        this.tree = tree;
        this.units = units;
        this.permissions = permissions;
        this.notices = notices;
        this.clock = clock;
    }

    /** The flags were unfounded: the item leaves the queue as it is (an auto-hidden item is shown again). */
    @Transactional
    public void dismiss(UUID moderator, UnitId unit, ContentRef ref, @Nullable String reason) {
        if (contents.find(ref).isEmpty()) {
            dismissGone(moderator, unit, ref, reason);
            return;
        }
        ContentItem item = target(moderator, unit, ref);
        if (!queue.isWaiting(ref)) {
            throw ModerationException.conflict("moderation.problem.notWaiting");
        }
        if (item.state() == ContentState.HIDDEN && autoHidden(item)) {
            contents.sourceOf(ref).changeState(ref, ContentState.PUBLISHED, null);
        }
        queue.close(ref);
        log.record(Record.onItem(unit, moderator, LogAction.DISMISSED, item, reason));
    }

    /** An item its module deleted since it was flagged leaves the queue, by one who moderates where it waited. */
    private void dismissGone(UUID moderator, UnitId unit, ContentRef ref, @Nullable String reason) {
        requireModerator(moderator, unit);
        UnitId waitedIn = queue.unitOf(ref).filter(at -> tree.isAtOrBelow(at, unit))
                .orElseThrow(() -> new NotFoundException(ref.toString()));
        queue.close(ref);
        log.record(new Record(waitedIn, moderator, LogAction.DISMISSED, ref.toString(), null, null, null, reason, null,
                null));
    }

    /** Hidden, with the reason its module shows in the item's place. */
    @Transactional
    public UUID hide(UUID moderator, UnitId unit, ContentRef ref, String reason) {
        ContentItem item = target(moderator, unit, ref);
        requireReason(reason);
        if (item.state() == ContentState.HIDDEN || item.state() == ContentState.REMOVED) {
            throw ModerationException.conflict("moderation.problem.alreadyHidden");
        }
        return change(moderator, unit, item, ContentState.HIDDEN, LogAction.HIDDEN, reason);
    }

    /** A hidden item shown again. */
    @Transactional
    public UUID show(UUID moderator, UnitId unit, ContentRef ref, @Nullable String reason) {
        ContentItem item = target(moderator, unit, ref);
        if (item.state() != ContentState.HIDDEN) {
            throw ModerationException.conflict("moderation.problem.notHidden");
        }
        return change(moderator, unit, item, ContentState.PUBLISHED, LogAction.SHOWN, reason);
    }

    /** Removed as spam: nobody but moderators sees it any more. */
    @Transactional
    public UUID remove(UUID moderator, UnitId unit, ContentRef ref, String reason) {
        ContentItem item = target(moderator, unit, ref);
        requireReason(reason);
        if (item.state() == ContentState.REMOVED) {
            throw ModerationException.conflict("moderation.problem.alreadyRemoved");
        }
        return change(moderator, unit, item, ContentState.REMOVED, LogAction.REMOVED, reason);
    }

    /** A held item published. */
    @Transactional
    public UUID approve(UUID moderator, UnitId unit, ContentRef ref, @Nullable String reason) {
        ContentItem item = target(moderator, unit, ref);
        if (item.state() != ContentState.PENDING) {
            throw ModerationException.conflict("moderation.problem.notHeld");
        }
        return change(moderator, unit, item, ContentState.PUBLISHED, LogAction.APPROVED, reason);
    }

    /** The text replaced by the moderator's edit (a phone number taken out); the text before is kept for an appeal. */
    @Transactional
    public UUID edit(UUID moderator, UnitId unit, ContentRef ref, String markdown, String reason) {
        ContentItem item = target(moderator, unit, ref);
        requireReason(reason);
        if (markdown.isBlank() || !MemberText.fits(markdown)) {
            throw new ModerationException(422, "moderation.problem.text");
        }
        String before = contents.sourceOf(ref).text(ref).orElseThrow(() -> new NotFoundException(ref.toString()));
        if (before.strip().equals(markdown.strip())) {
            throw new ModerationException(422, "moderation.problem.unchanged");
        }
        if (!contents.sourceOf(ref).replaceText(ref, markdown, moderator)) {
            throw new NotFoundException(ref.toString());
        }
        queue.close(ref);
        // logged and told as the item reads now: a title made from the text must not keep what the edit took out
        ContentItem edited = contents.find(ref).orElse(item);
        UUID entry = log.record(Record.onItem(unit, moderator, LogAction.EDITED, edited, reason), before);
        notices.itemAction(item.author(), entry, LogAction.EDITED, edited.title(), edited.path(), reason);
        return entry;
    }

    /**
     * The item's author may not post in the queue's unit (and below it) for the period; on the international's queue
     * this is an exclusion from posting everywhere, for those who may exclude.
     */
    @Transactional
    public UUID suspendAuthor(UUID moderator, UnitId unit, ContentRef ref, Period period, String reason) {
        ContentItem item = target(moderator, unit, ref);
        if (item.author() == null) {
            throw ModerationException.conflict("moderation.problem.authorGone");
        }
        return suspend(moderator, unit, item.author(), period, reason, item);
    }

    @Transactional
    public UUID suspend(UUID moderator, UnitId unit, UUID member, Period period, String reason,
            @Nullable ContentItem about) {
        requireModerator(moderator, unit);
        requireReason(reason);
        boolean exclusion = unit.equals(UnitId.INTERNATIONAL);
        if (exclusion && !permissions.may(moderator, ModerationActionCatalog.EXCLUDE, unit)) {
            throw new ForbiddenException("exclude");
        }
        if (member.equals(moderator)) {
            throw ModerationException.conflict("moderation.problem.self");
        }
        Instant until = period.endFrom(clock.instant());
        LogAction action = exclusion ? LogAction.EXCLUDED : LogAction.SUSPENDED;
        UUID entry = log.record(new Record(unit, moderator, action, about == null ? null : about.ref().toString(),
                about == null ? null : about.title(), about == null ? null : about.path(), member, reason, until, null));
        suspensions.add(member, unit, reason, until, entry);
        notices.suspended(member, entry, unitName(unit), until, reason);
        return entry;
    }

    /** A suspension or exclusion in force in the unit or below it, lifted now. */
    @Transactional
    public void lift(UUID moderator, UnitId unit, UUID suspensionId, @Nullable String reason) {
        requireModerator(moderator, unit);
        Suspension suspension = suspensions.find(suspensionId).orElseThrow(() -> new NotFoundException("suspension"));
        if (!tree.isAtOrBelow(suspension.unit(), unit) || !contents.mayModerate(moderator, suspension.unit())
                || suspension.exclusion() && !permissions.may(moderator, ModerationActionCatalog.EXCLUDE, unit)) {
            throw new NotFoundException("suspension");
        }
        liftNow(moderator, unit, suspension, reason);
    }

    void liftNow(UUID moderator, UnitId unit, Suspension suspension, @Nullable String reason) {
        if (!suspensions.lift(suspension.id())) {
            throw ModerationException.conflict("moderation.problem.lifted");
        }
        log.record(new Record(unit, moderator, LogAction.LIFTED, null, null, null, suspension.member(), reason, null,
                suspension.logEntry()));
        notices.lifted(suspension.member(), unitName(suspension.unit()), reason);
    }

    /** The item, checked: it exists, lives in the queue's unit or below, and the moderator may moderate it. */
    ContentItem target(UUID moderator, UnitId unit, ContentRef ref) {
        requireModerator(moderator, unit);
        ContentItem item = contents.find(ref).orElseThrow(() -> new NotFoundException(ref.toString()));
        if (!contents.mayModerate(moderator, item.unit()) || !tree.isAtOrBelow(item.unit(), unit)) {
            // an item of another unit's queue, named by a forged form: as if it were not there
            throw new NotFoundException(ref.toString());
        }
        return item;
    }

    void requireModerator(UUID moderator, UnitId unit) {
        if (!contents.mayModerate(moderator, unit)) {
            throw new ForbiddenException("moderate");
        }
    }

    String unitName(UnitId unit) {
        return units.find(unit).map(UnitRef::name).orElse("");
    }

    private UUID change(UUID moderator, UnitId unit, ContentItem item, ContentState state, LogAction action,
            @Nullable String reason) {
        if (!contents.sourceOf(item.ref()).changeState(item.ref(), state, state == ContentState.HIDDEN ? reason : null)) {
            throw new NotFoundException(item.ref().toString());
        }
        queue.close(item.ref());
        UUID entry = log.record(Record.onItem(unit, moderator, action, item, reason));
        notices.itemAction(item.author(), entry, action, item.title(), item.path(), reason);
        return entry;
    }

    private boolean autoHidden(ContentItem item) {
        return log.latestOn(item.ref().toString()).map(e -> e.action() == LogAction.AUTO_HIDDEN).orElse(false);
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ModerationException(422, "moderation.problem.reason");
        }
        if (reason.length() > 1000) {
            throw new ModerationException(422, "moderation.problem.reasonTooLong");
        }
    }
}
