package org.iops.units.tree;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.units.MemberModeration;
import org.iops.units.OrganizationFigures;
import org.iops.units.Placement;
import org.iops.units.PlacementPeriod;
import org.iops.units.Residence;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.units.tree.AuditLog.Action;
import org.iops.units.tree.MembershipPeriods.PastPlacement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree as other modules use it ({@link UnitDirectory}): placement is done by {@link Placements}, every question
 * about who belongs where is answered by {@link MembershipPeriods}; this class adds a deleted account's forgetting,
 * moderation lines and the figures.
 */
@Service
@Transactional
public class UnitDirectoryService implements UnitDirectory {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AuditLog audit;
    private final Figures figures;
    private final Placements placements;
    private final MembershipPeriods periods;

    UnitDirectoryService(JdbcClient jdbc, UnitRepository units, AuditLog audit, Figures figures, Placements placements,
            MembershipPeriods periods) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.figures = figures;
        this.placements = placements;
        this.periods = periods;
    }

    @Override
    public Residence check(Residence residence) {
        return placements.check(residence);
    }

    @Override
    public Placement place(UUID memberId, Residence residence) {
        return placements.place(memberId, residence);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> chapterNames(String countryCode) {
        return placements.chapterNames(countryCode);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> nearChapters(Residence residence) {
        return placements.nearChapters(residence);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Placement> placementOf(UUID memberId) {
        return jdbc.sql("SELECT branch_id, chapter_id FROM member_placements WHERE member_id = ? AND chapter_id IS NOT NULL")
                .param(memberId)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional()
                .map(ids -> new Placement(units.get(ids[0]).ref(), units.get(ids[1]).ref()));
    }

    /** The same as {@link org.iops.units.Memberships#unitsOf}, from the same place. */
    @Override
    @Transactional(readOnly = true)
    public List<UnitRef> membershipsOf(UUID memberId) {
        return periods.unitsOf(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shareAChapter(UUID reader, UUID member, Instant livedThereSince) {
        return !periods.chapterMatesAmong(reader, List.of(member), livedThereSince).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> chapterMatesAmong(UUID reader, Collection<UUID> members, Instant livedThereSince) {
        return periods.chapterMatesAmong(reader, members, livedThereSince);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacementPeriod> placementHistoryOf(UUID memberId) {
        return periods.placementHistoryOf(memberId);
    }

    /** See {@link MembershipPeriods#residenceHistory}. */
    @Transactional(readOnly = true)
    public List<PastPlacement> residenceHistory(UUID memberId) {
        return periods.residenceHistory(memberId);
    }

    /** See {@link MembershipPeriods#memberIds}. */
    @Transactional(readOnly = true)
    public List<UUID> memberIds(UUID unitId) {
        return periods.memberIds(unitId);
    }

    /** See {@link MembershipPeriods#memberIdsWithin}. */
    @Transactional(readOnly = true)
    public List<UUID> memberIdsWithin(UUID unitId) {
        return periods.memberIdsWithin(unitId);
    }

    /** See {@link MembershipPeriods#belongsWithin}. */
    @Transactional(readOnly = true)
    public boolean belongsWithin(UUID memberId, UUID unitId) {
        return periods.belongsWithin(memberId, unitId);
    }

    /** See {@link MembershipPeriods#localityKeysBelow}. */
    @Transactional(readOnly = true)
    public Set<String> localityKeysBelow(UUID unitId) {
        return periods.localityKeysBelow(unitId);
    }

    /** See {@link MembershipPeriods#holdsMembershipOf}. */
    @Transactional(readOnly = true)
    public boolean belongsTo(UUID memberId, UUID unitId) {
        return periods.holdsMembershipOf(memberId, unitId);
    }

    @Override
    public void recordModeration(UUID actor, UUID member, MemberModeration action) {
        UUID unit = placementOf(member).map(p -> p.branch().id().value()).orElse(Unit.INTERNATIONAL);
        audit.record(unit, actor, Action.valueOf("MEMBER_" + action.name()), member, null, null);
    }

    @Override
    public void forget(UUID memberId) {
        Map<UUID, Integer> deltas = new HashMap<>();
        jdbc.sql("SELECT u.path, m.kind FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.level = 'CHAPTER'")
                .param(memberId)
                .query((rs, n) -> {
                    UUID[] path = (UUID[]) rs.getArray(1).getArray();
                    if ("RESIDENCE".equals(rs.getString(2))) {
                        for (UUID id : path) {
                            deltas.merge(id, -1, Integer::sum);
                        }
                    } else {
                        deltas.merge(path[path.length - 1], -1, Integer::sum);
                    }
                    return path;
                }).list();
        units.adjustCounts(deltas);
        jdbc.sql("DELETE FROM unit_memberships WHERE member_id = ?").param(memberId).update();
        jdbc.sql("DELETE FROM member_placements WHERE member_id = ?").param(memberId).update();
        jdbc.sql("DELETE FROM unit_roles WHERE member_id = ?").param(memberId).update();
        jdbc.sql("UPDATE unit_roles SET granted_by = NULL WHERE granted_by = ?").param(memberId).update();
        jdbc.sql("UPDATE unit_roles SET ended_by = NULL WHERE ended_by = ?").param(memberId).update();
        audit.forget(memberId);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the tree's snapshot: no connection
    public Optional<UnitRef> find(UnitId id) {
        return units.find(id.value()).map(Unit::ref);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the tree's snapshot: no connection
    public List<UnitRef> ancestorsOf(UnitId id) {
        return units.find(id.value()).map(unit -> {
            Map<UUID, Unit> found = units.findAll(unit.ancestors()).stream()
                    .collect(java.util.stream.Collectors.toMap(Unit::id, u -> u));
            return unit.ancestors().stream().map(found::get).filter(java.util.Objects::nonNull).map(Unit::ref).toList();
        }).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the tree's snapshot: no connection
    public boolean isPublic(UnitId id) {
        return units.find(id.value()).map(Unit::isPublic).orElse(false);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the tree's snapshot: no connection
    public boolean isHidden(UnitId id) {
        return units.find(id.value()).map(Unit::hidden).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public OrganizationFigures figures() {
        return figures.organization();
    }

    @Override
    public void recountMembers() {
        units.recountAll();
    }
}
