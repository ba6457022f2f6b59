package org.iops.units.tree;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.units.ChapterFounded;
import org.iops.units.ChapterKind;
import org.iops.units.ChapterMerged;
import org.iops.units.UnitAdded;
import org.iops.units.UnitArchived;
import org.iops.units.UnitId;
import org.iops.units.UnitMoved;
import org.iops.units.UnitRenamed;
import org.iops.units.UnitStatusChanged;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.iops.units.tree.AuditLog.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the shape of the tree and the life of chapters: founding, dormancy, archiving, merging duplicates,
 * aliases, regions, chapters joined by choice. Each change is checked against the actor's roles, runs in one
 * transaction and is written to the audit log.
 */
@Service
@Transactional
public class Structure {

    /** Longest name of a region, chapter or alias, in characters. */
    public static final int MAX_NAME_LENGTH = 120;

    /** An alias as the chapter's admin page lists it. */
    public record Alias(UUID id, String alias) {
    }

    private final UnitRepository units;
    private final UnitAccess access;
    private final AuditLog audit;
    private final ChapterMerger merger;
    private final OtherNames otherNames;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    Structure(UnitRepository units, UnitAccess access, AuditLog audit, ChapterMerger merger,
            OtherNames otherNames, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.merger = merger;
        this.otherNames = otherNames;
        this.events = events;
    }

