package org.iops.pages.home;

/** The live counts the home page shows: never names, only totals that anyone may know. */
public record HomeFigures(long members, long countries, long chapters, long activeChapters, long provisionalChapters) {
}
