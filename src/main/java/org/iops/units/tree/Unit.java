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

/**
 * A unit of the organization tree as stored. {@code path} runs from the international down to this unit;
 * {@code hidden} is set by a branch admin on a provisional chapter (see {@link #isPublic()}).
 */
public record Unit(UUID id, @Nullable UUID parentId, UnitLevel level, @Nullable ChapterKind kind, UnitStatus status,
        String name, @Nullable UUID branchId, @Nullable String countryCode, @Nullable String matchKey,
        List<UUID> path, @Nullable LocalDate foundedOn, @Nullable UUID mergedInto, int memberCount, boolean hidden) {

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

    /**
     * Whether visitors and members at large see the chapter on the pages of its country, in lists and figures: not
     * hidden by an admin, and, while provisional, only once it has a (confirmed) member. Members are placed only
     * once their address is confirmed, so a sign-up alone never shows a chapter.
     */
    public boolean isPublic() {
        return !hidden && (status != UnitStatus.PROVISIONAL || memberCount > 0);
    }

    /** The ancestors' ids, from the international down, without this unit. */
    public List<UUID> ancestors() {
        return path.subList(0, path.size() - 1);
    }
}