    /** A provisional (or refounded) chapter becomes active, founded on that date. Admins of the chapter or above. */
    public void found(UUID actor, UUID chapterId, @Nullable LocalDate foundedOn) {
        Unit chapter = units.chapter(chapterId);
        access.requireAdminister(actor, chapter);
        if (foundedOn == null) {
            throw new UnitRuleException("foundedOn", "units.error.dateRequired");
        }
        if (foundedOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) || foundedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new UnitRuleException("foundedOn", "units.error.dateOutOfRange");
        }
        if (chapter.status() != UnitStatus.PROVISIONAL) {
            throw new UnitRuleException("status", "units.error.transition");
        }
        units.setStatus(chapterId, UnitStatus.ACTIVE, foundedOn);
        audit.record(chapterId, actor, Action.CHAPTER_FOUNDED, null, null, foundedOn.toString());
        events.publishEvent(new ChapterFounded(new UnitId(chapterId), foundedOn, actor));
    }

    /**
     * Active to dormant and back (admins of the chapter or above); provisional, active or dormant to archived
     * (admins of its branch or above, once no member lives there any more).
     */
    public void changeStatus(UUID actor, UUID chapterId, UnitStatus target) {
        Unit chapter = units.chapter(chapterId);
        boolean allowed = switch (target) {
            case DORMANT -> chapter.status() == UnitStatus.ACTIVE;
            case ACTIVE -> chapter.status() == UnitStatus.DORMANT;
            case ARCHIVED -> chapter.status() != UnitStatus.ARCHIVED && chapter.status() != UnitStatus.MERGED;
            default -> false;
        };
        if (target == UnitStatus.ARCHIVED) {
            access.requireRestructure(actor, chapter);
        } else {
            access.requireAdminister(actor, chapter);
        }
        if (!allowed) {
            throw new UnitRuleException("status", "units.error.transition");
        }
        if (target == UnitStatus.ARCHIVED && chapter.memberCount() > 0) {
            throw new UnitRuleException("status", "units.error.archiveWithMembers");
        }
        units.setStatus(chapterId, target, null);
        audit.record(chapterId, actor, Action.STATUS_CHANGED, null, null, target.name());
        events.publishEvent(target == UnitStatus.ARCHIVED
                ? new UnitArchived(new UnitId(chapterId), UnitLevel.CHAPTER, actor)
                : new UnitStatusChanged(new UnitId(chapterId), chapter.status(), target, actor));
    }

    /**
     * Merges a duplicate chapter into another of the same branch and kind: its members move (their history keeps
     * the old chapter), its aliases and its name lead to the target, its page says where it went.
     */
    public void merge(UUID actor, UUID fromId, @Nullable UUID intoId) {
        Unit from = units.chapter(fromId);
        access.requireRestructure(actor, from);
        if (intoId == null) {
            throw new UnitRuleException("target", "units.error.targetRequired");
        }
        Unit into = units.find(intoId).filter(Unit::isChapter)
                .orElseThrow(() -> new UnitRuleException("target", "units.error.targetUnknown"));
        List<Unit> locked = units.lock(fromId, intoId);
        from = locked.stream().filter(u -> u.id().equals(fromId)).findFirst().orElseThrow();
        into = locked.stream().filter(u -> u.id().equals(intoId)).findFirst().orElseThrow();
        if (from.id().equals(into.id())) {
            throw new UnitRuleException("target", "units.error.mergeSelf");
        }
        if (!from.isLive() || !into.isLive() || !from.branchId().equals(into.branchId()) || from.kind() != into.kind()) {
            throw new UnitRuleException("target", "units.error.mergeMismatch");
        }
        long moved = merger.moveInto(from, into, actor);
        audit.record(fromId, actor, Action.MERGED_INTO, null, intoId, Long.toString(moved));
        audit.record(intoId, actor, Action.MERGED_FROM, null, fromId, Long.toString(moved));
        events.publishEvent(new ChapterMerged(new UnitId(fromId), new UnitId(intoId), moved, actor));
    }

    @Transactional(readOnly = true)
    public List<Alias> aliases(UUID chapterId) {
        return otherNames.of(chapterId);
    }

    /** Another name that places members in this locality chapter ("NYC" for New York). Branch admins and above. */
    public void addAlias(UUID actor, UUID chapterId, @Nullable String typed) {
        Unit chapter = units.chapter(chapterId);
        access.requireRestructure(actor, chapter);
        String alias = name("name", typed);
        if (!chapter.isLocalityChapter() || !chapter.isLive()) {
            throw new UnitRuleException("name", "units.error.aliasNotLocality");
        }
        units.lockOne(chapter.branchId());
        String key = Text.matchKey(alias);
        if (units.localityChapter(chapter.branchId(), key).isPresent()) {
            throw new UnitRuleException("name", "units.error.aliasIsChapter");
        }
        if (!otherNames.add(chapter.branchId(), chapterId, alias, key)) {
            throw new UnitRuleException("name", "units.error.aliasTaken");
        }
        audit.record(chapterId, actor, Action.ALIAS_ADDED, null, null, alias);
    }

    public void removeAlias(UUID actor, UUID chapterId, UUID aliasId) {
        Unit chapter = units.chapter(chapterId);
        access.requireRestructure(actor, chapter);
        String alias = otherNames.remove(aliasId, chapterId).orElseThrow(() -> new NotFoundException("alias"));
        audit.record(chapterId, actor, Action.ALIAS_REMOVED, null, null, alias);
    }

    /** A region between the branch and its chapters. Branch admins and above. */
    public Unit addRegion(UUID actor, UUID branchId, @Nullable String typed) {
        Unit branch = units.get(branchId);
        access.requireRestructure(actor, branch);
        String name = name("name", typed);
        if (branch.level() != UnitLevel.BRANCH) {
            throw new UnitRuleException("name", "units.error.regionOnlyInBranch");
        }
        // the unique index makes a double submit (or two admins at once) one region
        Unit region = units.insertChild(branch, UnitLevel.REGION, null, name)
                .orElseThrow(() -> new UnitRuleException("name", "units.error.regionExists"));
        audit.record(region.id(), actor, Action.REGION_ADDED, null, branchId, name);
        events.publishEvent(new UnitAdded(new UnitId(region.id()), new UnitId(branchId), UnitLevel.REGION, null));
        return region;
    }

    /**
     * Renames a chapter or a region. Branch admins and above. A locality chapter keeps its old name as another
     * name, so members who type it, and searches for it, still find the chapter; a name another chapter of the
     * branch has (or has as another name), or another region of the branch has, is refused.
     */
    public void rename(UUID actor, UUID unitId, @Nullable String typed) {
        Unit unit = units.get(unitId);
        if (unit.level() != UnitLevel.CHAPTER && unit.level() != UnitLevel.REGION) {
            throw new NotFoundException("chapter or region");
        }
        access.requireRestructure(actor, unit);
        String name = name("name", typed);
        if (!unit.isLive()) {
            throw new UnitRuleException("name", "units.error.unitClosed");
        }
        // the branch's row serializes renames, aliases and new chapters of one branch
        units.lockOne(unit.branchId());
        if (name.equals(unit.name())) {
            return;
        }
        String key = Text.matchKey(name);
        if (unit.level() == UnitLevel.REGION) {
            if (units.regionNamed(unit.parentId(), key, unitId)) {
                throw new UnitRuleException("name", "units.error.regionExists");
            }
            units.rename(unitId, name, key);
        } else if (unit.isLocalityChapter()) {
            if (!key.equals(unit.matchKey())) {
                boolean chapterHasIt = units.localityChapter(unit.branchId(), key).isPresent();
                UUID aliasOf = otherNames.chapterCalled(unit.branchId(), key).orElse(null);
                if (chapterHasIt || (aliasOf != null && !aliasOf.equals(unitId))) {
                    throw new UnitRuleException("name", "units.error.nameTaken");
                }
                // the new name is a name now, no longer another name; the old one becomes another name
                otherNames.drop(unit.branchId(), key);
                otherNames.add(unit.branchId(), unitId, unit.name(), unit.matchKey());
            }
            units.rename(unitId, name, key);
        } else {
            units.rename(unitId, name, null);
        }
        audit.record(unitId, actor, Action.RENAMED, null, null, unit.name() + " → " + name);
        events.publishEvent(new UnitRenamed(new UnitId(unitId), unit.name(), name));
    }

    /** Removes a region with nothing in it (its chapters moved elsewhere first). Branch admins and above. */
    public void removeRegion(UUID actor, UUID regionId) {
        Unit region = units.get(regionId);
        if (region.level() != UnitLevel.REGION) {
            throw new NotFoundException("region");
        }
        access.requireRestructure(actor, region);
        region = units.lockOne(regionId);
        if (!region.isLive()) {
            throw new NotFoundException("region");
        }
        if (units.childCount(regionId) > 0) {
            throw new UnitRuleException("region", "units.error.regionNotEmpty");
        }
        // archived rather than deleted: its audit log stays, and its name is free for a new region
        units.setStatus(regionId, UnitStatus.ARCHIVED, null);
        audit.record(regionId, actor, Action.REGION_REMOVED, null, region.parentId(), region.name());
        events.publishEvent(new UnitArchived(new UnitId(regionId), UnitLevel.REGION, actor));
    }

    /** A district, campus or online chapter below a branch or region, joined by choice. Branch admins and above. */
    public Unit addChapter(UUID actor, UUID parentId, @Nullable String typed, @Nullable ChapterKind kind) {
        Unit parent = units.get(parentId);
        access.requireRestructure(actor, parent);
        String name = name("name", typed);
        if (kind == null || kind == ChapterKind.LOCALITY) {
            throw new UnitRuleException("kind", "units.error.kindRequired");
        }
        if ((parent.level() != UnitLevel.BRANCH && parent.level() != UnitLevel.REGION) || !parent.isLive()) {
            throw new UnitRuleException("name", "units.error.chapterOnlyInBranch");
        }
        Unit chapter = units.insertChild(parent, UnitLevel.CHAPTER, kind, name).orElseThrow();
        audit.record(chapter.id(), actor, Action.CHAPTER_ADDED, null, parentId, name);
        events.publishEvent(new UnitAdded(new UnitId(chapter.id()), new UnitId(parentId), UnitLevel.CHAPTER, kind));
        return chapter;
    }

    /** Moves a chapter under one of its branch's regions, or back under the branch. Branch admins and above. */
    public void moveChapter(UUID actor, UUID chapterId, @Nullable UUID parentId) {
        Unit chapter = units.chapter(chapterId);
        access.requireRestructure(actor, chapter);
        Unit parent = parentId == null ? null : units.find(parentId).orElse(null);
        if (parent == null || !chapter.branchId().equals(parent.branchId()) || !parent.isLive()
                || (parent.level() != UnitLevel.REGION && parent.level() != UnitLevel.BRANCH)) {
            throw new UnitRuleException("parent", "units.error.parentUnknown");
        }
        units.lockOne(chapterId);
        List<UUID> affected = new ArrayList<>(chapter.ancestors());
        affected.addAll(parent.path());
        units.moveUnder(chapter, parent);
        units.recount(affected);
        audit.record(chapterId, actor, Action.CHAPTER_MOVED, null, parent.id(), null);
        events.publishEvent(new UnitMoved(new UnitId(chapterId), new UnitId(chapter.parentId()), new UnitId(parent.id()), actor));
    }

    /** A clean one-line name, or the form field's error. */
    static String name(String field, @Nullable String typed) {
        String name = Text.clean(typed);
        if (name == null) {
            throw new UnitRuleException(field, "units.error.nameRequired");
        }
        if (name.length() > MAX_NAME_LENGTH || name.contains("\n") || name.contains("\t")) {
            throw new UnitRuleException(field, "units.error.nameTooLong");
        }
        return name;
    }
}
