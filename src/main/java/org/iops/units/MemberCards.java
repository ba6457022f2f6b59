package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the accounts module: turns member ids into the cards a reader may see. Members who hide their
 * membership from directories, deleted accounts, and members whose town the reader may not see (being listed in a
 * chapter tells where one lives) are left out; the caller still counts them.
 */
public interface MemberCards {

    /** Cards for the listed members, sorted by display name, as {@code reader} (null: a visitor) may see them. */
    List<MemberCard> visibleTo(@Nullable UUID reader, Collection<UUID> memberIds);

    /**
     * One page of those cards ({@code limit} cards from {@code offset} in display-name order), with the number of
     * visible cards in all.
     */
    default MemberCardPage visibleTo(@Nullable UUID reader, Collection<UUID> memberIds, int offset, int limit) {
        List<MemberCard> all = visibleTo(reader, memberIds);
        int from = Math.min(Math.max(0, offset), all.size());
        return new MemberCardPage(all.subList(from, Math.min(all.size(), from + Math.max(0, limit))), all.size());
    }
}
