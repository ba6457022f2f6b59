package org.iops.units;

/** Live figures for the home page: countries with a branch, and chapters by lifecycle state. */
public record OrganizationFigures(long countries, long chapters, long provisionalChapters, long activeChapters) {
}
