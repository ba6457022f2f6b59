package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the accounts module: turns member ids into the cards a reader may see. Members who hide their
 * membership from directories, and deleted accounts, are left out (they are still counted by the caller).
 */
public interface MemberCards {

    /** Cards for the listed members, sorted by display name, as {@code reader} (null: a visitor) may see them. */
    List<MemberCard> visibleTo(@Nullable UUID reader, Collection<UUID> memberIds);
}
