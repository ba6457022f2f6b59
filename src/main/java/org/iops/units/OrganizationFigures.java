package org.iops.units;

/**
 * The organization's live figures, counted one way for every page that shows them (see {@code docs/units.md},
 * "How we count"): {@code members} are people whose address is confirmed, counted once, in the branch where they
 * live; {@code countries} are branches with at least one such member; {@code chapters} are the chapters that are
 * active, dormant or provisional with at least one member, never archived or merged ones, so that
 * {@code activeChapters + dormantChapters + provisionalChapters == chapters}.
 */
public record OrganizationFigures(long members, long countries, long chapters, long activeChapters,
        long dormantChapters, long provisionalChapters) {
}
