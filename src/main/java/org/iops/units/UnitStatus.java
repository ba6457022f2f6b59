package org.iops.units;

/** Lifecycle of a unit: provisional until its members found it, then active, dormant when quiet, archived or merged. */
public enum UnitStatus {
    PROVISIONAL, ACTIVE, DORMANT, ARCHIVED, MERGED
}
