package org.iops.units;

/** What a chapter is tied to. Only locality chapters are created by placement; the others are joined by choice. */
public enum ChapterKind {
    /** a city or town */
    LOCALITY,
    /** a part of a city */
    DISTRICT,
    CAMPUS,
    /** not tied to a place */
    ONLINE
}
