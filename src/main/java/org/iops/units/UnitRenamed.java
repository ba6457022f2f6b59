package org.iops.units;

/** A chapter or region was renamed; a locality chapter keeps its old name as another name. */
public record UnitRenamed(UnitId unit, String oldName, String newName) implements UnitChanged {
}
