package org.iops.forums.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A category of a unit's forum. The default category has no name of its own: it is "General" in the reader's
 * language until an admin renames it.
 */
public record Category(UUID id, UUID unitId, @Nullable String name, @Nullable String description, int position,
        boolean archived, boolean isDefault) {
}
