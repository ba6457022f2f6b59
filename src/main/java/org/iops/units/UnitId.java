package org.iops.units;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a unit of the organization tree. Controllers take it from the address: {@code @PathVariable UnitId id}. */
public record UnitId(UUID value) {

    /** The root of the tree, created by the first migration. */
    public static final UnitId INTERNATIONAL = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    /** The unit id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static UnitId parse(String text) {
        return new UnitId(MalformedIdException.uuid(text, "unit"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
