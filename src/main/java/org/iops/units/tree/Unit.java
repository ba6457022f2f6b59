package org.iops.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iops.units.ChapterKind;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.jspecify.annotations.Nullable;

/** A unit of the organization tree as stored. {@code path} runs from the international down to this unit. */
public record Unit(UUID id, @Nullable UUID parentId, UnitLevel level, @Nullable ChapterKind kind, UnitStatus status,
        String name, @Nullable UUID branchId, @Nullable String countryCode, @Nullable String matchKey,
        List<UUID> path, @Nullable LocalDate foundedOn, @Nullable UUID mergedInto, int memberCount) {

    public static final UUID INTERNATIONAL = UUID.fromString("00000000-0000-0000-0000-000000000001");

    public UnitRef ref() {
        return new UnitRef(new UnitId(id), level, name, status);
    }

    public boolean isChapter() {
        return level == UnitLevel.CHAPTER;
    }

    public boolean isLocalityChapter() {
        return kind == ChapterKind.LOCALITY;
    }

    /** Whether members can still be placed in it or join it: not archived or merged. */
    public boolean isLive() {
        return status != UnitStatus.ARCHIVED && status != UnitStatus.MERGED;
    }

    /** The ancestors' ids, from the international down, without this unit. */
    public List<UUID> ancestors() {
        return path.subList(0, path.size() - 1);
    }
}
