package org.iops.units;

/** The level of a unit in the tree, from the root down. */
public enum UnitLevel {
    INTERNATIONAL, BRANCH, REGION, CHAPTER
}
