package org.iops.units;

import java.util.UUID;

/** Identifies a unit of the organization tree. */
public record UnitId(UUID value) {

    public static UnitId parse(String text) {
        return new UnitId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
