package org.iops.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.internal.ModerationLog.Entry;
import org.iops.moderation.internal.ModerationLog.Record;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An author appeals a moderation action once. The appeal is decided in the unit above the one whose moderator
 * acted (the international's appeals by its own moderators and admins, never by the one who acted; an auto-hiding by
 * the moderators of the item's unit). Overturning reverses the action; the outcome is logged and told.
 */
@Service
public class Appeals {

    public static final int TEXT_LENGTH = 2000;

    /** An appeal waiting, with the action it is about. */
    public record Appeal(UUID id, Entry action, @Nullable UUID appellant, UnitId unit, @Nullable UUID actedBy, String text,
            Instant at) {
    }

    private final JdbcClient db;
    private final ModerationLog log;
    private final Suspensions suspensions;
    private final ModeratorActions actions;
    private final UnitTree tree;
    private final Contents contents;
    private final AuthorNotices notices;
    private final Clock clock;

    Appeals(JdbcClient db, ModerationLog log, Suspensions suspensions, ModeratorActions actions, UnitTree tree,
            Contents contents, AuthorNotices notices, Clock clock) {
        this.db = db;
        this.log = log;
        this.suspensions = suspensions;
        this.actions = actions;
        this.tree = tree;
        this.contents = contents;
        this.notices = notices;
        this.clock = clock;
    }

    /** The action the member may appeal: one against them, of an appealable kind, not appealed yet. */
    public Entry appealable(UUID member, UUID logEntry) {
        Entry entry = log.find(logEntry).filter(e -> member.equals(e.subject()))
                .orElseThrow(() -> new NotFoundException("moderation action"));
        if (!LogAction.APPEALABLE.contains(entry.action())) {
            throw ModerationException.conflict("moderation.problem.notAppealable");
        }
        if (appealed(entry.id())) {
            throw ModerationException.conflict("moderation.problem.appealedBefore");
        }
        return entry;
    }

    /** The latest action on the item the member may still appeal. */
    public Optional<Entry> appealableOn(UUID member, ContentRef item) {
        return log.appealableOn(item.toString(), member);
    }

    @Transactional
    public UUID appeal(UUID member, UUID logEntry, String text) {
        Entry entry = appealable(member, logEntry);
        String words = text.strip();
        if (words.isEmpty() || words.length() > TEXT_LENGTH) {
            throw new ModerationException(422, "moderation.appeal.textRequired", TEXT_LENGTH);
        }
        UnitId decidedIn = entry.action() == LogAction.AUTO_HIDDEN ? entry.unit()
                : tree.parentOf(entry.unit()).orElse(UnitId.INTERNATIONAL);
        UUID id = UUID.randomUUID();
        int inserted = db.sql("INSERT INTO moderation_appeal (id, log_id, appellant_id, unit_id, acted_by, text, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (log_id) DO NOTHING")
                .params(id, entry.id(), member, decidedIn.value(), entry.actor(), words, Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw ModerationException.conflict("moderation.problem.appealedBefore");
        }
        return id;
    }

    /** The appeals waiting in the unit and below it, oldest first. */
    public List<Appeal> waiting(UnitId unit, int limit) {
        return db.sql("SELECT id, log_id, appellant_id, unit_id, acted_by, text, created_at FROM moderation_appeal"
                        + " WHERE outcome IS NULL AND " + UnitTree.IN_OR_BELOW + " ORDER BY created_at LIMIT ?")
                .params(unit.value(), limit)
                .query((rs, row) -> new Appeal(rs.getObject("id", UUID.class),
                        log.find(rs.getObject("log_id", UUID.class)).orElseThrow(),
                        rs.getObject("appellant_id", UUID.class), new UnitId(rs.getObject("unit_id", UUID.class)),
                        rs.getObject("acted_by", UUID.class), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Upholds or overturns (reversing the action); the outcome goes to the log and to the appellant. */
    @Transactional
    public void decide(UUID moderator, UnitId unit, UUID appealId, boolean overturn, @Nullable String note) {
        actions.requireModerator(moderator, unit);
        Appeal appeal = waiting(unit, Integer.MAX_VALUE).stream().filter(a -> a.id().equals(appealId)).findFirst()
                .orElseThrow(() -> new NotFoundException("appeal"));
        if (!contents.mayModerate(moderator, appeal.unit())) {
            throw new NotFoundException("appeal");
        }
        if (moderator.equals(appeal.actedBy())) {
            throw new ForbiddenException("decide an appeal of one's own action");
        }
        int decided = db.sql("UPDATE moderation_appeal SET outcome = ?, decided_at = ? WHERE id = ? AND outcome IS NULL")
                .params(overturn ? "OVERTURNED" : "UPHELD", Timestamp.from(clock.instant()), appealId).update();
        if (decided == 0) {
            throw ModerationException.conflict("moderation.problem.decided");
        }
        Entry action = appeal.action();
        if (overturn) {
            reverse(moderator, appeal.unit(), action);
        }
        log.dropPreviousText(action.id());
        log.record(new Record(appeal.unit(), moderator, overturn ? LogAction.APPEAL_OVERTURNED : LogAction.APPEAL_UPHELD,
                action.item(), action.itemTitle(), action.itemPath(), appeal.appellant(), note, null, action.id()));
        if (appeal.appellant() != null) {
            notices.appealDecided(appeal.appellant(), action.itemTitle() != null ? action.itemTitle()
                    : actions.unitName(action.unit()), overturn, note);
        }
    }

    private void reverse(UUID moderator, UnitId unit, Entry action) {
        switch (action.action()) {
            case HIDDEN, AUTO_HIDDEN, REMOVED -> {
                ContentRef ref = ContentRef.parse(action.item());
                contents.find(ref).ifPresent(item -> contents.sourceOf(ref).changeState(ref, ContentState.PUBLISHED, null));
            }
            case EDITED -> {
                ContentRef ref = ContentRef.parse(action.item());
                log.previousText(action.id()).ifPresent(text -> contents.sourceOf(ref).replaceText(ref, text, moderator));
            }
            case SUSPENDED, EXCLUDED -> suspensions.byLogEntry(action.id())
                    .ifPresent(suspension -> actions.liftNow(moderator, unit, suspension, null));
            default -> throw ModerationException.conflict("moderation.problem.notAppealable");
        }
    }

    private boolean appealed(UUID logEntry) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM moderation_appeal WHERE log_id = ?)").param(logEntry)
                .query(Boolean.class).single();
    }
}
