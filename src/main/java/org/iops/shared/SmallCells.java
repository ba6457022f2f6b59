package org.iops.shared;

/**
 * The organization's one rule for aggregates about people: no figure is shown that is made of fewer than
 * {@link #MINIMUM} people, so that nobody's answer can be read off it (the convention's women's share, a
 * chapter's own counts in a chapter-weighted poll).
 */
public final class SmallCells {

    /** No figure is shown for fewer than this many people. */
    public static final int MINIMUM = 5;

    private SmallCells() {
    }
}
