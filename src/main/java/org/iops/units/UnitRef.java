package org.iops.units;

/** A unit as other modules show it: enough to name it and link to its page ({@code /units/{id}}). */
public record UnitRef(UnitId id, UnitLevel level, String name, UnitStatus status) {

    public String path() {
        return "/units/" + id.value();
    }
}
