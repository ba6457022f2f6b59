package org.iops.units;

import java.util.UUID;

/** Identifies a unit of the organization tree. */
public record UnitId(UUID value) {

    /** The root of the tree, created by the first migration. */
    public static final UnitId INTERNATIONAL = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    public static UnitId parse(String text) {
        return new UnitId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
