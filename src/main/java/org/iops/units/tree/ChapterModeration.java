package org.iops.units.tree;

import java.util.UUID;
import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterHidden;
import org.iops.units.UnitId;
import org.iops.units.UnitStatus;
import org.iops.units.tree.AuditLog.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admins of a branch (and above) do about a chapter that nobody founded, such as one a spammer made by
 * typing an advertisement as their town: hide it from public pages, or delete it once nobody lives in it. Each is
 * written to the audit log and published ({@link ChapterHidden}, {@link ChapterDeleted}).
 */
@Service
@Transactional
public class ChapterModeration {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final UnitAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ChapterModeration(JdbcClient jdbc, UnitRepository units, UnitAccess access, AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** Hides a provisional chapter from every public page and figure, or shows it again. */
    public void setHidden(UUID actor, UUID chapterId, boolean hidden) {
        Unit chapter = units.lockOne(chapterId);
        access.requireRestructure(actor, chapter);
        if (!chapter.isChapter() || chapter.status() != UnitStatus.PROVISIONAL) {
            throw new UnitRuleException("visibility", "units.error.hideOnlyProvisional");
        }
        if (chapter.hidden() == hidden) {
            return;
        }
        units.setHidden(chapterId, hidden);
        audit.record(chapterId, actor, hidden ? Action.CHAPTER_HIDDEN : Action.CHAPTER_SHOWN, null, null, null);
        events.publishEvent(new ChapterHidden(new UnitId(chapterId), hidden));
    }

    /**
     * Deletes a chapter that was never founded and where nobody lives now, for good: its name and page go, its
     * audit lines move to the branch with a line saying what was deleted, and former members' histories forget it.
     */
    public void delete(UUID actor, UUID chapterId) {
        Unit chapter = units.lockOne(chapterId);
        access.requireRestructure(actor, chapter);
        if (!chapter.isChapter() || chapter.status() != UnitStatus.PROVISIONAL || chapter.foundedOn() != null) {
            throw new UnitRuleException("delete", "units.error.deleteOnlyNeverFounded");
        }
        boolean inUse = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM unit_memberships WHERE unit_id = :id AND until IS NULL)
                    OR EXISTS (SELECT 1 FROM member_placements WHERE chapter_id = :id)
                    OR EXISTS (SELECT 1 FROM units WHERE merged_into = :id)""")
                .param("id", chapterId).query(Boolean.class).single();
        if (inUse) {
            throw new UnitRuleException("delete", "units.error.deleteWithMembers");
        }
        UUID branch = chapter.branchId();
        jdbc.sql("UPDATE unit_audit SET unit_id = ? WHERE unit_id = ?").params(branch, chapterId).update();
        jdbc.sql("UPDATE unit_audit SET related_unit_id = NULL WHERE related_unit_id = ?").param(chapterId).update();
        jdbc.sql("DELETE FROM unit_aliases WHERE chapter_id = ?").param(chapterId).update();
        jdbc.sql("DELETE FROM unit_roles WHERE unit_id = ?").param(chapterId).update();
        jdbc.sql("DELETE FROM unit_memberships WHERE unit_id = ?").param(chapterId).update();
        units.delete(chapterId);
        audit.record(branch, actor, Action.CHAPTER_DELETED, null, null, chapter.name());
        events.publishEvent(new ChapterDeleted(new UnitId(chapterId), new UnitId(branch)));
    }
}
